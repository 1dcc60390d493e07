package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.Cases;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.ReviewProgress;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.QueryCodes;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;
import org.parkhall.spi.TextField;

/**
 * Moves cases through their lifecycle. No action here calls a department's handler, so cases stay readable and
 * actionable while their department's bundle is away. Each action is one transaction with its ledger entry.
 */
@Component(service = Cases.class)
public final class CaseService implements Cases {
    /** APPROVE's note is what is issued, kept as the case's result. */
    private static final TextField RESULT = TextField.lines("note", "办理结果", "result", CaseRecords.RESULT_LENGTH);
    /** DELIVER's note is who signed for it or the tracking number: one line. */
    private static final TextField DELIVERY = TextField.line("note", "送达记录", "delivery record",
            CaseRecords.DELIVERY_NOTE_LENGTH);
    /** The other notes are reasons: a joint case's denial joins its children's, a forward adds where to. */
    private static final TextField REASONS = TextField.lines("note", "说明", "note", 1000);

    private final CaseBook book;
    private final Catalog catalog;

    @Activate
    public CaseService(@Reference CaseBook book, @Reference Catalog catalog) {
        this.book = book;
        this.catalog = catalog;
    }

    @Override
    public CaseDocument document(String caseNumber, CaseDocument.Kind kind) {
        if (ReviewNotices.writes(kind)) {
            return reviewNotice(caseNumber, kind);
        }
        CaseFile file = book.database().read(connection -> book.reread(connection, caseNumber));
        String takenAt = book.database().read(connection -> CaseSiteRecords.find(connection, caseNumber))
                .orElseThrow().takenAt();
        Optional<ServiceGuide> guide = file.department().equals(CaseDraft.JOINT_DEPARTMENT) ? Optional.empty()
                : catalog.entry(file.itemCode()).map(entry -> entry.item().guide());
        return CaseDocuments.write(file, kind, guide, book.sites().ofRecord(takenAt),
                book.calendar().zone());
    }

    /** A notice of the department's review, issued in the department's name. */
    private CaseDocument reviewNotice(String caseNumber, CaseDocument.Kind kind) {
        record Read(CaseFile file, ReviewProgress progress, String takenAt) {
        }
        Read read = book.database().read(connection -> {
            CaseFile file = book.reread(connection, caseNumber);
            return new Read(file, Reviews.progress(connection, file),
                    CaseSiteRecords.find(connection, caseNumber).orElseThrow().takenAt());
        });
        Optional<ServiceItem> item = catalog.entry(read.file().itemCode()).map(CatalogEntry::item);
        String issuer = item.map(found -> found.department().name().zh()).orElse(read.file().department());
        String where = item.map(found -> found.guide().location() + "，咨询电话：" + found.guide().consultationPhone())
                .orElse(book.sites().ofRecord(read.takenAt()).authority());
        return ReviewNotices.write(read.file(), kind, read.progress(), issuer, where, book.calendar().zone());
    }

    @Override
    public Optional<CaseFile> find(String caseNumber) {
        return book.database().read(connection -> CaseRecords.find(connection, caseNumber, book.timing()))
                .map(CaseRecords.Versioned::file);
    }

    @Override
    public Optional<CaseFile> findForApplicant(String caseNumber, String queryCode) {
        String code = QueryCodes.checked(queryCode);
        Optional<CaseRecords.Versioned> found = book.database().read(connection ->
                CaseRecords.queryCodeDigest(connection, caseNumber).filter(digest -> QueryCodes.matches(digest, code))
                        .isPresent() ? CaseRecords.find(connection, caseNumber, book.timing()) : Optional.empty());
        return found.map(CaseRecords.Versioned::file);
    }

    @Override
    public String issueQueryCode(String caseNumber, String actor) {
        String code = QueryCodes.newCode();
        book.database().inTransaction(connection -> {
            CaseFile file = book.reread(connection, caseNumber);
            if (!file.parentNumber().isEmpty()) {
                throw new InvalidInputException("number", "一件事的子办件使用主办件的查询码：" + file.parentNumber(),
                        "a joint application's child case uses the query code of its parent case " + file.parentNumber());
            }
            CaseRecords.setQueryCodeDigest(connection, caseNumber, QueryCodes.digest(code));
            book.record(connection, file, actor, "CASE_QUERY_CODE_ISSUED", Map.of());
            return null;
        });
        return code;
    }

    @Override
    public List<CaseFile> search(CaseQuery query, SiteScope scope) {
        return book.database().read(connection -> CaseRecords.search(connection, query, scope, book.timing()));
    }

    @Override
    public List<CaseFile> overdue(SiteScope scope) {
        // Cases due within the amber window are listed too: they are the ones to act on today.
        return book.database().read(connection -> CaseRecords.dueBy(connection,
                book.calendar().due(book.calendar().today(), 1), scope, book.timing()));
    }

    @Override
    public List<LedgerEvent> history(String caseNumber) {
        return book.database().read(connection -> {
            book.get(connection, caseNumber);
            return LedgerRecords.about(connection, caseNumber);
        });
    }

    @Override
    public CaseFile act(String caseNumber, CaseAction action, String actor, String note) {
        if (action == null) {
            throw new InvalidInputException("action", "请选择办理操作", "the action is required");
        }
        String text = switch (action) {
            case APPROVE -> RESULT.check(note);
            case DELIVER -> DELIVERY.check(note);
            default -> REASONS.check(note);
        };
        if (action.needsNote() && text.isEmpty()) {
            throw new InvalidInputException("note", action.label().zh() + "须填写说明（理由、结果、签收人或快递单号）",
                    action.name() + " needs a note: the reasons, the result, who signed, or the tracking number");
        }
        return book.database().inTransaction(connection -> {
            CaseRecords.Versioned current = book.get(connection, caseNumber);
            CaseFile file = current.file();
            CaseLifecycle.checkJointRole(file.isJoint(), !file.parentNumber().isEmpty(), action);
            if (Reviews.DEPARTMENT_ACTIONS.contains(action)) {
                CaseLifecycle.next(file.state(), action); // a move the state refuses is told as such, not as a claim
                Reviews.beforeDepartmentAction(connection, book, file, action, actor);
            }
            CaseFile changed = apply(connection, current, action, actor, text);
            if (!file.parentNumber().isEmpty() && (action == CaseAction.APPROVE || action == CaseAction.DENY)) {
                book.settleJointCase(connection, file.parentNumber(), actor);
            }
            return book.reread(connection, changed.number());
        });
    }

    private CaseFile apply(Connection connection, CaseRecords.Versioned current, CaseAction action, String actor,
            String note) throws SQLException {
        CaseFile file = current.file();
        CaseDraft draft = new CaseDraft(file).state(CaseLifecycle.next(file.state(), action)).updatedAt(book.now());
        switch (action) {
            case APPROVE -> draft.result(note);
            case DENY, WITHDRAW -> draft.reasons(note);
            case FORWARD -> draft.reasons("异地通办转至 / forwarded to: " + note);
            case SUSPEND -> draft.reasons(note).suspendedSince(book.calendar().today());
            case RESUME -> draft.suspendedSince(null).dueOn(book.calendar().extend(file.dueOn(),
                    file.suspendedSince(), book.calendar().today()));
            case DELIVER -> draft.deliveryNote(note);
            default -> { }
        }
        CaseFile changed = draft.build();
        CaseRecords.update(connection, changed, current.version());
        book.record(connection, changed, actor, "CASE_" + action.name(), Map.of("note", note));
        if (file.isJoint()) {
            for (String child : file.children()) {
                CaseRecords.Versioned versioned = book.get(connection, child);
                if (!versioned.file().state().finished()) {
                    apply(connection, versioned, action, actor, note);
                }
            }
        }
        return changed;
    }
}
