package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A monthly or quarterly report (月报、季报) of one site, or of the county ({@code site} empty): the whole hall, and per
 * counter, staff member, item and department. Open and overdue figures stand as at {@code asOf}: the period's last
 * day, or today while the period runs.
 *
 * @param workingDays the period's working days on the hall's calendar
 * @since 3.3
 */
public record PeriodReport(ReportPeriod period, String site, LocalDate asOf, int workingDays, ReportLine hall,
        List<ReportLine> counters, List<ReportLine> staff, List<ReportLine> items, List<ReportLine> departments) {

    public PeriodReport {
        counters = List.copyOf(counters);
        staff = List.copyOf(staff);
        items = List.copyOf(items);
        departments = List.copyOf(departments);
    }
}
