package org.parkhall.spi;

/**
 * One notice to send: its id in the hall's outbox (stable over every attempt, so a channel may hand it on as a
 * message id and the receiving side drop a repeat), where it goes, and its subject and text in Chinese and English.
 */
public record NoticeMessage(long id, NoticeAddress to, Bilingual subject, Bilingual text) {
    public NoticeMessage {
        if (id < 1 || to == null || subject == null || text == null) {
            throw new IllegalArgumentException("a notice needs its id, address, subject and text");
        }
    }

    /** Both languages in one text, Chinese first, as a person with either reads it. */
    public String body() {
        return text.zh() + "\n\n" + text.en();
    }
}
