package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * A document the window prints for the applicant, in the official Chinese wording: the one-time notice
 * (一次性告知书), the refusal notice (不予受理通知书) or the acceptance receipt (受理回执).
 *
 * @param paragraphs the body, paragraph by paragraph; numbered items already numbered
 */
public record CaseDocument(Kind kind, String caseNumber, String addressee, List<String> paragraphs, String issuer,
        LocalDate issuedOn) {

    /** Which document; each belongs to the states in which the window hands it out. */
    public enum Kind {
        NOTICE("一次性告知书", "one-time notice"),
        REFUSAL("不予受理通知书", "refusal notice"),
        RECEIPT("受理回执", "acceptance receipt");

        private final Bilingual title;

        Kind(String zh, String en) {
            this.title = new Bilingual(zh, en);
        }

        public Bilingual title() {
            return title;
        }
    }
}
