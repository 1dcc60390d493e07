package org.parkhall.core.internal.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.parkhall.api.FloorFigures;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.ReportLine;
import org.parkhall.api.ReportPeriod;

/**
 * A period report being counted: one row for the hall and one per key of each section. Which figures a section
 * has is said once, in {@link Section}: what does not belong to a counter (its overdue cases) is left out, not 0.
 */
final class ReportTally {

    /** A kind of figure of a report row. */
    enum Measure { VISITS, ACCEPTED, DECISIONS, RATINGS, CASES, RECORDS, RECTIFICATIONS }

    /** A section of the report and the figures its rows have. */
    enum Section {
        HALL(EnumSet.allOf(Measure.class)),
        COUNTERS(EnumSet.of(Measure.VISITS, Measure.ACCEPTED, Measure.RATINGS)),
        STAFF(EnumSet.of(Measure.VISITS, Measure.ACCEPTED, Measure.DECISIONS, Measure.RATINGS, Measure.RECORDS)),
        ITEMS(EnumSet.of(Measure.VISITS, Measure.ACCEPTED, Measure.DECISIONS, Measure.RATINGS, Measure.CASES,
                Measure.RECORDS)),
        DEPARTMENTS(EnumSet.of(Measure.VISITS, Measure.ACCEPTED, Measure.DECISIONS, Measure.RATINGS, Measure.CASES,
                Measure.RECTIFICATIONS));

        final Set<Measure> measures;

        Section(Set<Measure> measures) {
            this.measures = measures;
        }
    }

    /** What one row has counted so far. */
    private static final class Row {
        final List<FigureCalculator.Visit> visits = new ArrayList<>();
        final List<RatingLevel> ratings = new ArrayList<>();
        int accepted;
        int decided;
        int decidedOnTime;
        int openCases;
        int overdueCases;
        int openRecords;
        int overdueRecords;
        int openRectifications;
        int overdueRectifications;
    }

    private final Set<Measure> counted;
    private final Map<Section, Map<String, Row>> sections = new EnumMap<>(Section.class);

    /** A tally of the {@code counted} measures (a site's report counts no work records). */
    ReportTally(Set<Measure> counted) {
        this.counted = Set.copyOf(counted);
        for (Section section : Section.values()) {
            sections.put(section, new TreeMap<>());
        }
    }

    private Row row(Section section, String key) {
        return sections.get(section).computeIfAbsent(key, k -> new Row());
    }

    private Row hall() {
        return row(Section.HALL, FloorRecords.HALL);
    }

    /** A visit: for its counter, who served it, and the item and department of its first case. */
    void visit(FigureCalculator.Visit visit, FloorRecords.Produced produced, String staff, int accepted) {
        List<Row> rows = new ArrayList<>(List.of(hall(), row(Section.DEPARTMENTS, produced.department())));
        if (!produced.item().equals(FloorRecords.HALL)) {
            rows.add(row(Section.ITEMS, produced.item()));
        }
        List<Row> servers = new ArrayList<>();
        if (visit.counter() > 0) {
            servers.add(row(Section.COUNTERS, String.valueOf(visit.counter())));
        }
        if (!staff.isEmpty()) {
            servers.add(row(Section.STAFF, staff));
        }
        servers.forEach(row -> row.accepted += accepted);
        rows.addAll(servers);
        rows.forEach(row -> row.visits.add(visit));
    }

    void accepted(String item, String department) {
        for (Row row : List.of(hall(), row(Section.ITEMS, item), row(Section.DEPARTMENTS, department))) {
            row.accepted++;
        }
    }

    void decided(FloorRecords.Decision decision) {
        for (Row row : List.of(hall(), row(Section.ITEMS, decision.item()),
                row(Section.DEPARTMENTS, decision.department()), row(Section.STAFF, decision.actor()))) {
            row.decided++;
            row.decidedOnTime += decision.onTime() ? 1 : 0;
        }
    }

    /** A rating, for the counter, staff member, items and department it names. */
    void rated(FloorRecords.Rated rated) {
        List<Row> rows = new ArrayList<>(List.of(hall(), row(Section.DEPARTMENTS, rated.department())));
        if (rated.counter() > 0) {
            rows.add(row(Section.COUNTERS, String.valueOf(rated.counter())));
        }
        if (!rated.staff().isEmpty()) {
            rows.add(row(Section.STAFF, rated.staff()));
        }
        rated.items().forEach(item -> rows.add(row(Section.ITEMS, item)));
        rows.forEach(row -> row.ratings.add(rated.overall()));
    }

    void openCase(String item, String department, boolean overdue) {
        for (Row row : List.of(hall(), row(Section.ITEMS, item), row(Section.DEPARTMENTS, department))) {
            row.openCases++;
            row.overdueCases += overdue ? 1 : 0;
        }
    }

    void openRecord(String owner, List<String> items, boolean overdue) {
        List<Row> rows = new ArrayList<>(List.of(hall()));
        if (!owner.isEmpty()) {
            rows.add(row(Section.STAFF, owner));
        }
        items.forEach(item -> rows.add(row(Section.ITEMS, item)));
        for (Row row : rows) {
            row.openRecords++;
            row.overdueRecords += overdue ? 1 : 0;
        }
    }

    void openRectification(String department, boolean overdue) {
        for (Row row : List.of(hall(), row(Section.DEPARTMENTS, department))) {
            row.openRectifications++;
            row.overdueRectifications += overdue ? 1 : 0;
        }
    }

    PeriodReport report(ReportPeriod period, String site, LocalDate asOf, int workingDays) {
        return new PeriodReport(period, site, asOf, workingDays, line(Section.HALL, FloorRecords.HALL, hall()),
                lines(Section.COUNTERS), lines(Section.STAFF), lines(Section.ITEMS), lines(Section.DEPARTMENTS));
    }

    private List<ReportLine> lines(Section section) {
        return sections.get(section).entrySet().stream().map(entry -> line(section, entry.getKey(), entry.getValue()))
                .toList();
    }

    private ReportLine line(Section section, String key, Row row) {
        Set<Measure> has = EnumSet.noneOf(Measure.class);
        has.addAll(section.measures);
        has.retainAll(counted);
        FloorFigures floor = FigureCalculator.figures(key, row.visits, row.ratings);
        boolean visits = has.contains(Measure.VISITS);
        boolean decisions = has.contains(Measure.DECISIONS);
        boolean ratings = has.contains(Measure.RATINGS);
        boolean cases = has.contains(Measure.CASES);
        boolean records = has.contains(Measure.RECORDS);
        boolean rectifications = has.contains(Measure.RECTIFICATIONS);
        return new ReportLine(key, visits ? floor.served() : null, visits ? floor.averageWait() : null,
                visits ? floor.p90Wait() : null, has.contains(Measure.ACCEPTED) ? row.accepted : null,
                decisions ? row.decided : null, decisions ? row.decidedOnTime : null,
                decisions ? FigureCalculator.share(row.decidedOnTime, row.decided) : null,
                ratings ? floor.ratings() : null, ratings ? floor.satisfaction() : null,
                ratings ? (int) row.ratings.stream().filter(RatingLevel::bad).count() : null,
                cases ? row.openCases : null, cases ? row.overdueCases : null, records ? row.openRecords : null,
                records ? row.overdueRecords : null, rectifications ? row.openRectifications : null,
                rectifications ? row.overdueRectifications : null);
    }
}
