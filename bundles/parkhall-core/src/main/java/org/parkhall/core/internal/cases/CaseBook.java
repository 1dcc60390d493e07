package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.HallException;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.notices.NoticeDraft;
import org.parkhall.core.internal.notices.NoticeOutbox;
import org.parkhall.core.internal.notices.NoticeTexts;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.spi.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What intake and the case actions share: reading a case with its time status, writing a change together with
 * its ledger entry, and settling a joint case (一件事) once all its children are decided.
 */
@Component(service = CaseBook.class)
public final class CaseBook {
    /** The audit log of case changes (its own file, kept as long as the request log): no personal data. */
    private static final Logger AUDIT = LoggerFactory.getLogger("org.parkhall.audit");
    /** A joint case's result and reasons join its children's, and must fit the columns as much as each child's. */
    private static final TextField JOINT_RESULT = TextField.lines("note", "一件事各事项的办理结果合计",
            "the results of the joint application's items together", CaseRecords.RESULT_LENGTH);
    private static final TextField JOINT_REASONS = TextField.lines("note", "一件事各事项的不予理由合计",
            "the reasons of the joint application's items together", CaseRecords.REASONS_LENGTH);

    private final Database database;
    private final HallCalendar calendar;
    private final SiteDirectory sites;
    private final NoticeOutbox notices;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public CaseBook(@Reference Database database, @Reference HallCalendar calendar, @Reference SiteDirectory sites,
            @Reference NoticeOutbox notices) {
        this.database = database;
        this.calendar = calendar;
        this.sites = sites;
        this.notices = notices;
    }

    Database database() {
        return database;
    }

    HallCalendar calendar() {
        return calendar;
    }

    SiteDirectory sites() {
        return sites;
    }

    Instant now() {
        return clock.instant();
    }

    Function<CaseFile, TimeStatus> timing() {
        return file -> calendar.status(file.state(), file.acceptedOn(), file.dueOn());
    }

    CaseRecords.Versioned get(Connection connection, String number) throws SQLException {
        return CaseRecords.find(connection, number, timing()).orElseThrow(() -> HallException.notFound(
                "没有该办件：" + number, "no such case: " + number));
    }

    CaseFile reread(Connection connection, String number) throws SQLException {
        return get(connection, number).file();
    }

    /**
     * Appends a ledger entry for a change to {@code file}, naming the site where it was made (the node's), and
     * queues the notice its new state calls for in the same transaction; personal data appears masked only.
     */
    void record(Connection connection, CaseFile file, String actor, String action, Map<String, String> details)
            throws SQLException {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("item", file.itemCode());
        data.put("state", file.state().name());
        data.put("applicant", file.applicant().masked());
        data.put("site", sites.here().code());
        data.putAll(details);
        LedgerRecords.append(connection, now(), actor, action, file.number(), Json.GSON.toJson(data));
        Optional<NoticeDraft> notice = NoticeTexts.forCase(file);
        if (notice.isPresent()) {
            notices.queue(connection, notice.get());
        }
        database.afterCommit(() -> AUDIT.info("case {} {} by {} (now {})", file.number(), action, actor,
                file.state()));
    }

    /** Decides a joint case once every child is decided: approved if all are, else denied with their reasons. */
    void settleJointCase(Connection connection, String parentNumber, String actor) throws SQLException {
        CaseRecords.Versioned parent = get(connection, parentNumber);
        if (parent.file().state() != CaseState.ACCEPTED) {
            return;
        }
        List<CaseFile> children = CaseRecords.children(connection, parentNumber, timing());
        boolean allDecided = children.stream()
                .allMatch(child -> child.state() == CaseState.APPROVED || child.state() == CaseState.DENIED);
        if (!allDecided) {
            return;
        }
        List<CaseFile> denied = children.stream().filter(child -> child.state() == CaseState.DENIED).toList();
        CaseDraft draft = new CaseDraft(parent.file()).updatedAt(now());
        if (denied.isEmpty()) {
            draft.state(CaseState.APPROVED).result(JOINT_RESULT.check(children.stream().map(CaseFile::result)
                    .collect(Collectors.joining("；"))));
        } else {
            draft.state(CaseState.DENIED).reasons(JOINT_REASONS.check(denied.stream()
                    .map(child -> child.itemName() + "：" + child.reasons()).collect(Collectors.joining("；"))));
        }
        CaseFile settled = draft.build();
        CaseRecords.update(connection, settled, parent.version());
        record(connection, settled, actor, "BUNDLE_DECIDED", Map.of());
    }
}
