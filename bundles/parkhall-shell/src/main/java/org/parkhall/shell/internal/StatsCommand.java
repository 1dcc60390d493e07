package org.parkhall.shell.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.CaseFigures;
import org.parkhall.api.DayStatistics;
import org.parkhall.api.FloorFigures;
import org.parkhall.api.Statistics;

/**
 * {@code hall:stats [-d YYYY-MM-DD]}: the day's figures for the hall, each queue, counter, department, hour and staff
 * member.
 */
@Service
@Command(scope = "hall", name = "stats", description = "The day's statistics / 当日统计")
public final class StatsCommand implements Action {

    @Option(name = "-d", aliases = "--day", description = "日期 YYYY-MM-DD，缺省为今天 / the day, YYYY-MM-DD (today if omitted)")
    private String day;

    @Reference
    private Statistics statistics;

    @Override
    public Object execute() {
        LocalDate chosen = Days.parse(day);
        DayStatistics stats = chosen == null ? statistics.today() : statistics.day(chosen);
        HallTable table = new HallTable();
        table.column("For / 对象");
        table.column("Issued / 取号").alignRight();
        table.column("Served / 办结").alignRight();
        table.column("No-show / 过号").alignRight();
        table.column("Wait avg/p90 / 等候").alignRight();
        table.column("Service avg/p90 / 办理").alignRight();
        table.column("In target / 达标").alignRight();
        table.column("Rated / 评价").alignRight();
        table.column("Satisfied / 好评率").alignRight();
        add(table, "全厅 hall", List.of(stats.hall()));
        add(table, "队列 ", stats.queues());
        add(table, "窗口 ", stats.counters());
        add(table, "部门 ", stats.departments());
        add(table, "时段 ", stats.hours());
        add(table, "人员 ", stats.staff());
        System.out.println(stats.day());
        table.print(System.out);
        CaseFigures cases = stats.cases();
        System.out.println("办结 decided " + cases.decided() + "，按时 on time " + cases.decidedOnTime() + " ("
                + Math.round(cases.onTime() * 100) + "%)，在办超期 overdue open " + cases.overdueOpen());
        return null;
    }

    private static void add(HallTable table, String prefix, List<FloorFigures> figures) {
        for (FloorFigures f : figures) {
            table.addRow(prefix.endsWith(" ") ? prefix + f.key() : prefix, f.issued(), f.served(),
                    f.noShows(), f.averageWait() + "/" + f.p90Wait() + " min",
                    f.averageService() + "/" + f.p90Service() + " min", Math.round(f.withinTarget() * 100) + "%",
                    f.ratings(), Math.round(f.satisfaction() * 100) + "%");
        }
    }
}
