package org.parkhall.core.internal.notices;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Notice;
import org.parkhall.api.NoticeKind;
import org.parkhall.api.NoticeState;
import org.parkhall.api.Notices;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SecretHash;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.IdentityNumbers;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.NoticeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox of notices to applicants (transactional outbox): {@link #queue} writes a notice in the transaction of
 * the change it tells of, so it is committed with that change or not at all, and never lost to a crash after; the
 * {@link NoticeSender} delivers it later. Staff list, retry and cancel notices, and opt applicants out, here.
 * Phone and ID numbers are kept only as hashes for opt-outs; the address a notice goes to is shown masked.
 */
@Component(service = {NoticeOutbox.class, Notices.class})
public final class NoticeOutbox implements Notices {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeOutbox.class);
    static final int MAX_LIMIT = 1000;
    /** Codes people type: no 0/O, 1/I/L. 8 of 31 signs are 2^39, so a guessed code is no one's. */
    private static final String CODE_SIGNS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;
    /** What a notice may be about: case numbers, booking references, ticket labels with their day, record ids. */
    private static final String REFERENCE = "[A-Z0-9@-]{1,40}";

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public NoticeOutbox(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    NoticeOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Queues {@code draft} on {@code connection}, inside the caller's transaction; nothing if a notice for the same
     * kind and reference exists. A notice to a subject who opted out is recorded as OPTED_OUT, not sent.
     */
    public void queue(Connection connection, NoticeDraft draft) throws SQLException {
        if (NoticeRecords.exists(connection, draft.dedupeKey())) {
            return;
        }
        String addressHash = subjectHash(draft.to().value());
        String idHash = draft.idNumber().isEmpty() ? null : subjectHash(draft.idNumber());
        NoticeState state = NoticeRecords.optedOut(connection, addressHash, idHash) ? NoticeState.OPTED_OUT
                : NoticeState.QUEUED;
        String code = newCode();
        long id = NoticeRecords.insert(connection, draft, NoticeTexts.withOptOut(draft.text(), code), addressHash,
                idHash, codeHash(code), state, clock.instant());
        database.afterCommit(() -> LOG.debug("Notice {} {} about {} to {} {}", id, draft.kind(), draft.reference(),
                draft.to().masked(), state));
    }

    @Override
    public List<Notice> outbox(Optional<NoticeState> state, Optional<NoticeKind> kind, Optional<String> reference,
            int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "查询条数须在1至" + MAX_LIMIT + "之间",
                    "limit must be between 1 and " + MAX_LIMIT);
        }
        Optional<String> about = reference.map(String::strip).filter(given -> !given.isEmpty())
                .map(String::toUpperCase);
        if (about.isPresent() && !about.get().matches(REFERENCE)) {
            throw new InvalidInputException("reference", "通知对象应为办件编号、预约号等（至多40位字母、数字、-、@）",
                    "the reference is a case number, booking reference or the like (at most 40 letters, digits,"
                            + " '-' or '@')");
        }
        return database.read(connection -> NoticeRecords.recent(connection, state, kind, about, limit));
    }

    @Override
    public Notice retry(long id, String actor) {
        return restate(id, NoticeState.QUEUED, actor, "NOTICE_RETRY");
    }

    @Override
    public Notice cancel(long id, String actor) {
        return restate(id, NoticeState.CANCELLED, actor, "NOTICE_CANCEL");
    }

    @Override
    public void optOut(String subject, String actor) {
        Subject checked = Subject.of(subject);
        database.inTransaction(connection -> {
            String hash = subjectHash(checked.value());
            if (NoticeRecords.optOut(connection, hash, actor, clock.instant())) {
                int suppressed = NoticeRecords.suppressQueued(connection, hash);
                ledger(connection, actor, "NOTICE_OPT_OUT", Map.of("subject", checked.masked(),
                        "suppressed", String.valueOf(suppressed)));
            }
            return null;
        });
    }

    @Override
    public void optIn(String subject, String actor) {
        Subject checked = Subject.of(subject);
        database.inTransaction(connection -> {
            if (NoticeRecords.optIn(connection, subjectHash(checked.value()))) {
                ledger(connection, actor, "NOTICE_OPT_IN", Map.of("subject", checked.masked()));
            }
            return null;
        });
    }

    @Override
    public boolean optOutByCode(String code) {
        String given = code == null ? "" : code.strip().toUpperCase();
        if (!given.matches("[" + CODE_SIGNS + "]{" + CODE_LENGTH + "}")) {
            throw new InvalidInputException("code", "退订码为通知中所附的8位字母数字",
                    "the opt-out code is the 8 letters and digits given in a notice");
        }
        return database.inTransaction(connection -> {
            Optional<String> addressHash = NoticeRecords.addressHashOfCode(connection, codeHash(given));
            if (addressHash.isEmpty()) {
                return false;
            }
            if (NoticeRecords.optOut(connection, addressHash.get(), "applicant", clock.instant())) {
                int suppressed = NoticeRecords.suppressQueued(connection, addressHash.get());
                ledger(connection, "applicant", "NOTICE_OPT_OUT", Map.of("subject", "code",
                        "suppressed", String.valueOf(suppressed)));
            }
            return true;
        });
    }

    private Notice restate(long id, NoticeState next, String actor, String action) {
        return database.inTransaction(connection -> {
            Notice notice = NoticeRecords.find(connection, id).orElseThrow(() -> HallException.notFound(
                    "没有该通知：" + id, "no such notice: " + id));
            if (!NoticeRecords.restate(connection, id, next, clock.instant())) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(
                        "该通知状态为" + notice.state() + "，不能" + (next == NoticeState.QUEUED ? "重发" : "取消"),
                        "the notice is " + notice.state() + " and cannot be "
                                + (next == NoticeState.QUEUED ? "retried" : "cancelled")));
            }
            ledger(connection, actor, action, Map.of("notice", String.valueOf(id), "kind", notice.kind().name(),
                    "reference", notice.reference(), "was", notice.state().name()));
            return NoticeRecords.find(connection, id).orElseThrow();
        });
    }

    private void ledger(Connection connection, String actor, String action, Map<String, String> data)
            throws SQLException {
        LedgerRecords.append(connection, clock.instant(), actor, action, "notices", Json.GSON.toJson(data));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_SIGNS.charAt(random.nextInt(CODE_SIGNS.length())));
        }
        return code.toString();
    }

    /** A phone (digits) or an ID number (upper case) as the store keeps it for opt-outs. */
    static String subjectHash(String subject) {
        return SecretHash.of("notice-subject:" + subject);
    }

    private static String codeHash(String code) {
        return SecretHash.of("notice-code:" + code);
    }

    /** Whom an opt-out is for: a phone number, a citizen ID number or a credit code, as given by staff. */
    record Subject(String value, String masked) {
        static Subject of(String given) {
            String text = given == null ? "" : given.strip().toUpperCase();
            if (IdentityNumbers.isValidIdCard(text)) {
                return new Subject(text, IdentityNumbers.maskIdCard(text));
            }
            if (IdentityNumbers.isValidCreditCode(text)) {
                return new Subject(text, text);
            }
            try {
                NoticeAddress phone = NoticeAddress.phone(text);
                return new Subject(phone.value(), phone.masked());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("subject", "请填写手机号码、身份证号码或统一社会信用代码",
                        "give a phone number, a citizen ID number or a unified social credit code");
            }
        }
    }
}
