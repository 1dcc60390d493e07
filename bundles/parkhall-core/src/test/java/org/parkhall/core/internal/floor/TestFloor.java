package org.parkhall.core.internal.floor;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parkhall.api.Priority;
import org.parkhall.api.Ticket;
import org.parkhall.api.HallConfiguration;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.core.internal.store.Database;

/** A real floor for other packages' tests: queue A served by the given counters, on today's clock. */
public final class TestFloor {
    private static final HallConfiguration CONFIGURATIONS = new ConfigurationChecks();
    private TestFloor() {
    }

    /** The sites of a hall that configures none: the built-in county centre, served here. */
    public static SiteDirectory sites() {
        return new SiteDirectory(CONFIGURATIONS, Map.of());
    }

    public static HallCalendar calendar() {
        return new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), Clock.systemUTC(), 1);
    }

    public static FloorService open(Database database, HallCalendar calendar, int... counters) {
        return open(database, calendar, layout(counters));
    }

    /** Queue A served by these counters. */
    public static FloorLayout layout(int... counters) {
        FloorLayout layout = new FloorLayout();
        layout.addQueue(new QueueDefinition(CONFIGURATIONS,
                Map.of("letter", "A", "name.zh", "综合受理", "name.en", "Comprehensive intake")));
        for (int counter : counters) {
            layout.addCounter(new CounterDefinition(CONFIGURATIONS,
                    Map.of("number", counter, "name", counter + "号窗口", "queues", new String[] {"A"})));
        }
        return layout;
    }

    public static FloorService open(Database database, HallCalendar calendar, FloorLayout layout) {
        return open(database, calendar, layout, sites());
    }

    /** A floor of {@code sites}' site here (a node of that site), announcing its calls to no display. */
    public static FloorService open(Database database, HallCalendar calendar, FloorLayout layout,
            SiteDirectory sites) {
        EventAdmin quiet = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
            }

            @Override
            public void sendEvent(Event event) {
            }
        };
        return open(database, calendar, new FloorEvents(database, quiet), layout, sites);
    }

    /** A floor whose calls go out through {@code events}, e.g. to another node. */
    public static FloorService open(Database database, HallCalendar calendar, FloorEvents events, int... counters) {
        return open(database, calendar, events, layout(counters), sites());
    }

    private static FloorService open(Database database, HallCalendar calendar, FloorEvents events,
            FloorLayout layout, SiteDirectory sites) {
        return new FloorService(database, calendar, layout, events, CONFIGURATIONS, sites, Map.of());
    }

    /** Signs in at {@code counter}, serves one new ticket of queue A to the end and signs out: the finished ticket. */
    public static Ticket serveOne(FloorService floor, int counter) {
        floor.signIn(counter, "周敏");
        String label = floor.issue("A", Priority.NONE, "kiosk").label();
        floor.callNext(counter, "周敏");
        floor.startService(counter, "周敏");
        Ticket done = floor.finishService(counter, List.of(), "周敏");
        floor.signOut(counter, "周敏");
        if (!done.label().equals(label)) {
            throw new IllegalStateException("served " + done.label() + ", not the new ticket " + label);
        }
        return done;
    }
}
