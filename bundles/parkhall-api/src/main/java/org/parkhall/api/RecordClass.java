package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * How hard a could-not-get-it-done report (办不成事反映) is, which sets its deadlines; the working days of each are
 * the hall's configuration ({@code etc/org.parkhall.records.cfg}), since provinces differ.
 *
 * @since 3.2
 */
public enum RecordClass {
    /** 简单: settled the same working day by default. */
    SIMPLE(Bilingual.of("简单", "simple")),
    /** 一般: within 2 working days by default. */
    ORDINARY(Bilingual.of("一般", "ordinary")),
    /** 复杂: a progress reply within 5 working days and a final one within 15 by default. */
    COMPLEX(Bilingual.of("复杂", "complex"));

    private final Bilingual title;

    RecordClass(Bilingual title) {
        this.title = title;
    }

    public Bilingual title() {
        return title;
    }
}
