package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.Test;

public class FactChecksTest {
    private static final Applicant PERSON = new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三",
            "13812345678");
    private static final Applicant ENTERPRISE = new Applicant(Applicant.Kind.ENTERPRISE, "91350100M000100Y43",
            "上海庙能源科技有限公司", "0477-7612345");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    public void numbersAreReadIgnoringSurroundingSpace() {
        assertEquals(Optional.of(new BigDecimal("45.5")), FactChecks.number(form("value", " 45.5 "), "value"));
        assertEquals(Optional.of(new BigDecimal("-1")), FactChecks.number(form("value", "-1"), "value"));
        assertEquals(Optional.empty(), FactChecks.number(form("value", "八百万"), "value"));
        assertEquals(Optional.empty(), FactChecks.number(form(), "value"));
    }

    @Test
    public void aPositiveNumberIsReturnedWithoutProblem() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(Optional.of(new BigDecimal("0.01")), FactChecks.positiveNumber(form("area", "0.01"), "area",
                "建筑面积（平方米）", "floor area in square metres", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    public void zeroNegativeMissingOrTextIsNotAPositiveNumber() {
        for (Application application : List.of(form("area", "0"), form("area", "-5"), form("area", "三百"), form())) {
            List<Problem> problems = new ArrayList<>();
            assertEquals(Optional.empty(), FactChecks.positiveNumber(application, "area", "建筑面积（平方米）",
                    "floor area in square metres", problems));
            assertEquals(List.of(new Problem("area", Bilingual.of("请填写大于零的建筑面积（平方米）",
                    "floor area in square metres must be a number greater than zero"))), problems);
        }
    }

    @Test
    public void wholeNumbersMustLieWithinBothBounds() {
        assertEquals(OptionalInt.of(1), FactChecks.wholeNumber(form("n", "1"), "n", 1, 50));
        assertEquals(OptionalInt.of(50), FactChecks.wholeNumber(form("n", " 50 "), "n", 1, 50));
        for (String value : List.of("0", "51", "2.5", "十", "")) {
            assertEquals(value, OptionalInt.empty(), FactChecks.wholeNumber(form("n", value), "n", 1, 50));
        }
    }

    @Test
    public void aWholeNumberProblemNamesTheBounds() {
        List<Problem> problems = new ArrayList<>();
        FactChecks.wholeNumber(form("shareholders", "51"), "shareholders", "股东人数", "number of shareholders", 1,
                50, problems);
        FactChecks.wholeNumber(form("employees", "0"), "employees", "职工人数", "number of employees", 1,
                FactChecks.NO_MAXIMUM, problems);
        assertEquals(List.of(
                new Problem("shareholders", Bilingual.of("股东人数须为1至50之间的整数",
                        "number of shareholders must be a whole number from 1 to 50")),
                new Problem("employees", Bilingual.of("职工人数须为不小于1的整数",
                        "number of employees must be a whole number, at least 1"))), problems);
    }

    @Test
    public void aPastDateMayBeTodayButNotTomorrow() {
        assertEquals(Optional.of(TODAY), FactChecks.pastDate(form("on", "2025-06-30"), "on", TODAY));
        assertEquals(Optional.of(LocalDate.of(2015, 6, 30)), FactChecks.pastDate(form("on", " 2015-06-30 "), "on",
                TODAY));
        for (String value : List.of("2025-07-01", "2025/06/20", "2023-02-29", "上周五", "")) {
            assertEquals(value, Optional.empty(), FactChecks.pastDate(form("on", value), "on", TODAY));
        }
    }

    @Test
    public void aMissingDateIsRequiredAndAWrongOneExplained() {
        List<Problem> problems = new ArrayList<>();
        FactChecks.pastDate(form(), "hiredOn", "用工日期", "hiring date", TODAY, problems);
        FactChecks.pastDate(form("hiredOn", "2025-07-01"), "hiredOn", "用工日期", "hiring date", TODAY, problems);
        assertEquals(2, problems.size());
        assertEquals(Problem.required("hiredOn", "用工日期", "hiring date"), problems.get(0));
        assertEquals("hiredOn", problems.get(1).subject());
        assertTrue(problems.get(1).reason().zh(), problems.get(1).reason().zh().startsWith("用工日期"));
        assertTrue(problems.get(1).reason().zh(), problems.get(1).reason().zh().contains("不晚于今天"));
    }

    @Test
    public void onlyAnEnterpriseMayApplyWhereTheDepartmentRequiresOne() {
        Bilingual advice = Bilingual.of("请以用人单位名义申请", "apply in the employer's name");
        List<Problem> problems = new ArrayList<>();
        FactChecks.requireEnterprise(new Application("X-01", ENTERPRISE, Set.of(), Map.of()), advice, problems);
        assertEquals(List.of(), problems);
        FactChecks.requireEnterprise(new Application("X-01", PERSON, Set.of(), Map.of()), advice, problems);
        assertEquals(List.of(new Problem("applicant", advice)), problems);
    }

    private static Application form() {
        return new Application("X-01", ENTERPRISE, Set.of(), Map.of());
    }

    private static Application form(String field, String value) {
        return new Application("X-01", ENTERPRISE, Set.of(), Map.of(field, value));
    }
}
