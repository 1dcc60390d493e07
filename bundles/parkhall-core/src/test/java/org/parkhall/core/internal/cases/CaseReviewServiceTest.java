package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseState;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.ReviewStep;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.SpecialProcedure;

/**
 * Each review step on a case of a permit that needs them all, and on a plain item that needs none, on the 2026
 * calendar: accepted on Wednesday 23 September with five working days, the case is due on 8 October, after the
 * Mid-Autumn (25-27 September) and National Day (1-7 October) holidays.
 */
public class CaseReviewServiceTest {
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 23);

    private ReviewBench hall;

    @Before
    public void openHall() throws SQLException {
        hall = new ReviewBench(InMemoryDerby.fresh(), ACCEPTED);
    }

    @Test
    public void aClaimedCaseIsDecidedByItsHolderAloneAndDecidingClaimsAnUnclaimedOne() {
        String claimed = hall.inReview(ReviewBench.PLAIN, 5);
        ReviewProgress progress = hall.reviews.claim(claimed, "li");
        assertEquals("li", progress.claimedBy());
        assertFalse(progress.steps().contains(ReviewStep.CLAIM));
        assertIllegal(() -> hall.reviews.claim(claimed, "wang"), "li");
        assertIllegal(() -> hall.cases.act(claimed, CaseAction.APPROVE, "wang", "准予"), "li");
        assertEquals(CaseState.APPROVED, hall.cases.act(claimed, CaseAction.APPROVE, "li", "备案证明").state());

        String unclaimed = hall.inReview(ReviewBench.PLAIN, 5);
        hall.cases.act(unclaimed, CaseAction.SUSPEND, "wang", "待补充说明");
        assertEquals("wang", hall.reviews.progress(unclaimed).claimedBy());
        assertIllegal(() -> hall.cases.act(unclaimed, CaseAction.RESUME, "li", ""), "wang");
        assertEquals(List.of("CASE_SUSPEND"), hall.ledger(unclaimed));
    }

    @Test
    public void theLeadReleasesAndReassignsAndTheHolderTransfersToADepartmentColleagueOnly() {
        String number = hall.inReview(ReviewBench.PLAIN, 5);
        assertIllegal(() -> hall.reviews.release(number, "zhao"), "无人认领");
        hall.reviews.claim(number, "li");
        assertEquals("", hall.reviews.release(number, "zhao").claimedBy());
        assertEquals("wang", hall.reviews.reassign(number, "wang", "zhao").claimedBy());
        assertEquals("li", hall.reviews.reassign(number, "li", "zhao").claimedBy());

        assertEquals("user", assertThrows(InvalidInputException.class,
                () -> hall.reviews.transfer(number, "qian", "li", "")).field());
        assertEquals("user", assertThrows(InvalidInputException.class,
                () -> hall.reviews.transfer(number, "sun", "li", "")).field());
        assertIllegal(() -> hall.reviews.transfer(number, "li", "wang", "接手"), "认领人");
        assertEquals("wang", hall.reviews.transfer(number, "wang", "li", "出差，交王芳办理").claimedBy());
        assertIllegal(() -> hall.cases.act(number, CaseAction.APPROVE, "li", "准予"), "wang");
        assertEquals(List.of("CASE_CLAIMED", "CASE_CLAIM_RELEASED", "CASE_REASSIGNED", "CASE_REASSIGNED",
                "CASE_TRANSFERRED"), hall.ledger(number));
    }

    @Test
    public void aReturnedCaseGoesBackToTheWindowUnclaimedAndIsDispatchedAgain() {
        String number = hall.inReview(ReviewBench.PLAIN, 5);
        hall.reviews.claim(number, "li");
        assertEquals("reasons", assertThrows(InvalidInputException.class,
                () -> hall.reviews.returnToWindow(number, "li", " ")).field());
        ReviewProgress returned = hall.reviews.returnToWindow(number, "li", "竣工验收报告缺少监理单位签章");
        assertEquals(CaseState.RETURNED, returned.state());
        assertEquals("", returned.claimedBy());
        assertTrue(hall.file(number).reasons().contains("缺少监理单位签章"));
        assertEquals("the clock runs on at the window", TimeStatus.ON_TIME, hall.file(number).timeStatus());
        assertIllegal(() -> hall.cases.act(number, CaseAction.APPROVE, "li", "准予"), "退回窗口");
        assertIllegal(() -> hall.reviews.returnToWindow(number, "li", "again"), "退回窗口");
        assertEquals(CaseState.IN_REVIEW, hall.cases.act(number, CaseAction.DISPATCH, "sun", "已补签章").state());
        assertEquals(CaseState.APPROVED, hall.cases.act(number, CaseAction.APPROVE, "wang", "备案证明").state());
    }

    @Test
    public void aPermitIsDecidedOnlyOnceTheOtherDepartmentCountersignedAndTheLeadSignedOff() {
        String number = hall.inReview(ReviewBench.PERMIT, 5);
        hall.reviews.claim(number, "li");
        assertIllegal(() -> hall.cases.act(number, CaseAction.APPROVE, "li", "施工许可证"), "发起会签");
        assertIllegal(() -> hall.reviews.signOff(number, "zhao", "同意"), "发起会签");
        assertIllegal(() -> hall.reviews.countersign(number, "emergency", "qian", true, "同意"), "没有待会签");

        ReviewProgress asked = hall.reviews.requestCountersign(number, "li", "请审查安全生产条件");
        assertEquals(List.of("emergency"), asked.countersigns().stream().map(sign -> sign.department()).toList());
        assertTrue(asked.steps().contains(ReviewStep.COUNTERSIGN));
        assertIllegal(() -> hall.reviews.requestCountersign(number, "li", ""), "已发起");
        assertIllegal(() -> hall.cases.act(number, CaseAction.DENY, "li", "不符合"), "emergency");
        assertEquals("opinion", assertThrows(InvalidInputException.class,
                () -> hall.reviews.countersign(number, "emergency", "qian", true, "")).field());
        assertIllegal(() -> hall.reviews.countersign(number, "tax", "qian", true, "同意"), "tax");

        ReviewProgress signed = hall.reviews.countersign(number, "emergency", "qian", false, "安全距离不足");
        assertTrue(signed.countersigns().get(0).answered());
        assertIllegal(() -> hall.reviews.countersign(number, "emergency", "qian", true, "同意"), "没有待会签");
        assertIllegal(() -> hall.cases.act(number, CaseAction.APPROVE, "li", "施工许可证"), "不同意");
        assertIllegal(() -> hall.cases.act(number, CaseAction.DENY, "li", "安全距离不足"), "复核签发");

        assertIllegal(() -> hall.reviews.signOff(number, "li", "同意"), "承办人以外");
        ReviewProgress signedOff = hall.reviews.signOff(number, "zhao", "同意不予许可");
        assertEquals("zhao", signedOff.signedOffBy());
        assertIllegal(() -> hall.reviews.signOff(number, "zhao", "again"), "已由zhao签发");
        assertEquals(CaseState.DENIED, hall.cases.act(number, CaseAction.DENY, "li", "安全距离不足").state());
    }

    @Test
    public void anExtensionMovesTheDueDateByWorkingDaysWithinWhatTheLawAllowsWithItsNotice() {
        String permit = hall.inReview(ReviewBench.PERMIT, 5);
        assertEquals(LocalDate.of(2026, 10, 8), hall.file(permit).dueOn());
        assertEquals("days", assertThrows(InvalidInputException.class,
                () -> hall.reviews.extend(permit, 11, "zhao", "需现场核查")).field());
        assertEquals("days", assertThrows(InvalidInputException.class,
                () -> hall.reviews.extend(permit, 0, "zhao", "需现场核查")).field());
        hall.reviews.extend(permit, 4, "zhao", "需补充核查施工图审查情况");
        // 9 and 10 October (the swapped Saturday works), 12 and 13 October.
        assertEquals(LocalDate.of(2026, 10, 13), hall.file(permit).dueOn());
        ReviewProgress extended = hall.reviews.extend(permit, 6, "zhao", "核查尚未完成");
        assertEquals(LocalDate.of(2026, 10, 21), hall.file(permit).dueOn());
        assertEquals(10, extended.extendedDays());
        assertFalse(extended.steps().contains(ReviewStep.EXTEND));
        assertIllegal(() -> hall.reviews.extend(permit, 1, "zhao", "再延"), "法定上限");

        CaseDocument notice = hall.cases.document(permit, CaseDocument.Kind.EXTENSION);
        String text = String.join("\n", notice.paragraphs());
        assertTrue(text, text.contains("行政许可法》第四十二条") && text.contains("延长6个工作日")
                && text.contains("由2026年10月13日延长至2026年10月21日") && text.contains("核查尚未完成"));

        String plain = hall.inReview(ReviewBench.PLAIN, 5);
        assertIllegal(() -> hall.reviews.extend(plain, 1, "zhao", "需核查"), "不能延长");
        assertIllegal(() -> hall.cases.document(plain, CaseDocument.Kind.EXTENSION), "没有延长办理期限告知书");
    }

    @Test
    public void aSpecialProcedureStopsTheClockAcrossTheHolidaysAndTheDueDateMovesOnByTheWorkingDaysItTook() {
        String number = hall.inReview(ReviewBench.PERMIT, 5);
        assertIllegal(() -> hall.reviews.startSpecialProcedure(number, SpecialProcedure.HEARING, 5, "li", "听证"),
                "听证");
        assertEquals("days", assertThrows(InvalidInputException.class, () -> hall.reviews.startSpecialProcedure(
                number, SpecialProcedure.EXPERT_REVIEW, 0, "li", "专家评审")).field());
        hall.day.set(LocalDate.of(2026, 9, 24));
        ReviewProgress stopped = hall.reviews.startSpecialProcedure(number, SpecialProcedure.EXPERT_REVIEW, 5, "li",
                "基坑支护方案须经专家论证");
        assertEquals(CaseState.SPECIAL_PROCEDURE, stopped.state());
        assertEquals(Set.of(ReviewStep.SPECIAL_END, ReviewStep.RELEASE, ReviewStep.REASSIGN, ReviewStep.TRANSFER),
                stopped.steps());
        assertEquals(TimeStatus.STOPPED, hall.file(number).timeStatus());
        assertIllegal(() -> hall.cases.act(number, CaseAction.APPROVE, "li", "施工许可证"), "特别程序");
        assertIllegal(() -> hall.reviews.extend(number, 2, "zhao", "延长"), "特别程序");

        String notice = String.join("\n", hall.cases.document(number, CaseDocument.Kind.SPECIAL_PROCEDURE).paragraphs());
        assertTrue(notice, notice.contains("专家评审") && notice.contains("预计为5个工作日")
                && notice.contains("第四十五条") && notice.contains("不计算在办理期限内"));

        hall.day.set(LocalDate.of(2026, 10, 9));
        assertEquals(TimeStatus.STOPPED, hall.file(number).timeStatus());
        ReviewProgress resumed = hall.reviews.endSpecialProcedure(number, "li", "专家论证通过");
        assertEquals(CaseState.IN_REVIEW, resumed.state());
        // Stopped from 24 September to 9 October: 28, 29, 30 September, 8 and 9 October are the working days it took.
        assertEquals(LocalDate.of(2026, 10, 14), hall.file(number).dueOn());
        assertEquals("four working days left again", TimeStatus.ON_TIME, hall.file(number).timeStatus());
        String ended = String.join("\n", hall.cases.document(number, CaseDocument.Kind.SPECIAL_PROCEDURE).paragraphs());
        assertTrue(ended, ended.contains("已于2026年10月9日结束，办结期限顺延至2026年10月14日"));
        assertIllegal(() -> hall.reviews.endSpecialProcedure(number, "li", "again"), "没有进行中");
        assertEquals(List.of("CASE_SPECIAL_STARTED", "CASE_SPECIAL_ENDED"), hall.ledger(number));
    }

    @Test
    public void stepsAreRefusedOnceTheCaseHasLeftTheDepartment() {
        String number = hall.inReview(ReviewBench.PERMIT, 5);
        hall.cases.act(number, CaseAction.WITHDRAW, "sun", "申请人撤回");
        for (ReviewStep step : ReviewStep.values()) {
            assertFalse(step.name(), hall.reviews.progress(number).steps().contains(step));
        }
        assertIllegal(() -> hall.reviews.claim(number, "li"), "撤回");
        assertIllegal(() -> hall.reviews.returnToWindow(number, "li", "理由"), "撤回");
    }

    private static void assertIllegal(org.junit.function.ThrowingRunnable step, String saying) {
        HallException refused = assertThrows(HallException.class, step);
        assertEquals(refused.text().zh(), "illegal_action", refused.code());
        assertTrue(refused.text().zh() + " should say " + saying, refused.text().zh().contains(saying)
                || refused.text().en().contains(saying));
        assertFalse(refused.text().en().isBlank());
    }
}
