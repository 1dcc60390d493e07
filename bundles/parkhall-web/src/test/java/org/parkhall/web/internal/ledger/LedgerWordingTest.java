package org.parkhall.web.internal.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.parkhall.api.CaseAction;
import org.parkhall.api.LedgerEvent;
import org.parkhall.spi.Bilingual;

public class LedgerWordingTest {

    @Test
    public void everyCaseActionIsAPhraseWithoutItsCode() {
        for (CaseAction action : CaseAction.values()) {
            Bilingual phrase = LedgerWording.action("CASE_" + action.name());
            assertFalse(action + ": " + phrase, phrase.zh().contains("CASE_") || phrase.en().contains("CASE_"));
        }
        assertEquals(Bilingual.of("收件，材料需补正（一次性告知）",
                "Application received; some materials to bring (one-time notice)"),
                LedgerWording.action("INTAKE_SUPPLEMENT_REQUIRED"));
    }

    @Test
    public void anActionNotInTheTableSaysSoWithItsCode() {
        assertEquals(Bilingual.of("其他记录（SOMETHING_NEW）", "Other entry (SOMETHING_NEW)"),
                LedgerWording.action("SOMETHING_NEW"));
    }

    @Test
    public void detailsAreNamedInWordsAndUnknownKeysKeepTheirName() {
        List<LedgerWording.Detail> details = LedgerWording.details(
                "{\"problems\":\"1\",\"handlers\":\"parkhall-dept-amr 1.0.0\",\"colour\":\"blue\",\"note\":\"\"}");
        assertEquals(List.of(new LedgerWording.Detail(Bilingual.of("待补正项", "Items to supplement"), "1"),
                new LedgerWording.Detail(Bilingual.of("审查规则版本", "Rules version"), "parkhall-dept-amr 1.0.0"),
                new LedgerWording.Detail(Bilingual.of("colour", "colour"), "blue")), details);
    }

    @Test
    public void textThatIsNoJsonObjectIsOneNote() {
        assertEquals(List.of(new LedgerWording.Detail(Bilingual.of("说明", "Note"), "plain words")),
                LedgerWording.details("plain words"));
        assertEquals(List.of(new LedgerWording.Detail(Bilingual.of("说明", "Note"), "{broken")),
                LedgerWording.details("{broken"));
        assertTrue(LedgerWording.details("").isEmpty());
        assertTrue(LedgerWording.details(null).isEmpty());
    }

    @Test
    public void aWordedEntryKeepsTheCodeBesideItsWords() {
        LedgerWording.Worded worded = LedgerWording.worded(new LedgerEvent(7, Instant.parse("2026-12-01T02:00:00Z"),
                "wang.fang", "CASE_DISPATCH", "PH202612010001", "{\"note\":\"\"}"));
        assertEquals("CASE_DISPATCH", worded.action());
        assertEquals(Bilingual.of("分转至部门审查", "Sent to the department for review"), worded.phrase());
        assertTrue(worded.details().isEmpty());
    }
}
