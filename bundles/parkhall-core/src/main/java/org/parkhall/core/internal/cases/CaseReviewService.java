package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseReviews;
import org.parkhall.api.CaseState;
import org.parkhall.api.ClockStop;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.ReviewStep;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.Supervision;
import org.parkhall.api.TimeExtension;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.SpecialProcedure;
import org.parkhall.spi.TextField;

/**
 * The approver's review steps: each one transaction that checks the step against {@link ReviewRules}, writes it with
 * its ledger entry and answers the case's progress. Like the other case actions, none calls the department's
 * handler: the steps its item needs were stored when the handler arrived.
 */
@Component(service = CaseReviews.class)
public final class CaseReviewService implements CaseReviews {
    private static final TextField NOTE = TextField.lines("note", "说明", "note", ReviewRecords.NOTE_LENGTH);
    private static final TextField RETURN_REASONS = TextField.lines("reasons", "退回理由", "reasons for the return",
            ReviewRecords.NOTE_LENGTH);
    private static final TextField OPINION = TextField.lines("opinion", "意见", "opinion", ReviewRecords.NOTE_LENGTH);
    private static final TextField EXTENSION_REASON = TextField.lines("reason", "延长理由",
            "reason for the extension", ReviewRecords.NOTE_LENGTH);
    private static final TextField GROUNDS = TextField.lines("reason", "特别程序事由",
            "grounds of the special procedure", ReviewRecords.NOTE_LENGTH);
    private static final TextField OUTCOME = TextField.lines("outcome", "特别程序结果",
            "outcome of the special procedure", ReviewRecords.NOTE_LENGTH);
    private static final TextField USER = TextField.line("user", "工作人员账号", "staff account", 32);
    private static final TextField DEPARTMENT = TextField.line("department", "部门", "department", 16);
    /** A special procedure's expected time: up to about a year of working days. */
    private static final int MOST_EXPECTED_DAYS = 250;
    /** The steps of the approver deciding the case: taken on an unclaimed case, they claim it as a decision does. */
    private static final Set<ReviewStep> HOLDER_STEPS = EnumSet.of(ReviewStep.RETURN, ReviewStep.COUNTERSIGN_REQUEST,
            ReviewStep.SPECIAL_START, ReviewStep.SPECIAL_END);

    private final CaseBook book;
    private final StaffDirectory staff;
    private final CaseSupervisor supervisor;

    @Activate
    public CaseReviewService(@Reference CaseBook book, @Reference StaffDirectory staff,
            @Reference CaseSupervisor supervisor) {
        this.book = book;
        this.staff = staff;
        this.supervisor = supervisor;
    }

    /** One step's change, made in the step's transaction once the rules allowed it. */
    @FunctionalInterface
    private interface Change {
        void make(Connection connection, CaseRecords.Versioned current, ReviewProgress before) throws SQLException;
    }

    @Override
    public ReviewProgress progress(String caseNumber) {
        return book.database().read(connection -> Reviews.progress(connection, book.reread(connection, caseNumber)));
    }

    @Override
    public ReviewProgress claim(String caseNumber, String approver) {
        return step(caseNumber, ReviewStep.CLAIM, approver, (connection, current, before) -> {
            ReviewRecords.insertClaim(connection, caseNumber, current.file().department(), approver, book.now());
            book.record(connection, current.file(), approver, "CASE_CLAIMED", Map.of());
        });
    }

    @Override
    public ReviewProgress release(String caseNumber, String actor) {
        return step(caseNumber, ReviewStep.RELEASE, actor, (connection, current, before) -> {
            ReviewRecords.deleteClaim(connection, caseNumber);
            book.record(connection, current.file(), actor, "CASE_CLAIM_RELEASED", Map.of("from", before.claimedBy()));
        });
    }

    @Override
    public ReviewProgress reassign(String caseNumber, String approver, String actor) {
        String to = USER.check(approver);
        return step(caseNumber, ReviewStep.REASSIGN, actor, (connection, current, before) -> {
            checkApprover(to, current.file().department());
            if (before.claimedBy().isEmpty()) {
                ReviewRecords.insertClaim(connection, caseNumber, current.file().department(), to, book.now());
            } else {
                moveClaim(connection, caseNumber, before.claimedBy(), to);
            }
            book.record(connection, current.file(), actor, "CASE_REASSIGNED", Map.of("from", before.claimedBy(),
                    "to", to));
        });
    }

    @Override
    public ReviewProgress transfer(String caseNumber, String colleague, String actor, String note) {
        String to = USER.check(colleague);
        String why = NOTE.check(note);
        return step(caseNumber, ReviewStep.TRANSFER, actor, (connection, current, before) -> {
            if (!before.claimedBy().equals(actor)) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("只有认领人可以转办，现由"
                        + before.claimedBy() + "认领", "only the approver holding the case may transfer it; "
                        + before.claimedBy() + " holds it"));
            }
            if (to.equals(actor)) {
                throw new InvalidInputException("user", "请选择另一位同事", "choose another colleague");
            }
            checkApprover(to, current.file().department());
            moveClaim(connection, caseNumber, actor, to);
            book.record(connection, current.file(), actor, "CASE_TRANSFERRED", Map.of("to", to, "note", why));
        });
    }

    @Override
    public ReviewProgress returnToWindow(String caseNumber, String actor, String reasons) {
        String why = RETURN_REASONS.required(reasons);
        return step(caseNumber, ReviewStep.RETURN, actor, (connection, current, before) -> {
            CaseFile returned = new CaseDraft(current.file()).state(CaseState.RETURNED)
                    .reasons("退回窗口 / returned to the window: " + why).updatedAt(book.now()).build();
            CaseRecords.update(connection, returned, current.version());
            ReviewRecords.forgetReview(connection, caseNumber);
            book.record(connection, returned, actor, "CASE_RETURNED", Map.of("note", why));
        });
    }

    @Override
    public ReviewProgress requestCountersign(String caseNumber, String actor, String note) {
        String why = NOTE.check(note);
        return step(caseNumber, ReviewStep.COUNTERSIGN_REQUEST, actor, (connection, current, before) -> {
            for (String department : before.required().countersigningDepartments()) {
                ReviewRecords.requestCountersign(connection, caseNumber, department, actor, book.now());
            }
            book.record(connection, current.file(), actor, "CASE_COUNTERSIGN_REQUESTED", Map.of("departments",
                    String.join(",", before.required().countersigningDepartments()), "note", why));
        });
    }

    @Override
    public ReviewProgress countersign(String caseNumber, String department, String actor, boolean agreed,
            String opinion) {
        String from = DEPARTMENT.check(department);
        String said = OPINION.required(opinion);
        return step(caseNumber, ReviewStep.COUNTERSIGN, actor, (connection, current, before) -> {
            if (!ReviewRecords.answerCountersign(connection, caseNumber, from, actor, agreed, said, book.now())) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("未请" + from + "会签，或其已会签",
                        from + " was not asked to countersign, or has already"));
            }
            book.record(connection, current.file(), actor, "CASE_COUNTERSIGNED", Map.of("department", from,
                    "agreed", String.valueOf(agreed), "note", said));
        });
    }

    @Override
    public ReviewProgress signOff(String caseNumber, String actor, String opinion) {
        String said = OPINION.required(opinion);
        return step(caseNumber, ReviewStep.SIGN_OFF, actor, (connection, current, before) -> {
            if (before.claimedBy().equals(actor)) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("复核签发须由承办人以外的负责人进行",
                        "the second sign-off is by a lead other than the approver holding the case"));
            }
            ReviewRecords.insertSignOff(connection, caseNumber, actor, said, book.now());
            book.record(connection, current.file(), actor, "CASE_SIGNED_OFF", Map.of("note", said));
        });
    }

    @Override
    public ReviewProgress extend(String caseNumber, int days, String actor, String reason) {
        String why = EXTENSION_REASON.required(reason);
        return step(caseNumber, ReviewStep.EXTEND, actor, (connection, current, before) -> {
            int left = before.required().extension().maxDays() - before.extendedDays();
            if (days < 1 || days > left) {
                throw new InvalidInputException("days", "延长天数须为1至" + left + "个工作日（"
                        + before.required().extension().legalBasis().zh() + "）", "an extension is 1 to " + left
                        + " working days (" + before.required().extension().legalBasis().en() + ")");
            }
            CaseFile file = current.file();
            LocalDate due = book.calendar().due(file.dueOn(), days);
            CaseFile extended = new CaseDraft(file).dueOn(due).updatedAt(book.now()).build();
            CaseRecords.update(connection, extended, current.version());
            ReviewRecords.insertExtension(connection, caseNumber, before.extensions().size() + 1,
                    new TimeExtension(days, why, file.dueOn(), due, actor, book.calendar().today()));
            book.record(connection, extended, actor, "CASE_EXTENDED", Map.of("days", String.valueOf(days),
                    "dueOn", due.toString(), "note", why));
        });
    }

    @Override
    public ReviewProgress startSpecialProcedure(String caseNumber, SpecialProcedure procedure, int expectedDays,
            String actor, String reason) {
        if (procedure == null) {
            throw new InvalidInputException("procedure", "请选择特别程序", "the special procedure is required");
        }
        String why = GROUNDS.required(reason);
        if (expectedDays < 1 || expectedDays > MOST_EXPECTED_DAYS) {
            throw new InvalidInputException("days", "特别程序所需时间须为1至" + MOST_EXPECTED_DAYS + "个工作日",
                    "a special procedure takes 1 to " + MOST_EXPECTED_DAYS + " working days");
        }
        return step(caseNumber, ReviewStep.SPECIAL_START, actor, (connection, current, before) -> {
            if (!before.required().specialProcedures().contains(procedure)) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("本事项没有“" + procedure.label().zh()
                        + "”程序", "the item has no " + procedure.label().en()));
            }
            LocalDate today = book.calendar().today();
            CaseFile stopped = new CaseDraft(current.file()).state(CaseState.SPECIAL_PROCEDURE).suspendedSince(today)
                    .updatedAt(book.now()).build();
            CaseRecords.update(connection, stopped, current.version());
            ReviewRecords.insertClockStop(connection, caseNumber, before.specialProcedures().size() + 1,
                    new ClockStop(procedure, why, expectedDays, today, actor, null, ""));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("procedure", procedure.name());
            details.put("days", String.valueOf(expectedDays));
            details.put("note", why);
            book.record(connection, stopped, actor, "CASE_SPECIAL_STARTED", details);
        });
    }

    @Override
    public ReviewProgress endSpecialProcedure(String caseNumber, String actor, String outcome) {
        String found = OUTCOME.required(outcome);
        return step(caseNumber, ReviewStep.SPECIAL_END, actor, (connection, current, before) -> {
            CaseFile file = current.file();
            LocalDate today = book.calendar().today();
            CaseFile resumed = new CaseDraft(file).state(CaseState.IN_REVIEW).suspendedSince(null)
                    .dueOn(book.calendar().extend(file.dueOn(), file.suspendedSince(), today))
                    .updatedAt(book.now()).build();
            CaseRecords.update(connection, resumed, current.version());
            ReviewRecords.endClockStop(connection, caseNumber, before.specialProcedures().size(), today, actor, found);
            book.record(connection, resumed, actor, "CASE_SPECIAL_ENDED", Map.of("dueOn",
                    resumed.dueOn().toString(), "note", found));
        });
    }

    @Override
    public List<ReviewProgress> awaitingCountersign(String department) {
        String asked = department == null ? "" : DEPARTMENT.check(department);
        return book.database().read(connection -> {
            List<ReviewProgress> awaiting = new ArrayList<>();
            for (String number : ReviewRecords.awaitingCountersign(connection, asked)) {
                awaiting.add(Reviews.progress(connection, book.reread(connection, number)));
            }
            return awaiting;
        });
    }

    @Override
    public List<Supervision> supervision() {
        return supervisor.raiseAndList();
    }

    private ReviewProgress step(String caseNumber, ReviewStep step, String actor, Change change) {
        return book.database().inTransaction(connection -> {
            CaseRecords.Versioned current = book.get(connection, caseNumber);
            if (current.file().isJoint()) {
                throw new HallException(ErrorCode.JOINT_CHILD, Bilingual.of("一件事办件须对各子办件分别审查",
                        "a joint application is reviewed case by case, in its child cases"));
            }
            ReviewProgress before = Reviews.progress(connection, current.file());
            ReviewRules.require(step, before);
            if (HOLDER_STEPS.contains(step)) {
                Reviews.holdOrClaim(connection, book, current.file(), actor, step.label());
            }
            change.make(connection, current, before);
            return Reviews.progress(connection, book.reread(connection, caseNumber));
        });
    }

    private void moveClaim(Connection connection, String caseNumber, String holder, String to)
            throws SQLException {
        if (!ReviewRecords.moveClaim(connection, caseNumber, holder, to, book.now())) {
            throw new HallException(ErrorCode.CONFLICT, Bilingual.of("办件" + caseNumber + "的认领已变更，请刷新后重试",
                    "the claim of case " + caseNumber + " changed meanwhile; reload and try again"));
        }
    }

    /** Refuses a colleague who is not an approver (or the lead) of the case's department. */
    private void checkApprover(String user, String department) {
        boolean approves = staff.account(user).map(account -> account.roles().contains("approver:" + department)
                || account.roles().contains("lead:" + department)).orElse(false);
        if (!approves) {
            throw new InvalidInputException("user", user + "不是本部门（" + department + "）的审批人员",
                    user + " is not an approver of department " + department);
        }
    }
}
