package org.parkhall.web.internal.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.OpenedRecord;
import org.parkhall.api.RecordAction;
import org.parkhall.api.RecordChannel;
import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordConcern;
import org.parkhall.api.RecordKind;
import org.parkhall.api.RecordParty;
import org.parkhall.api.RecordQuery;
import org.parkhall.api.RecordRequest;
import org.parkhall.api.RecordState;
import org.parkhall.api.TryLimits;
import org.parkhall.api.WorkRecord;
import org.parkhall.api.WorkRecords;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.Applicant;
import org.parkhall.web.internal.access.ApplicantProofs;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.api.Download;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.ledger.LedgerApi;

/**
 * The special windows' work records: the desk records one ({@code POST}, the kind's fields, see
 * {@link RecordRequest}), lists them ({@code ?kind=&state=&from=&to=&owner=&limit=}, masked), opens one and takes its
 * steps ({@code {action, note}}); the hall admin assigns, schedules on-site visits, sees what is overdue, counts
 * per staff member and downloads a topic ledger (专项工作台账) as CSV. The public asks for on-site service and
 * follows a complaint or a request with its query code.
 */
@Component(service = RecordsApi.class, configurationPid = "org.parkhall.web.onsite")
@Designate(ocd = RecordsApi.Config.class)
public final class RecordsApi {
    /** Reads choices given as query parameters, naming them in refusals. */
    private static final Body NO_BODY = new Body(new JsonObject());
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ObjectClassDefinition(name = "Parkhall on-site service requests")
    public @interface Config {
        @AttributeDefinition(description = "On-site service requests one client address may send within the window")
        int requestsPerClient() default 3;

        @AttributeDefinition(description = "Minutes a window of requests lasts")
        int windowMinutes() default 60;

        @AttributeDefinition(description = "Clients remembered at most (a bound on the store's table)")
        int tracked() default 10000;
    }

    private final WorkRecords records;
    private final WorkingCalendar calendar;
    private final ApplicantProofs proofs;
    private final TryLimits tries;
    private final OnsiteRequestLimit onsiteLimit;

    @Activate
    public RecordsApi(@Reference WorkRecords records, @Reference WorkingCalendar calendar,
            @Reference ApplicantProofs proofs, @Reference TryLimits tries, Config config) {
        this.records = records;
        this.calendar = calendar;
        this.proofs = proofs;
        this.tries = tries;
        this.onsiteLimit = new OnsiteRequestLimit(config.requestsPerClient(),
                Duration.ofMinutes(config.windowMinutes()), config.tracked());
    }

    public Object open(Call call) {
        Body body = call.body();
        RecordKind kind = body.choice("kind", RecordKind.class);
        return opened(records.open(request(body, kind, body.choice("channel", RecordChannel.class)), call.actor()));
    }

    /** An enterprise asks for on-site service online: throttled per client, answered with its query code. */
    public Object requestOnsite(Call call) {
        Body body = call.body();
        RecordRequest request = request(body, RecordKind.ONSITE, RecordChannel.ONLINE);
        onsiteLimit.count(tries, call.request().getRemoteAddr());
        OpenedRecord opened = records.open(request, call.actor());
        return Map.of("record", RecordViews.forPublic(opened.record()), "queryCode", opened.queryCode());
    }

    public Object list(Call call) {
        return Map.of("records", records.list(query(call, call.limit(100))).stream().map(RecordViews::line).toList());
    }

    public Object overdue(Call call) {
        return Map.of("records", records.overdue().stream().map(RecordViews::line).toList());
    }

    public Object record(Call call) {
        return find(call.parameter("number"));
    }

    public Object step(Call call) {
        Body body = call.body();
        return records.step(call.parameter("number"), body.choice("action", RecordAction.class), body.text("note"),
                call.actor());
    }

    public Object assign(Call call) {
        return records.assign(call.parameter("number"), call.body().text("owner"), call.actor());
    }

    public Object schedule(Call call) {
        Body body = call.body();
        return records.schedule(call.parameter("number"), body.day("day"), body.text("owner"), call.actor());
    }

    public Object perStaff(Call call) {
        RecordKind kind = call.query("kind") == null ? RecordKind.ASSISTED
                : NO_BODY.choice("kind", RecordKind.class, call.query("kind"));
        return Map.of("counts", records.perStaff(kind, Body.day("from", call.query("from")),
                Body.day("to", call.query("to"))));
    }

    /** The person follows their complaint or on-site request with its query code; throttled like every proof. */
    public Object publicRecord(Call call) {
        String number = call.parameter("number");
        return proofs.record(call.request(), number, () -> records.findForPublic(number, call.query("queryCode"))
                .map(RecordViews::forPublic).orElseThrow(() -> ApiException.notFound("记录编号或查询码不正确",
                        "no record with that number and query code")));
    }

    /** A topic ledger (专项工作台账) as CSV that Excel opens: UTF-8 with a byte-order mark, hall-local times. */
    public Download export(Call call) {
        RecordQuery query = query(call, RecordQuery.MAX_LIMIT);
        String name = "records-" + (query.kind() == null ? "all" : query.kind().name().toLowerCase()) + "-"
                + (query.from() == null ? "" : query.from()) + "_" + (query.to() == null ? "" : query.to()) + ".csv";
        List<WorkRecord> found = records.list(query);
        return new Download("text/csv; charset=UTF-8", name, out -> csv(found, out));
    }

    private void csv(List<WorkRecord> found, OutputStream out) throws IOException {
        ZoneId zone = calendar.zone();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader("编号 number", "类别 kind",
                "状态 state", "渠道 channel", "分类 class", "当事人 party", "事项 items", "办件 cases", "投诉对象 concerns",
                "事由 matter", "首问负责人 first owner", "负责人 owner", "登记时间 opened (" + zone + ")",
                "答复期限 due", "超期 overdue", "答复 outcome", "回访 call back").get());
        for (WorkRecord record : found) {
            csv.printRecord(record.number(), record.kind().title().zh(), record.state().title().zh(),
                    record.channel().title().zh(), record.recordClass() == null ? "" : record.recordClass().title().zh(),
                    LedgerApi.inert(record.party() == null ? "" : record.party().masked()),
                    String.join(" ", record.itemCodes()), String.join(" ", record.caseNumbers()),
                    LedgerApi.inert(RecordViews.concerns(record)), LedgerApi.inert(record.matter()),
                    LedgerApi.inert(record.firstOwner()), LedgerApi.inert(record.owner()),
                    CSV_TIME.format(record.openedAt().atZone(zone)),
                    record.finalDue() == null ? "" : record.finalDue().toString(), record.overdue() ? "是" : "",
                    LedgerApi.inert(record.outcome()), LedgerApi.inert(record.callBack()));
        }
        csv.flush();
    }

    private WorkRecord find(String number) {
        return records.find(number).orElseThrow(() -> ApiException.notFound("没有该记录：" + number,
                "no such record: " + number));
    }

    private static Object opened(OpenedRecord opened) {
        return opened.queryCode() == null ? Map.of("record", opened.record())
                : Map.of("record", opened.record(), "queryCode", opened.queryCode());
    }

    private static RecordQuery query(Call call, int limit) {
        String kind = call.query("kind");
        String state = call.query("state");
        String from = call.query("from");
        String to = call.query("to");
        return new RecordQuery(blank(kind) ? null : NO_BODY.choice("kind", RecordKind.class, kind),
                blank(state) ? null : NO_BODY.choice("state", RecordState.class, state),
                blank(from) ? null : Body.day("from", from), blank(to) ? null : Body.day("to", to),
                call.query("owner"), limit);
    }

    /** The request's fields as {@code kind} keeps them; the request's constructor judges them. */
    private static RecordRequest request(Body body, RecordKind kind, RecordChannel channel) {
        String recordClass = body.text("recordClass");
        String wantedOn = body.text("wantedOn");
        Map<String, String> concerns = body.textMap("concerns");
        return new RecordRequest(kind, channel,
                blank(recordClass) ? null : body.choice("recordClass", RecordClass.class, recordClass),
                party(body.textMap("party")), List.copyOf(body.texts("itemCodes")),
                List.copyOf(body.texts("caseNumbers")), concerns.isEmpty() ? null : new RecordConcern(
                        blank(concerns.get("target")) ? null : body.choice("concerns.target",
                                RecordConcern.Target.class, concerns.get("target")), concerns.get("reference")),
                body.text("matter"), body.text("outcome"), body.text("referredTo"), body.text("authorisation"),
                body.text("address"), blank(wantedOn) ? null : body.day("wantedOn"));
    }

    private static RecordParty party(Map<String, String> party) {
        if (party.isEmpty()) {
            return null;
        }
        String kind = party.get("kind");
        return new RecordParty(blank(kind) ? null : NO_BODY.choice("party.kind",
                Applicant.Kind.class, kind), party.get("idNumber"), party.get("name"), party.get("phone"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
