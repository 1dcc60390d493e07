package org.parkhall.core.internal.cases;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.JointApplication;
import org.parkhall.api.Site;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.notices.NoticeOutbox;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.catalog.ReviewStepsRecords;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.ReviewSteps;
import org.parkhall.spi.SpecialProcedure;

/**
 * A hall's cases and their review on one store, on a calendar whose day the test sets: the case and review
 * services, the supervisor with its events caught, and the staff of a housing and an emergency department.
 */
final class ReviewBench {
    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    /** What the housing department's permit declares: the IT's HOUS-CP-01 does the same. */
    static final ReviewSteps PERMIT_STEPS = ReviewSteps.NONE.countersignedBy("emergency").signedOffByLead()
            .extendableBy(10, Bilingual.of("《中华人民共和国行政许可法》第四十二条",
                    "Administrative Licensing Law of the PRC, article 42"))
            .withSpecialProcedures(ReviewSteps.LICENSING_SPECIAL_PROCEDURES, SpecialProcedure.EXPERT_REVIEW,
                    SpecialProcedure.INSPECTION);
    static final String PERMIT = "HOUS-CP-01";
    static final String PLAIN = "HOUS-FIN-01";

    /** The hall's day, moved by the test. */
    static final class Day extends Clock {
        private volatile LocalDate day;

        Day(LocalDate day) {
            this.day = day;
        }

        void set(LocalDate value) {
            day = value;
        }

        @Override
        public Instant instant() {
            return ZonedDateTime.of(day.atTime(10, 0), HALL).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return HALL;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    final Day day;
    final Database database;
    final CaseBook book;
    final CaseService cases;
    final CaseReviewService reviews;
    final CaseSupervisor supervisor;
    final List<Event> events = new ArrayList<>();
    private int numbers;

    ReviewBench(DataSource store, LocalDate today) throws SQLException {
        day = new Day(today);
        database = new Database(store);
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), day, 1);
        book = new CaseBook(database, calendar, TestFloor.sites(), new NoticeOutbox(database));
        cases = new CaseService(book, new NoCatalog());
        EventAdmin caught = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                synchronized (events) {
                    events.add(event);
                }
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
        supervisor = new CaseSupervisor(book, caught, new SettledConfiguration<>(new ConfigurationChecks(),
                CaseSupervisor.Settings::read, Map.of()));
        reviews = new CaseReviewService(book, new Staff(), supervisor);
        database.inTransaction(connection -> {
            ReviewStepsRecords.save(connection, PERMIT, PERMIT_STEPS, Instant.now());
            return null;
        });
    }

    /** A housing case of {@code item} in review, accepted today with a limit of {@code days} working days. */
    String inReview(String item, int days) {
        String number = String.format("PH20260923%04d", ++numbers);
        LocalDate today = book.calendar().today();
        CaseFile file = new CaseFile(number, item, "建筑工程施工许可证核发", "housing", "", List.of(),
                CaseState.IN_REVIEW, new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三", "13812345678"),
                Set.of(), Map.of(), new DeliveryChoice(DeliveryMode.WINDOW_PICKUP, ""), "WINDOW", List.of(), "", "",
                "", today, book.calendar().due(today, days), null, TimeStatus.NONE, Instant.now(), Instant.now());
        database.inTransaction(connection -> {
            CaseRecords.insert(connection, file, Site.COUNTY_CENTRE);
            return null;
        });
        return number;
    }

    CaseFile file(String number) {
        return cases.find(number).orElseThrow();
    }

    /** The case's ledger actions, oldest first. */
    List<String> ledger(String number) {
        return cases.history(number).stream().map(event -> event.action()).toList();
    }

    /** Housing's approvers li and wang, its lead zhao, and emergency's approver qian. */
    private static final class Staff implements StaffDirectory {
        private final Map<String, Set<String>> accounts = Map.of("li", Set.of("approver:housing"),
                "wang", Set.of("approver:housing"), "zhao", Set.of("lead:housing"),
                "qian", Set.of("approver:emergency"), "sun", Set.of("clerk"));

        @Override
        public List<StaffAccount> accounts() {
            return accounts.entrySet().stream().map(entry -> new StaffAccount(entry.getKey(), entry.getValue()))
                    .toList();
        }

        @Override
        public Optional<StaffAccount> account(String user) {
            return Optional.ofNullable(accounts.get(user)).map(roles -> new StaffAccount(user, roles));
        }

        @Override
        public StaffAccount add(String user, String password, Set<String> roles, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffAccount setRoles(String user, Set<String> roles, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(String user, String actor) {
            throw new UnsupportedOperationException();
        }
    }

    /** A catalog that knows no item: the notices are then issued in the department code's name. */
    private static final class NoCatalog implements Catalog {
        @Override
        public List<CatalogEntry> entries() {
            return List.of();
        }

        @Override
        public Optional<CatalogEntry> entry(String itemCode) {
            return Optional.empty();
        }

        @Override
        public List<CatalogEntry> search(String keyword, String department) {
            return List.of();
        }

        @Override
        public List<JointApplication> jointApplications() {
            return List.of();
        }
    }
}
