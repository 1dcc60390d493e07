package org.parkhall.shell.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.HallException;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.ReportLine;
import org.parkhall.api.Reports;
import org.parkhall.api.SiteScope;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.InvalidInputException;

/**
 * {@code hall:report [-m YYYY-MM | -q YYYY-Qn] [-s SITE]}: the monthly or quarterly report (月报、季报) of the county or
 * one site, per counter, staff member, item and department. The shell is for Karaf administrators alone (the
 * {@code hall} command ACL), who see the whole county.
 */
@Service
@Command(scope = "hall", name = "report", description = "Monthly or quarterly report / 月报、季报")
public final class ReportCommand implements Action {

    @Option(name = "-m", aliases = "--month", description = "月份 YYYY-MM，缺省为本月 / the month, YYYY-MM (this month if"
            + " neither -m nor -q)")
    private String month;

    @Option(name = "-q", aliases = "--quarter", description = "季度 YYYY-Qn，如 2026-Q4 / the quarter, YYYY-Qn")
    private String quarter;

    @Option(name = "-s", aliases = "--site", description = "站点代码，缺省为全旗 / the site's code (the county if omitted)")
    private String site;

    @Reference
    private Reports reports;

    @Reference
    private WorkingCalendar calendar;

    @Override
    public Object execute() {
        if (month != null && quarter != null) {
            System.out.println("请只给出 -m 或 -q 之一 / give -m or -q, not both");
            return null;
        }
        String period = month != null ? month : quarter != null ? quarter : YearMonth.now(calendar.zone()).toString();
        PeriodReport report;
        try {
            report = reports.report(period, site == null || site.isBlank() ? Optional.empty()
                    : Optional.of(site.strip()), SiteScope.COUNTY);
        } catch (InvalidInputException e) {
            System.out.println("无法生成报表 / no report: " + e.text());
            return null;
        } catch (HallException e) {
            System.out.println("无法生成报表 / no report: " + e.text());
            return null;
        }
        System.out.println("报表期 period " + report.period().code() + "（" + report.period().first() + " ~ "
                + report.period().last() + "，工作日 " + report.workingDays() + " working days），截至 as of "
                + report.asOf() + "，" + (report.site().isEmpty() ? "全旗 county" : "站点 site " + report.site()));
        section("全厅 hall", List.of(report.hall()));
        section("窗口 counters", report.counters());
        section("人员 staff", report.staff());
        section("事项 items", report.items());
        section("部门 departments", report.departments());
        return null;
    }

    private static void section(String title, List<ReportLine> lines) {
        System.out.println();
        System.out.println(title);
        if (lines.isEmpty()) {
            System.out.println("  暂无数据 / no data");
            return;
        }
        HallTable table = new HallTable();
        table.column("对象 of");
        table.column("办结 served").alignRight();
        table.column("等候 avg/p90").alignRight();
        table.column("受理 accepted").alignRight();
        table.column("办结件 decided").alignRight();
        table.column("按时率 on time").alignRight();
        table.column("评价 rated").alignRight();
        table.column("满意率 satisfied").alignRight();
        table.column("差评 bad").alignRight();
        table.column("办件 open/overdue").alignRight();
        table.column("记录 open/overdue").alignRight();
        table.column("整改 open/overdue").alignRight();
        for (ReportLine l : lines) {
            table.addRow(l.key(), l.served(), l.averageWait() == null ? null : l.averageWait() + "/" + l.p90Wait()
                    + " min", l.accepted(), l.decided(), percent(l.onTime(), l.decided()), l.ratings(),
                    percent(l.satisfaction(), l.ratings()), l.badRatings(), pair(l.openCases(), l.overdueCases()),
                    pair(l.openRecords(), l.overdueRecords()), pair(l.openRectifications(), l.overdueRectifications()));
        }
        table.print(System.out);
    }

    /** A share as a percentage; "-" where the row has no such figure, "—" where there was nothing to count. */
    private static String percent(Double share, Integer of) {
        return share == null ? null : of == 0 ? "—" : Math.round(share * 1000) / 10.0 + "%";
    }

    private static String pair(Integer open, Integer overdue) {
        return open == null ? null : open + "/" + overdue;
    }
}
