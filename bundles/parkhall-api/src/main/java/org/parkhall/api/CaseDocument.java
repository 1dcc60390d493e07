package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * A document the window prints for the applicant, in the official Chinese wording: the one-time notice
 * (一次性告知书), the refusal notice (不予受理通知书), the acceptance receipt (受理回执), and the approver's notices of an
 * extended time limit (延长办理期限告知书) and of a special procedure (特别程序告知书).
 *
 * @param paragraphs the body, paragraph by paragraph; numbered items already numbered
 */
public record CaseDocument(Kind kind, String caseNumber, String addressee, List<String> paragraphs, String issuer,
        LocalDate issuedOn) {

    /** Which document; each belongs to the states in which the window hands it out. */
    public enum Kind {
        NOTICE("一次性告知书", "one-time notice"),
        REFUSAL("不予受理通知书", "refusal notice"),
        RECEIPT("受理回执", "acceptance receipt"),
        /** The notice that the time limit is extended, with the law that allows it (since 3.2). */
        EXTENSION("延长办理期限告知书", "notice of an extended time limit"),
        /** The notice of a special procedure and the time it takes, which the limit does not count (since 3.2). */
        SPECIAL_PROCEDURE("特别程序告知书", "notice of a special procedure");

        private final Bilingual title;

        Kind(String zh, String en) {
            this.title = new Bilingual(zh, en);
        }

        public Bilingual title() {
            return title;
        }
    }
}
