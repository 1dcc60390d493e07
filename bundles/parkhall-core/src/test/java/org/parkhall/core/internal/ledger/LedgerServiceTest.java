package org.parkhall.core.internal.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.LedgerEvent;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.InvalidInputException;

public class LedgerServiceTest {
    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    private LedgerService ledger;

    @Before
    public void ledgerOfThreeHallDays() throws SQLException {
        Database database = new Database(InMemoryDerby.fresh());
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null),
                Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), HALL), 1);
        ledger = new LedgerService(database, calendar);
        database.inTransaction(connection -> {
            // hall time 23:59:59 on the 22nd, 00:00 on the 23rd (16:00 UTC the day before), noon, and the 24th
            append(connection, "2026-11-22T15:59:59Z", "A");
            append(connection, "2026-11-23T04:00:00Z", "C"); // written first, happened later
            append(connection, "2026-11-22T16:00:00Z", "B");
            append(connection, "2026-11-24T01:00:00Z", "D");
            return null;
        });
    }

    private static void append(Connection connection, String time, String subject) throws SQLException {
        LedgerRecords.append(connection, Instant.parse(time), "clerk", "TEST", subject, "{}");
    }

    @Test
    public void exportsTheHallDaysOfTheRangeInTimeOrder() throws IOException {
        assertEquals(List.of("B", "C"), subjects(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)));
        assertEquals(List.of("A", "B", "C", "D"), subjects(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertEquals(List.of(), subjects(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    public void refusesAReversedOrOverlongRange() {
        InvalidInputException reversed = assertThrows(InvalidInputException.class,
                () -> subjects(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
        assertEquals("to", reversed.field());
        assertThrows(InvalidInputException.class, () -> subjects(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)));
        subjects(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)); // a leap year, 366 days, is allowed
    }

    @Test
    public void stopsReadingWhenTheReaderGoesAway() {
        List<LedgerEvent> taken = new ArrayList<>();
        IOException gone = new IOException("client closed the connection");
        IOException thrown = assertThrows(IOException.class, () -> ledger.export(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), event -> {
                    taken.add(event);
                    throw gone;
                }));
        assertSame(gone, thrown);
        assertEquals(1, taken.size());
        assertEquals(4, ledger.recent(10).size()); // the store is still usable
    }

    private List<String> subjects(LocalDate from, LocalDate to) {
        List<String> subjects = new ArrayList<>();
        try {
            ledger.export(from, to, event -> subjects.add(event.subject()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return subjects;
    }
}
