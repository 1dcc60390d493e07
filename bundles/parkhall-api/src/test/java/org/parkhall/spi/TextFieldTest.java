package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TextFieldTest {
    private static final TextField NAME = TextField.line("applicant.name", "申请人名称", "applicant name", 10);
    private static final TextField NOTE = TextField.lines("note", "说明", "note", 10);

    @Test
    public void aTextIsStrippedAndMayBeAsLongAsTheField() {
        assertEquals("张三", NAME.check("  张三 "));
        assertEquals("", NAME.check(null));
        assertEquals("0123456789", NAME.check(" 0123456789 "));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> NAME.check("01234567890"));
        assertEquals("applicant.name", tooLong.field());
        assertEquals("申请人名称不能超过10个字符", tooLong.text().zh());
        assertEquals("applicant name must be at most 10 characters", tooLong.text().en());
    }

    @Test
    public void controlCharactersAreRefusedAndOnlyAMultiLineFieldKeepsLineBreaks() {
        for (String text : new String[] {"张\u0000三", "张三\u0000", "a\tb", "a\rb", "\u001b[31m", "a\u0085b", "a\nb",
            "张三\n"}) {
            assertEquals(text, "applicant.name", assertThrows(InvalidInputException.class, () -> NAME.check(text))
                    .field());
        }
        assertEquals("第一行\n第二行", NOTE.check("第一行\n第二行\n"));
        InvalidInputException nul = assertThrows(InvalidInputException.class, () -> NOTE.check("a\u0000"));
        assertTrue(nul.text().zh(), nul.text().zh().contains("第2个字符"));
        assertThrows(InvalidInputException.class, () -> NOTE.check("a\r\nb"));
    }

    @Test
    public void charactersThatReorderTextOnScreenAreRefused() {
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
            '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertThrows(Integer.toHexString(c), InvalidInputException.class, () -> NAME.check("gpj" + c + ".exe"));
            assertThrows(Integer.toHexString(c), InvalidInputException.class, () -> NOTE.check("a" + c));
        }
        assertEquals("上海庙能源科技", NAME.named("x").check("上海庙能源科技"));
        assertEquals("O'Brien-李", NAME.check("O'Brien-李"));
    }

    @Test
    public void aRequiredFieldSaysSoAndAnotherNameKeepsTheRules() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> NAME.required(" "));
        assertEquals("请填写申请人名称", empty.text().zh());
        assertEquals("applicant name is required", empty.text().en());
        TextField fact = NOTE.named("facts.businessScope");
        assertEquals("facts.businessScope", assertThrows(InvalidInputException.class,
                () -> fact.check("x".repeat(11))).field());
        assertThrows(IllegalArgumentException.class, () -> TextField.line("x", "x", "x", 0));
    }

    @Test
    public void theApplicantsNameIsCheckedAsItsColumnHoldsIt() {
        String longest = "名".repeat(Applicant.NAME.maxLength());
        assertEquals(longest, new Applicant(Applicant.Kind.PERSON, "110101199003074514", longest, "13812345678")
                .name());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Applicant(Applicant.Kind.PERSON,
                "110101199003074514", longest + "名", "13812345678"));
        assertEquals("applicant.name", e.field());
        assertEquals("applicant.name", assertThrows(InvalidInputException.class, () -> new Applicant(
                Applicant.Kind.PERSON, "110101199003074514", "张\u202E三", "13812345678")).field());
    }
}
