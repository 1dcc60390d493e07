package org.parkhall.core.internal.statistics;

import static org.junit.Assert.assertEquals;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.DayStatistics;
import org.parkhall.api.FloorFigures;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.Ticket;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.ratings.RatingService;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.Times;

public class StatisticsServiceTest {
    private Database database;
    private FloorService floor;
    private StatisticsService statistics;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        HallCalendar calendar = TestFloor.calendar();
        FloorLayout layout = TestFloor.layout(1, 2);
        floor = TestFloor.open(database, calendar, layout);
        statistics = new StatisticsService(database, calendar, layout);
    }

    /**
     * Ten visits, five at each counter, eight of them rated (one of counter 1's badly), and one case rated with its
     * query code: every row that has ratings counts them, not 0 / —.
     */
    @Test
    public void ratingsCountForTheQueueCounterHourAndDepartmentOfTheirVisit() {
        List<Ticket> atOne = new ArrayList<>();
        List<Ticket> atTwo = new ArrayList<>();
        for (int visit = 0; visit < 5; visit++) {
            atOne.add(TestFloor.serveOne(floor, 1));
            atTwo.add(TestFloor.serveOne(floor, 2));
        }
        rate(RatingService.subject(atOne.get(0)), "hall", RatingLevel.SATISFIED);
        rate(RatingService.subject(atOne.get(1)), "hall", RatingLevel.VERY_SATISFIED);
        rate(RatingService.subject(atOne.get(2)), "hall", RatingLevel.BASICALLY_SATISFIED);
        rate(RatingService.subject(atOne.get(3)), "hall", RatingLevel.DISSATISFIED);
        for (int visit = 0; visit < 4; visit++) {
            rate(RatingService.subject(atTwo.get(visit)), "hall", RatingLevel.SATISFIED);
        }
        rate("case:PH202612020001", "amr", RatingLevel.SATISFIED);

        DayStatistics day = statistics.today();
        assertRatings(day.hall(), 9, 8.0 / 9);
        assertEquals("one queue", 1, day.queues().size());
        assertRatings(day.queues().get(0), 8, 7.0 / 8);
        assertRatings(figures(day.counters(), "1"), 4, 3.0 / 4);
        assertRatings(figures(day.counters(), "2"), 4, 1.0);
        assertEquals("every visit's rating in its arrival hour", 8,
                day.hours().stream().mapToInt(FloorFigures::ratings).sum());
        assertRatings(figures(day.departments(), "hall"), 8, 7.0 / 8);
        assertRatings(figures(day.departments(), "amr"), 1, 1.0);
    }

    private static void assertRatings(FloorFigures figures, int ratings, double satisfaction) {
        assertEquals(figures.key() + " ratings", ratings, figures.ratings());
        assertEquals(figures.key() + " satisfaction", satisfaction, figures.satisfaction(), 0.001);
    }

    private static FloorFigures figures(List<FloorFigures> rows, String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
    }

    /** A rating as the rating service stores it (its rules are RatingServiceTest's). */
    private void rate(String subject, String department, RatingLevel overall) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rating (subject, department,"
                    + " overall, efficiency, competence, attitude, comment_text, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, subject);
                insert.setString(2, department);
                for (int level = 3; level <= 6; level++) {
                    insert.setString(level, overall.name());
                }
                insert.setString(7, overall.bad() ? "等候时间长" : "");
                insert.setTimestamp(8, Timestamp.from(Instant.now()), Times.utc());
                return insert.executeUpdate();
            }
        });
    }
}
