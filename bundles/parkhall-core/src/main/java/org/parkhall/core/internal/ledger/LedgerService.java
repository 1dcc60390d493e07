package org.parkhall.core.internal.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Ledger;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.InvalidInputException;

/** Reads the work ledger for the faces of the hall. */
@Component(service = Ledger.class)
public final class LedgerService implements Ledger {
    static final int MAX_LIMIT = 1000;

    private final Database database;
    private final HallCalendar calendar;

    @Activate
    public LedgerService(@Reference Database database, @Reference HallCalendar calendar) {
        this.database = database;
        this.calendar = calendar;
    }

    @Override
    public List<LedgerEvent> recent(int limit, SiteScope scope) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "查询条数须在1至" + MAX_LIMIT + "之间",
                    "limit must be between 1 and " + MAX_LIMIT);
        }
        return database.read(connection -> LedgerRecords.recent(connection, limit, scope));
    }

    @Override
    public void export(LocalDate from, LocalDate to, SiteScope scope, Sink sink) throws IOException {
        calendar.hallDay("from", from);
        calendar.hallDay("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "截止日期不能早于起始日期", "the range ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_EXPORT_DAYS) {
            throw new InvalidInputException("to", "一次最多导出 " + MAX_EXPORT_DAYS + " 天的台账，请分段导出",
                    "one export covers at most " + MAX_EXPORT_DAYS + " days; export the range in parts");
        }
        ZoneId zone = calendar.zone();
        try {
            database.read(connection -> {
                try {
                    return LedgerRecords.between(connection, from.atStartOfDay(zone).toInstant(),
                            to.plusDays(1).atStartOfDay(zone).toInstant(), scope, sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the reader gone away: stop reading, free the connection
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
