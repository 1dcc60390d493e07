package org.parkhall.core.internal.notices;

import org.parkhall.api.NoticeKind;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.NoticeAddress;

/**
 * A notice about to be queued: its kind and what it is about (one notice per kind and reference, however often the
 * change that causes it is written), where it goes, the ID number it may be opted out by ("" if none), and what it
 * says. The outbox adds the opt-out code to the text.
 */
public record NoticeDraft(NoticeKind kind, String reference, NoticeAddress to, String idNumber, Bilingual subject,
        Bilingual text) {
    public NoticeDraft {
        if (kind == null || reference == null || reference.isBlank() || reference.length() > 40 || to == null
                || subject == null || text == null) {
            throw new IllegalArgumentException("a notice needs its kind, a reference of at most 40, an address,"
                    + " a subject and a text");
        }
        idNumber = idNumber == null ? "" : idNumber;
    }

    /** One notice per event: the kind and what it is about. */
    String dedupeKey() {
        return kind.name() + ":" + reference;
    }
}
