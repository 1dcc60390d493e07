package org.parkhall.core.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CaseFile;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Supervision;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.ConfigurationReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervision (督办): raises the open cases whose clock runs and that are near their due date (within
 * {@code nearDueDays} working days) or past it, to their department and the hall admin, once per case and level: a
 * row and a ledger entry in one transaction, then an event ({@link Supervision#RAISED_TOPIC}) for whoever sends
 * notices. A round runs every {@code intervalMinutes}, on one node at a time, and before each list.
 */
@Component(service = CaseSupervisor.class, configurationPid = "org.parkhall.supervision")
@Designate(ocd = CaseSupervisor.Config.class)
public final class CaseSupervisor {
    private static final Logger LOG = LoggerFactory.getLogger(CaseSupervisor.class);
    static final String ROUND_JOB = "cases-supervision";
    static final int NEAR_DUE_DAYS = 2;
    static final int INTERVAL_MINUTES = 10;

    @ObjectClassDefinition(name = "%supervision", description = "%supervision.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%supervision.nearDueDays", description = "%supervision.nearDueDays.description")
        int nearDueDays() default NEAR_DUE_DAYS;

        @AttributeDefinition(name = "%supervision.intervalMinutes",
                description = "%supervision.intervalMinutes.description")
        int intervalMinutes() default INTERVAL_MINUTES;
    }

    /** The supervision's settings, as checked. */
    record Settings(int nearDueDays, int intervalMinutes) {
        static Settings read(ConfigurationReader read) {
            return new Settings(read.integer("nearDueDays", NEAR_DUE_DAYS, 0, 30),
                    read.integer("intervalMinutes", INTERVAL_MINUTES, 1, 1440));
        }
    }

    private final CaseBook book;
    private final EventAdmin events;
    private final SettledConfiguration<Settings> settings;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "parkhall-supervision"));
    private ScheduledFuture<?> scheduled;

    @Activate
    public CaseSupervisor(@Reference CaseBook book, @Reference EventAdmin events,
            @Reference HallConfiguration configurations, Map<String, Object> properties) {
        this(book, events, new SettledConfiguration<>(configurations, Settings::read, properties));
        schedule();
    }

    CaseSupervisor(CaseBook book, EventAdmin events, SettledConfiguration<Settings> settings) {
        this.book = book;
        this.events = events;
        this.settings = settings;
    }

    @Modified
    void configure(Map<String, Object> properties) {
        settings.take(properties);
        schedule();
    }

    @Deactivate
    void stop() {
        rounds.shutdownNow();
    }

    private synchronized void schedule() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        int minutes = settings.value().intervalMinutes();
        scheduled = rounds.scheduleWithFixedDelay(this::raiseLogged, 1, minutes * 60L, TimeUnit.SECONDS);
    }

    private void raiseLogged() {
        try {
            int raised = raise();
            if (raised > 0) {
                LOG.info("Raised {} case(s) for supervision", raised);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not raise cases for supervision; will try again at the next round", e);
        }
    }

    /** Raises what is due and not raised at its level yet; answers how many raises were made. */
    int raise() {
        return book.database().inTransactionAlone(ROUND_JOB, connection -> {
            LocalDate today = book.calendar().today();
            LocalDate horizon = book.calendar().due(today, settings.value().nearDueDays());
            int raised = 0;
            for (CaseFile file : CaseRecords.dueBy(connection, horizon, SiteScope.COUNTY, book.timing())) {
                Supervision.Level level = today.isAfter(file.dueOn()) ? Supervision.Level.OVERDUE
                        : Supervision.Level.NEAR_DUE;
                if (ReviewRecords.raised(connection, file.number(), level)) {
                    continue;
                }
                ReviewRecords.insertRaise(connection, file.number(), level, file.department(), file.dueOn(),
                        book.now());
                Map<String, String> details = new LinkedHashMap<>();
                details.put("level", level.name());
                details.put("dueOn", file.dueOn().toString());
                details.put("department", file.department());
                book.record(connection, file, "hall", "CASE_SUPERVISED", details);
                Event raisedEvent = new Event(Supervision.RAISED_TOPIC, Map.of("case", file.number(),
                        "department", file.department(), "level", level.name(), "dueOn", file.dueOn().toString()));
                book.database().afterCommit(() -> events.postEvent(raisedEvent));
                raised++;
            }
            return raised;
        }).orElse(0);
    }

    /** Runs a round, then lists every raised case whose clock still runs at its highest level, most urgent first. */
    List<Supervision> raiseAndList() {
        raise();
        return book.database().read(connection -> {
            Map<String, ReviewRecords.Raise> highest = new LinkedHashMap<>();
            for (ReviewRecords.Raise raise : ReviewRecords.openRaises(connection)) {
                highest.merge(raise.number(), raise, (a, b) -> a.level().compareTo(b.level()) >= 0 ? a : b);
            }
            List<Supervision> listed = new ArrayList<>();
            for (ReviewRecords.Raise raise : highest.values()) {
                CaseFile file = book.reread(connection, raise.number());
                if (!file.state().clockRunning()) {
                    continue;
                }
                listed.add(new Supervision(file.number(), file.itemName(), file.department(), file.state(),
                        file.dueOn(), book.calendar().workingDaysLeft(file.dueOn()), raise.level(), raise.at(),
                        ReviewRecords.claim(connection, file.number()).map(ReviewRecords.Claim::approver).orElse("")));
            }
            listed.sort(Comparator.comparingInt(Supervision::daysLeft).thenComparing(Supervision::caseNumber));
            return listed;
        });
    }
}
