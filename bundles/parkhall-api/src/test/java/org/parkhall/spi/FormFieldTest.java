package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

public class FormFieldTest {
    private static final FormField SHAREHOLDERS = FormField.integer("shareholders", "股东人数",
            "number of shareholders").between(1, 50);
    private static final FormField SCHEME = FormField.choice("scheme", "工时制度", "working-hours scheme",
            FormField.Choice.of("irregular", "不定时工作制", "irregular hours"),
            FormField.Choice.of("comprehensive", "综合计算工时工作制", "comprehensive hours"));
    private static final FormField PERIOD = FormField.choice("period", "综合计算周期", "averaging period",
            FormField.Choice.of("week", "周", "week"), FormField.Choice.of("month", "月", "month"))
            .shownWhen("scheme", "comprehensive");
    private static final ServiceGuide GUIDE = new GuideDefaults(Set.of(DeliveryMode.WINDOW_PICKUP), "综合受理窗口",
            "工作日 9:00-17:00", "0477-0000000").guide(List.of(Bilingual.of("依法设立", "lawfully established")),
            List.of(Material.required("articles", Bilingual.of("公司章程", "articles of association"),
                    Material.Form.ORIGINAL, 1)), List.of(Bilingual.of("受理", "acceptance")), List.of(Bilingual.of("《条例》", "the Regulation")))
            .withFields(SHAREHOLDERS, SCHEME, PERIOD, FormField.BY_AGENT);

    @Test
    public void aFieldIsDeclaredInOneLine() {
        FormField capital = FormField.money("registeredCapital", "注册资本", "registered capital")
                .unit("万元", "10,000 yuan").help("认缴出资总额", "total subscribed capital");
        assertEquals(FormField.Kind.MONEY, capital.kind());
        assertTrue(capital.required());
        assertEquals(BigDecimal.ZERO, capital.min());
        assertEquals(null, capital.max());
        assertEquals(Bilingual.of("万元", "10,000 yuan"), capital.unit());
        assertEquals(Bilingual.of("认缴出资总额", "total subscribed capital"), capital.help());
        assertEquals(200, FormField.text("companyName", "公司名称", "company name").maxLength());
        assertEquals(500, FormField.longText("scope", "经营范围", "business scope").maxLength(500).maxLength());
        assertEquals(false, FormField.BY_AGENT.required());
        assertEquals(false, FormField.text("note", "备注", "note").optional().required());
    }

    @Test
    public void aRequiredFieldLeftEmptyIsOneProblemWordedFromItsLabel() {
        assertEquals(Optional.of(new Problem("shareholders", Bilingual.of("请填写股东人数",
                "number of shareholders is required"))), SHAREHOLDERS.check("  "));
        assertEquals(Optional.empty(), SHAREHOLDERS.optional().check(""));
        assertEquals(Optional.empty(), FormField.BY_AGENT.check(null));
    }

    @Test
    public void numbersAreCheckedForKindAndLimits() {
        assertEquals(Optional.empty(), SHAREHOLDERS.check(" 50 "));
        assertEquals(reason("shareholders", "股东人数须为整数", "number of shareholders must be a whole number"),
                SHAREHOLDERS.check("2.5"));
        assertEquals(reason("shareholders", "股东人数须在1至50之间", "number of shareholders must be from 1 to 50"),
                SHAREHOLDERS.check("51"));
        assertEquals(reason("shareholders", "股东人数须在1至50之间", "number of shareholders must be from 1 to 50"),
                SHAREHOLDERS.check("0"));
        FormField sales = FormField.money("annualSales", "年应征增值税销售额", "annual taxable sales").unit("元", "yuan");
        assertEquals(Optional.empty(), sales.check("0"));
        assertEquals(Optional.empty(), sales.check("1234.56"));
        assertEquals(reason("annualSales", "年应征增值税销售额不能小于0元", "annual taxable sales must be at least 0 yuan"),
                sales.check("-1"));
        for (String notANumber : List.of("1e3", "NaN", "八百万", "١٢", "0x10", "1.")) {
            assertEquals(notANumber, reason("annualSales", "年应征增值税销售额须为数字（如 12.5）",
                    "annual taxable sales must be a number (e.g. 12.5)"), sales.check(notANumber));
        }
    }

    @Test
    public void datesChoicesAndYesNoMustBeOfTheirKind() {
        FormField date = FormField.date("hiredOn", "用工日期", "hiring date");
        assertEquals(Optional.empty(), date.check("2024-02-29"));
        for (String notADate : List.of("2025-02-29", "2025-13-01", "2025/06/30", "30.06.2025", "2025-6-30")) {
            assertEquals(notADate, reason("hiredOn", "用工日期须为YYYY-MM-DD格式的有效日期（如2025-06-30）",
                    "hiring date must be a valid date (YYYY-MM-DD)"), date.check(notADate));
        }
        assertEquals(Optional.empty(), SCHEME.check("irregular"));
        assertEquals(reason("scheme", "工时制度须为以下之一：不定时工作制、综合计算工时工作制",
                "working-hours scheme must be one of: irregular hours, comprehensive hours"), SCHEME.check("other"));
        assertEquals(Optional.empty(), FormField.BY_AGENT.check("false"));
        assertEquals(reason("byAgent", "委托他人代为办理须为“是”或“否”", "applying through an agent must be yes or no"),
                FormField.BY_AGENT.check("yes"));
    }

    @Test
    public void identityNumbersAndPhonesAreCheckedByTheirStandards() {
        FormField id = FormField.idNumber("employeeIdNumber", "职工公民身份号码", "employee ID number");
        assertEquals(Optional.empty(), id.check("11010519491231002x"));
        assertEquals("employeeIdNumber", id.check("999999202613990005").orElseThrow().subject());
        assertTrue(id.check("999999202613990005").orElseThrow().reason().en()
                .startsWith("employee ID number is not a valid citizen ID number"));
        FormField code = FormField.creditCode("ownerCode", "建设单位统一社会信用代码", "owner's credit code");
        assertEquals(Optional.empty(), code.check("91350100M000100Y43"));
        assertTrue(code.check("000000000000000000").isPresent());
        FormField phone = FormField.phone("contactPhone", "联系电话", "contact phone");
        assertEquals(Optional.empty(), phone.check("0477-7612345"));
        assertEquals(reason("contactPhone", "联系电话须为11位手机号或带区号的固定电话",
                "contact phone must be a mobile or a fixed-line number with area code"), phone.check("12345"));
    }

    @Test
    public void aTextLongerThanItsFieldIsAProblem() {
        FormField name = FormField.text("projectName", "工程名称", "project name").maxLength(5);
        assertEquals(Optional.empty(), name.check("一二三四五"));
        assertEquals(reason("projectName", "工程名称不能超过5个字符", "project name must be at most 5 characters"), name.check("一二三四五六"));
    }

    @Test
    public void theGuideChecksEveryShownFieldAtOnceAndSkipsHiddenOnes() {
        assertEquals(List.of("shareholders", "scheme"), GUIDE.checkFacts(Map.of("period", "fortnight")).stream()
                .map(Problem::subject).toList());
        assertEquals(List.of(), GUIDE.checkFacts(Map.of("shareholders", "3", "scheme", "irregular")));
        assertEquals(List.of("period"), GUIDE.checkFacts(Map.of("shareholders", "3", "scheme", "comprehensive"))
                .stream().map(Problem::subject).toList());
        assertEquals(List.of(), GUIDE.checkFacts(Map.of("shareholders", "3", "scheme", "comprehensive",
                "period", "week")));
        assertEquals(Optional.of(PERIOD), GUIDE.field("period"));
        assertEquals(Optional.empty(), GUIDE.field("periodX"));
    }

    @Test
    public void theHallTellsTheHandlersProblemsAndTheFormsOnFieldsTheHandlerLeftAlone() {
        ServiceGuide guide = GUIDE.withFields(SHAREHOLDERS, FormField.text("companyName", "公司名称", "company name"),
                SCHEME);
        Problem suffix = new Problem("companyName", Bilingual.of("名称须以“有限公司”结尾", "must end in 有限公司"));
        Problem applicant = new Problem("applicant", Bilingual.of("须以企业名义申请", "an enterprise applies"));
        Problem articles = new Problem("articles", Bilingual.of("缺少公司章程", "missing: articles of association"));
        Review told = guide.withFormChecks(Review.supplement(List.of(suffix, applicant, articles)),
                Map.of("shareholders", "0", "companyName", "上海庙"));
        assertEquals("materials, then who applies, then the fields in the form's order",
                List.of(articles, applicant, SHAREHOLDERS.check("0").orElseThrow(), suffix,
                        SCHEME.check("").orElseThrow()), told.problems());
        assertEquals(Review.Outcome.SUPPLEMENT, guide.withFormChecks(Review.accept(), Map.of()).outcome());
        assertEquals(Review.accept(), guide.withFormChecks(Review.accept(), Map.of("shareholders", "2",
                "companyName", "上海庙有限公司", "scheme", "irregular")));
        Review refused = Review.refuse(Bilingual.of("不属于本部门", "not ours"), "行政复议");
        assertEquals(refused, guide.withFormChecks(refused, Map.of()));
    }

    @Test
    public void aGuideWithAFormDeclaresOnlyItsFieldsAndOneWithoutTakesAnyFact() {
        assertTrue(GUIDE.declares("scheme"));
        assertEquals(false, GUIDE.declares("companyName"));
        assertTrue(GUIDE.withFields().declares("companyName"));
    }

    @Test
    public void declarationsThatCannotBeFilledInAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FormField.text("company name", "公司名称", "company name"));
        assertThrows(IllegalArgumentException.class, () -> FormField.choice("period", "周期", "period"));
        assertThrows(IllegalArgumentException.class, () -> FormField.choice("period", "周期", "period",
                FormField.Choice.of("week", "周", "week"), FormField.Choice.of("week", "星期", "week")));
        assertThrows(IllegalArgumentException.class, () -> FormField.text("name", "名称", "name").between(1, 2));
        assertThrows(IllegalArgumentException.class, () -> SHAREHOLDERS.between(5, 1));
        assertThrows(IllegalArgumentException.class, () -> SHAREHOLDERS.maxLength(5));
        assertThrows(IllegalArgumentException.class, () -> FormField.text("name", "名称", "name").maxLength(2001));
        assertThrows(IllegalArgumentException.class, () -> new FormField("agent", Bilingual.of("代理", "agent"),
                FormField.Kind.YES_NO, true, List.of(), null, null, null, 5, null, null));
        assertThrows("a field shown by one not declared before it", IllegalArgumentException.class,
                () -> GUIDE.withFields(PERIOD, SCHEME));
        assertThrows("two fields with one key", IllegalArgumentException.class,
                () -> GUIDE.withFields(SCHEME, SCHEME));
    }

    private static Optional<Problem> reason(String key, String zh, String en) {
        return Optional.of(new Problem(key, Bilingual.of(zh, en)));
    }
}
