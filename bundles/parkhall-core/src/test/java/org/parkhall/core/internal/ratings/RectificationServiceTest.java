package org.parkhall.core.internal.ratings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.parkhall.api.AppealGround;
import org.parkhall.api.BadRatingReason;
import org.parkhall.api.CallbackResult;
import org.parkhall.api.Cases;
import org.parkhall.api.Evaluation;
import org.parkhall.api.HallException;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.RatingAppeal;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Rectification;
import org.parkhall.api.RectificationKind;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.InvalidInputException;

/** The department's answer to a bad rating, the call back, the appeal and the overdue flag, on a store. */
public class RectificationServiceTest {
    private static final Evaluation BAD = new Evaluation(RatingLevel.VERY_DISSATISFIED, RatingLevel.DISSATISFIED,
            RatingLevel.SATISFIED, RatingLevel.DISSATISFIED, Set.of(BadRatingReason.WAIT, BadRatingReason.ATTITUDE),
            "");

    private final MovableClock clock = new MovableClock();
    private Database database;
    private FloorService floor;
    private RatingService ratings;
    private HallCalendar calendar;
    private RectificationService followUps;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        HallCalendar floorCalendar = TestFloor.calendar();
        floor = TestFloor.open(database, floorCalendar, 1);
        Cases noCases = (Cases) Proxy.newProxyInstance(Cases.class.getClassLoader(), new Class<?>[] {Cases.class},
                (proxy, method, args) -> Optional.empty());
        ratings = new RatingService(database, floorCalendar, floor, noCases, settings(), Clock.systemUTC());
        // The follow-ups see the days pass on the test's clock: that is how a rectification becomes overdue.
        calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), clock, 1);
        followUps = new RectificationService(database, calendar, settings(), clock);
    }

    @Test
    public void theDepartmentAnswersThenCallsBackAndEachStepIsInTheLedger() {
        Rectification opened = rateBadly();
        assertEquals(Set.of(BadRatingReason.WAIT, BadRatingReason.ATTITUDE), opened.rating().reasons());
        assertNull("nothing answered yet", opened.kind());
        long id = opened.id();
        assertRefused("请先登记整改措施", () -> followUps.callBack(id, CallbackResult.SATISFIED, "已回访", "amr.li"));

        LocalDate today = calendar.today();
        LocalDate nextWorkingDay = calendar.due(today, 1);
        assertInvalid("doneBy", () -> followUps.record(id, RectificationKind.BY_DEADLINE, "增开窗口", null, "amr.li"));
        assertInvalid("doneBy", () -> followUps.record(id, RectificationKind.BY_DEADLINE, "增开窗口", today, "amr.li"));
        assertInvalid("doneBy", () -> followUps.record(id, RectificationKind.BY_DEADLINE, "增开窗口",
                calendar.due(today, 16), "amr.li"));
        assertInvalid("doneBy", () -> followUps.record(id, RectificationKind.IMMEDIATE, "当场致歉", nextWorkingDay,
                "amr.li"));
        assertInvalid("measures", () -> followUps.record(id, RectificationKind.IMMEDIATE, " ", null, "amr.li"));
        assertInvalid("kind", () -> followUps.record(id, null, "当场致歉", null, "amr.li"));

        Rectification answered = followUps.record(id, RectificationKind.BY_DEADLINE, "高峰时段增开窗口",
                nextWorkingDay, "amr.li");
        assertEquals(RectificationKind.BY_DEADLINE, answered.kind());
        assertEquals("the promised day is the deadline now", nextWorkingDay, answered.deadline());
        assertRefused("已登记", () -> followUps.record(id, RectificationKind.IMMEDIATE, "又一次", null, "amr.li"));

        assertInvalid("result", () -> followUps.callBack(id, null, "已回访", "amr.li"));
        assertInvalid("note", () -> followUps.callBack(id, CallbackResult.SATISFIED, "", "amr.li"));
        Rectification closed = followUps.callBack(id, CallbackResult.SATISFIED, "已电话回访，表示满意", "amr.li");
        assertFalse(closed.open());
        assertEquals(CallbackResult.SATISFIED, closed.callbackResult());
        assertRefused("已办结", () -> followUps.callBack(id, CallbackResult.SATISFIED, "again", "amr.li"));
        assertEquals(1, events("RECTIFICATION_RECORDED").size());
        assertEquals(1, events("RECTIFICATION_FOLLOWED_UP").size());
    }

    @Test
    public void anOpenRectificationPastItsDeadlineIsFlaggedOverdue() {
        Rectification opened = rateBadly();
        assertFalse(opened.overdue());
        assertTrue(followUps.rectifications(Set.of(), true, true).isEmpty());
        clock.moveOn(Duration.ofDays(30));
        Rectification late = followUps.rectification(opened.id()).orElseThrow();
        assertTrue(late.overdue());
        assertEquals(List.of(late.id()), followUps.rectifications(Set.of(), true, true).stream()
                .map(Rectification::id).toList());
        assertEquals("another department's list does not show it", List.of(),
                followUps.rectifications(Set.of("amr"), false, false));
        assertEquals(1, followUps.rectifications(Set.of("hall"), false, false).size());
    }

    @Test
    public void anUpheldAppealExcludesTheRatingAndClosesItsRectification() {
        Rectification opened = rateBadly();
        assertInvalid("ground", () -> followUps.appeal(opened.id(), null, "来人辱骂窗口人员", "zhou"));
        assertInvalid("statement", () -> followUps.appeal(opened.id(), AppealGround.MALICIOUS, "", "zhou"));
        RatingAppeal appeal = followUps.appeal(opened.id(), AppealGround.MALICIOUS, "评价人当场扬言恶意差评，有录像", "zhou");
        assertTrue(appeal.pending());
        assertRefused("已申诉", () -> followUps.appeal(opened.id(), AppealGround.MISTAKEN, "再申诉", "zhou"));
        assertEquals(List.of(appeal.id()), followUps.appeals(true).stream().map(RatingAppeal::id).toList());
        assertRefused("提出人以外", () -> followUps.decide(appeal.id(), true, "自己裁定", "zhou"));

        RatingAppeal decided = followUps.decide(appeal.id(), true, "录像属实，申诉成立", "admin");
        assertEquals(Boolean.TRUE, decided.upheld());
        assertRefused("已裁定", () -> followUps.decide(appeal.id(), false, "改判", "admin"));
        Rectification after = followUps.rectification(opened.id()).orElseThrow();
        assertTrue("the rating counts in no figure", after.rating().excluded());
        assertFalse("an upheld appeal closes the rectification", after.open());
        clock.moveOn(Duration.ofDays(30));
        assertFalse("nor is it ever overdue", followUps.rectification(opened.id()).orElseThrow().overdue());
        assertEquals(1, events("RATING_APPEAL_UPHELD").size());
    }

    @Test
    public void aRejectedAppealLeavesTheRatingCountedAndTheRectificationOpen() {
        Rectification opened = rateBadly();
        RatingAppeal appeal = followUps.appeal(opened.id(), AppealGround.MISTAKEN, "评价人称点错了", "zhou");
        followUps.decide(appeal.id(), false, "无证据表明误评", "admin");
        Rectification after = followUps.rectification(opened.id()).orElseThrow();
        assertFalse(after.rating().excluded());
        assertTrue(after.open());
        assertTrue(followUps.appeals(true).isEmpty());
        assertEquals(1, events("RATING_APPEAL_REJECTED").size());
    }

    /** A visit of counter 1 rated very dissatisfied: its rectification. */
    private Rectification rateBadly() {
        Ticket visit = TestFloor.serveOne(floor, 1);
        String token = ratings.awaitingRating(1).orElseThrow().token();
        ratings.rateVisit(1, visit.label(), token, BAD);
        return followUps.rectifications(Set.of(), true, false).get(0);
    }

    private static SettledConfiguration<RatingService.Settings> settings() {
        return new SettledConfiguration<>(new ConfigurationChecks(), RatingService.Settings::read, Map.of());
    }

    private static void assertRefused(String reason, ThrowingRunnable action) {
        HallException refused = assertThrows(HallException.class, action);
        assertEquals("illegal_action", refused.code());
        assertTrue(refused.text().zh(), refused.text().zh().contains(reason));
    }

    private static void assertInvalid(String field, ThrowingRunnable action) {
        assertEquals(field, assertThrows(InvalidInputException.class, action).field());
    }

    private List<LedgerEvent> events(String action) {
        return database.read(connection -> LedgerRecords.recent(connection, 1000, SiteScope.COUNTY)).stream()
                .filter(event -> event.action().equals(action)).toList();
    }
}
