package org.parkhall.core.internal.ratings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.parkhall.api.Cases;
import org.parkhall.api.Evaluation;
import org.parkhall.api.HallException;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.Rating;
import org.parkhall.api.RatingChannel;
import org.parkhall.api.RatingInvitation;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.spi.InvalidInputException;

public class RatingServiceTest {
    private static final Evaluation GOOD = new Evaluation(RatingLevel.SATISFIED, RatingLevel.SATISFIED,
            RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED, " 很快 ");
    private static final Evaluation BAD = new Evaluation(RatingLevel.DISSATISFIED, RatingLevel.DISSATISFIED,
            RatingLevel.SATISFIED, RatingLevel.SATISFIED, "等太久");

    private final MovableClock clock = new MovableClock();
    private Database database;
    private FloorService floor;
    private RatingService ratings;
    private RectificationService followUps;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        HallCalendar calendar = TestFloor.calendar();
        floor = TestFloor.open(database, calendar, 1, 2);
        // No case is produced in these visits, so the cases are never asked for one.
        Cases noCases = (Cases) Proxy.newProxyInstance(Cases.class.getClassLoader(), new Class<?>[] {Cases.class},
                (proxy, method, args) -> Optional.empty());
        ratings = new RatingService(database, calendar, floor, noCases,
                new SettledConfiguration<>(new ConfigurationChecks(), RatingService.Settings::read,
                        Map.of("ratingWindowSeconds", 120)), clock);
        followUps = new RectificationService(database, calendar, new SettledConfiguration<>(
                new ConfigurationChecks(), RatingService.Settings::read, Map.of()), clock);
    }

    @Test
    public void theCountersPadIsGivenTheVisitWithATokenThatRatesItOnce() {
        Ticket visit = TestFloor.serveOne(floor, 1);
        assertTrue("counter 2's pad is not asked about counter 1's visit", ratings.awaitingRating(2).isEmpty());
        RatingInvitation invitation = ratings.awaitingRating(1).orElseThrow();
        assertEquals(visit.label(), invitation.ticket());
        assertEquals(visit.serviceEndedAt().plusSeconds(120), invitation.expiresAt());
        assertEquals("a reloaded pad gets the same token", invitation.token(),
                ratings.awaitingRating(1).orElseThrow().token());

        Rating rating = ratings.rateVisit(1, visit.label(), invitation.token(), GOOD);
        assertEquals("很快", rating.comment());
        assertEquals("the national indicators", "GB/T 39734-2020", rating.indicatorSet());
        assertEquals(RatingChannel.PAD, rating.channel());
        assertEquals(1, rating.counter());
        assertEquals("who was signed in when the service ended", "周敏", rating.staff());
        assertTrue("a rated visit is not asked about again", ratings.awaitingRating(1).isEmpty());
        HallException again = assertThrows(HallException.class,
                () -> ratings.rateVisit(1, visit.label(), invitation.token(), BAD));
        assertTrue(again.text().zh(), again.text().zh().contains("已评价"));
        assertEquals(1, events("RATED").size());
        assertTrue(followUps.rectifications(Set.of(), true, false).isEmpty());
    }

    @Test
    public void aTokenThatIsNotTheVisitsOrIsAnotherCountersRatesNothing() {
        Ticket first = TestFloor.serveOne(floor, 1);
        String firstToken = ratings.awaitingRating(1).orElseThrow().token();
        Ticket second = TestFloor.serveOne(floor, 2);
        String secondToken = ratings.awaitingRating(2).orElseThrow().token();
        assertNotEquals(firstToken, secondToken);

        assertRefused("凭证无效", () -> ratings.rateVisit(1, first.label(), null, BAD));
        assertRefused("凭证无效", () -> ratings.rateVisit(1, first.label(), firstToken + "x", BAD));
        assertRefused("凭证无效", () -> ratings.rateVisit(1, first.label(), secondToken, BAD));
        assertRefused("不是在该窗口", () -> ratings.rateVisit(2, first.label(), firstToken, BAD));
        assertEquals("ticket", assertThrows(InvalidInputException.class,
                () -> ratings.rateVisit(1, " ", firstToken, BAD)).field());
        assertTrue("nothing was written", events("RATED").isEmpty() && followUps.rectifications(Set.of(), false, false).isEmpty());

        ratings.rateVisit(2, second.label(), secondToken, BAD);
        assertEquals("a bad rating opens a rectification for the hall", "hall",
                followUps.rectifications(Set.of(), true, false).get(0).department());
    }

    @Test
    public void theTokenExpiresWithTheRatingWindow() {
        Ticket visit = TestFloor.serveOne(floor, 1);
        String token = ratings.awaitingRating(1).orElseThrow().token();
        clock.moveOn(Duration.ofSeconds(121));
        assertTrue(ratings.awaitingRating(1).isEmpty());
        assertRefused("评价时间已过", () -> ratings.rateVisit(1, visit.label(), token, GOOD));
    }

    @Test
    public void ofManyRatingsWithOneTokenAtOnceExactlyOneIsTaken() throws Exception {
        Ticket visit = TestFloor.serveOne(floor, 1);
        String token = ratings.awaitingRating(1).orElseThrow().token();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> {
                try {
                    ratings.rateVisit(1, visit.label(), token, GOOD);
                    return true;
                } catch (HallException e) {
                    return false;
                }
            });
        }
        int taken = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            taken += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, taken);
        assertEquals(1, events("RATED").size());
    }

    private static void assertRefused(String reason, ThrowingRunnable rating) {
        HallException refused = assertThrows(HallException.class, rating);
        assertEquals("illegal_action", refused.code());
        assertTrue(refused.text().zh(), refused.text().zh().contains(reason));
    }

    private List<LedgerEvent> events(String action) {
        return database.read(connection -> LedgerRecords.recent(connection, 1000, SiteScope.COUNTY)).stream()
                .filter(event -> event.action().equals(action)).toList();
    }
}
