package org.parkhall.spi;

/** A text a person reads, Chinese first with its English counterpart. */
public record Bilingual(String zh, String en) {
    public Bilingual {
        zh = Checks.notBlank(zh, "zh");
        en = Checks.notBlank(en, "en");
    }

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** Both texts joined the way errors show them, e.g. "暂停受理 / temporarily unavailable". */
    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
