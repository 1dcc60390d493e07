package org.parkhall.web.internal.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Ledger;
import org.parkhall.api.SiteScope;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.api.Download;
import org.parkhall.web.internal.http.ApiJson;
import org.parkhall.web.internal.http.Body;

/**
 * The work ledger (工作台账):
 * <ul>
 * <li>{@code ?limit=50}: the newest entries, newest first, for the console;</li>
 * <li>the export, {@code ?from=2026-11-01&to=2026-11-30&format=csv|jsonl}: every entry of those hall
 * days, oldest first, as a download streamed while it is read. CSV (with a byte-order mark, so that Excel reads
 * the Chinese right) is for people; JSON lines, one event per line as the API writes it, for programs.</li>
 * </ul>
 * A site admin's list and export hold the entries about their sites' cases alone (filtered in the query).
 */
@Component(service = LedgerApi.class)
public final class LedgerApi {
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Ledger ledger;
    private final WorkingCalendar calendar;

    @Activate
    public LedgerApi(@Reference Ledger ledger, @Reference WorkingCalendar calendar) {
        this.ledger = ledger;
        this.calendar = calendar;
    }

    public Object recent(Call call) {
        return Map.of("events", ledger.recent(call.limit(50), call.viewer().siteScope().orElseThrow()).stream().map(LedgerWording::worded).toList());
    }

    public Download export(Call call) {
        LocalDate from = Body.day("from", call.query("from"));
        LocalDate to = Body.day("to", call.query("to"));
        String format = call.query("format") == null ? "csv" : call.query("format");
        SiteScope scope = call.viewer().siteScope().orElseThrow();
        String fileName = "ledger-" + from + "_" + to + "." + format;
        return switch (format) {
            case "csv" -> new Download("text/csv; charset=UTF-8", fileName, out -> csv(from, to, scope, out));
            case "jsonl" -> new Download("application/x-ndjson; charset=UTF-8", fileName,
                    out -> jsonLines(from, to, scope, out));
            default -> throw new InvalidInputException("format", "format 须为 csv 或 jsonl",
                    "format must be csv or jsonl");
        };
    }

    private void csv(LocalDate from, LocalDate to, SiteScope scope, OutputStream out) throws IOException {
        ZoneId zone = calendar.zone();
        Writer writer = writer(out);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader("序号 seq",
                "时间 time (" + zone + ")", "操作人 actor", "操作 action", "对象 subject", "详情 data").get());
        ledger.export(from, to, scope, event -> csv.printRecord(event.sequence(),
                CSV_TIME.format(event.time().atZone(zone)), inert(event.actor()), inert(event.action()),
                inert(event.subject()), inert(event.data())));
        csv.flush();
    }

    /**
     * The text with a leading apostrophe if a spreadsheet would otherwise run it as a formula (a user or subject
     * named "=HYPERLINK(…)"): the export is opened in Excel, and its cells must stay text.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void jsonLines(LocalDate from, LocalDate to, SiteScope scope, OutputStream out) throws IOException {
        Writer writer = writer(out);
        ledger.export(from, to, scope, event -> {
            writer.write(ApiJson.GSON.toJson(event));
            writer.write('\n');
        });
        writer.flush();
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }
}
