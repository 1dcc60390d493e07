package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.CaseAction;
import org.parkhall.api.Supervision;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.SpecialProcedure;

/** Cases raised for supervision once per level, as the working days run out (nearDueDays 2, the default). */
public class CaseSupervisorTest {
    private ReviewBench hall;

    @Before
    public void openHall() throws SQLException {
        hall = new ReviewBench(InMemoryDerby.fresh(), LocalDate.of(2026, 9, 23));
    }

    @Test
    public void aCaseIsRaisedNearItsDueDateAndAgainPastItOnceEach() {
        String number = hall.inReview(ReviewBench.PLAIN, 5); // due 8 October
        String later = hall.inReview(ReviewBench.PLAIN, 10);
        assertEquals(List.of(), hall.reviews.supervision());

        hall.day.set(LocalDate.of(2026, 9, 30)); // 30 September, then 8 October: one working day left
        List<Supervision> near = hall.reviews.supervision();
        assertEquals(1, near.size());
        assertEquals(number, near.get(0).caseNumber());
        assertEquals(Supervision.Level.NEAR_DUE, near.get(0).level());
        assertEquals(1, near.get(0).daysLeft());
        hall.reviews.supervision();
        assertEquals(0, hall.supervisor.raise());
        assertEquals(1, hall.events.size());
        assertEquals(number, hall.events.get(0).getProperty("case"));
        assertEquals(Supervision.RAISED_TOPIC, hall.events.get(0).getTopic());

        hall.day.set(LocalDate.of(2026, 10, 12)); // three working days past 8 October: 9, 10 (a swapped Saturday), 12
        List<Supervision> overdue = hall.reviews.supervision();
        assertEquals(List.of(number, later), overdue.stream().map(Supervision::caseNumber).toList());
        assertEquals(Supervision.Level.OVERDUE, overdue.get(0).level());
        assertEquals(-3, overdue.get(0).daysLeft());
        assertEquals(Supervision.Level.NEAR_DUE, overdue.get(1).level());
        assertEquals(List.of("CASE_SUPERVISED", "CASE_SUPERVISED"), hall.ledger(number));
        assertEquals(3, hall.events.size());
    }

    @Test
    public void aCaseWhoseClockIsStoppedOrThatIsDecidedIsNotListed() {
        String stopped = hall.inReview(ReviewBench.PERMIT, 5);
        String decided = hall.inReview(ReviewBench.PLAIN, 5);
        hall.day.set(LocalDate.of(2026, 9, 30));
        assertEquals(2, hall.reviews.supervision().size());
        hall.reviews.startSpecialProcedure(stopped, SpecialProcedure.INSPECTION, 3, "li", "桩基检测");
        hall.cases.act(decided, CaseAction.APPROVE, "li", "备案证明");
        assertEquals(List.of(), hall.reviews.supervision());
        hall.day.set(LocalDate.of(2026, 10, 12));
        assertEquals("a stopped clock is not overdue", List.of(), hall.reviews.supervision());
    }
}
