package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * How a work record reached the hall.
 *
 * @since 3.2
 */
public enum RecordChannel {
    WINDOW(Bilingual.of("窗口", "at a window")),
    PHONE(Bilingual.of("电话", "by phone")),
    HOTLINE(Bilingual.of("12345热线", "12345 hotline")),
    ONLINE(Bilingual.of("网上", "online")),
    LETTER(Bilingual.of("信函", "by letter"));

    private final Bilingual title;

    RecordChannel(Bilingual title) {
        this.title = title;
    }

    public Bilingual title() {
        return title;
    }
}
