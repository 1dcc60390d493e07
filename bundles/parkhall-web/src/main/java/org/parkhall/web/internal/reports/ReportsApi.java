package org.parkhall.web.internal.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.ReportLine;
import org.parkhall.api.Reports;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.api.Download;
import org.parkhall.web.internal.ledger.LedgerApi;

/**
 * Monthly and quarterly reports ({@code ?period=2026-11} or {@code 2026-Q4}, {@code &site=PARK} optional) as JSON
 * and as CSV that Excel opens: UTF-8 with a byte-order mark, CRLF, bilingual headers, text cells inert. A site admin
 * sees their site's alone, as with the county statistics.
 */
@Component(service = ReportsApi.class)
public final class ReportsApi {
    private static final String[] HEADER = {"分组 section", "对象 of", "办结取号 served", "平均等候(分) avg wait (min)",
        "P90等候(分) p90 wait (min)", "受理 accepted", "办结 decided", "按时办结 decided on time",
        "按时率 on-time rate", "评价 ratings", "满意率 satisfaction", "差评 bad ratings", "在办办件 open cases",
        "超期办件 overdue cases", "在办记录 open records", "超期记录 overdue records", "在办整改 open rectifications",
        "超期整改 overdue rectifications"};

    private final Reports reports;

    @Activate
    public ReportsApi(@Reference Reports reports) {
        this.reports = reports;
    }

    public Object report(Call call) {
        return find(call);
    }

    public Download export(Call call) {
        PeriodReport report = find(call);
        String name = "report-" + report.period().code() + "-" + (report.site().isEmpty() ? "county" : report.site())
                + ".csv";
        return new Download("text/csv; charset=UTF-8", name, out -> csv(report, out));
    }

    private PeriodReport find(Call call) {
        String site = call.query("site");
        return reports.report(call.query("period"), site == null || site.isBlank() ? Optional.empty()
                : Optional.of(site.strip()), call.viewer().siteScope().orElseThrow());
    }

    /** One table: a row per section and key, the report's period and as-of day in the first line. */
    static void csv(PeriodReport report, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADER).get());
        print(csv, "全厅 hall", List.of(report.hall()));
        print(csv, "窗口 counter", report.counters());
        print(csv, "人员 staff", report.staff());
        print(csv, "事项 item", report.items());
        print(csv, "部门 department", report.departments());
        csv.printRecord("报表期 period", report.period().code(), "截至 as of", report.asOf(), "站点 site",
                report.site().isEmpty() ? "全旗 county" : report.site(), "工作日 working days", report.workingDays());
        csv.flush();
    }

    private static void print(CSVPrinter csv, String section, List<ReportLine> lines) throws IOException {
        for (ReportLine line : lines) {
            List<Object> cells = new ArrayList<>(List.of(section, LedgerApi.inert(line.key())));
            cells.addAll(Arrays.asList(line.served(), line.averageWait(), line.p90Wait(), line.accepted(),
                    line.decided(), line.decidedOnTime(), line.onTime(), line.ratings(), line.satisfaction(),
                    line.badRatings(), line.openCases(), line.overdueCases(), line.openRecords(),
                    line.overdueRecords(), line.openRectifications(), line.overdueRectifications()));
            csv.printRecord(cells.stream().map(cell -> cell == null ? "" : cell).toList());
        }
    }
}
