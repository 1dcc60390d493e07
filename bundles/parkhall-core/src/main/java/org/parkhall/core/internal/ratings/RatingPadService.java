package org.parkhall.core.internal.ratings;

import static org.parkhall.core.internal.ratings.Statements.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CounterInfo;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Floor;
import org.parkhall.api.HallException;
import org.parkhall.api.PairingCode;
import org.parkhall.api.RatingPad;
import org.parkhall.api.RatingPads;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;

/**
 * Pairs the rating pads (评价器) with their counters. A pairing code is eight digits, valid for
 * {@link #CODE_VALIDITY} and voided after {@value #WRONG_TRIES} wrong tries, so a guesser has five chances in a
 * hundred million; a code is spent by the pairing it makes. A counter has at most one pad: pairing again replaces
 * the old pad's secret.
 */
@Component(service = RatingPads.class)
public final class RatingPadService implements RatingPads {
    /** Time to walk from the console to the counter and type the code; a code noted down is soon worthless. */
    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    static final int WRONG_TRIES = 5;
    private static final int CODE_DIGITS = 8;

    private final Database database;
    private final Floor floor;
    private final Clock clock;
    private final Secrets secrets = new Secrets();

    @Activate
    public RatingPadService(@Reference Database database, @Reference Floor floor) {
        this(database, floor, Clock.systemUTC());
    }

    RatingPadService(Database database, Floor floor, Clock clock) {
        this.database = database;
        this.floor = floor;
        this.clock = clock;
    }

    @Override
    public List<RatingPad> pads() {
        List<CounterInfo> counters = floor.counters();
        Instant now = clock.instant();
        return database.read(connection -> {
            Map<Integer, Instant> paired = times(connection, "SELECT counter_no, paired_at FROM rating_pad");
            Map<Integer, Instant> codes = times(connection, "SELECT counter_no, expires_at FROM rating_pad_code");
            codes.values().removeIf(expiry -> !expiry.isAfter(now));
            return counters.stream().map(counter -> new RatingPad(counter.number(), counter.name(),
                    paired.get(counter.number()), codes.get(counter.number()))).toList();
        });
    }

    @Override
    public PairingCode pairingCode(int counter, String actor) {
        counterInfo(counter);
        String code = secrets.digits(CODE_DIGITS);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(CODE_VALIDITY);
        database.inTransaction(connection -> {
            update(connection, "DELETE FROM rating_pad_code WHERE counter_no = ?", counter);
            update(connection, "INSERT INTO rating_pad_code (counter_no, code_hash, expires_at, wrong_tries)"
                    + " VALUES (?, ?, ?, 0)", counter, Secrets.hash(code), expiresAt);
            // Never the code itself: the ledger is read by more people than may pair a pad.
            LedgerRecords.append(connection, now, actor, "RATING_PAD_CODE_ISSUED", subject(counter),
                    Json.GSON.toJson(Map.of("expiresAt", expiresAt.toString())));
            return null;
        });
        return new PairingCode(counter, code, expiresAt);
    }

    @Override
    public String pair(int counter, String code) {
        counterInfo(counter);
        String secret = secrets.secret();
        Instant now = clock.instant();
        String typed = code == null ? "" : code.strip();
        // The wrong try is counted in a transaction that commits, so the refusal is thrown after it.
        boolean paired = database.inTransaction(connection -> {
            // Deleting the row is what spends the code: of two devices presenting it at once, one pairs.
            if (update(connection, "DELETE FROM rating_pad_code WHERE counter_no = ? AND code_hash = ?"
                    + " AND expires_at > ?", counter, Secrets.hash(typed), now) == 0) {
                countWrongTry(connection, counter, now);
                return false;
            }
            update(connection, "DELETE FROM rating_pad WHERE counter_no = ?", counter);
            update(connection, "INSERT INTO rating_pad (counter_no, secret_hash, paired_at) VALUES (?, ?, ?)",
                    counter, Secrets.hash(secret), now);
            LedgerRecords.append(connection, now, "public", "RATING_PAD_PAIRED", subject(counter), "{}");
            return true;
        });
        if (!paired) {
            throw HallException.notFound("配对码不正确或已过期，请管理员重新生成",
                    "wrong or expired pairing code; ask the hall admin for a new one");
        }
        return secret;
    }

    @Override
    public OptionalInt counterOf(String secret) {
        if (secret == null || secret.isBlank()) {
            return OptionalInt.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement query = Statements.prepare(connection,
                    "SELECT counter_no FROM rating_pad WHERE secret_hash = ?", Secrets.hash(secret))) {
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
                }
            }
        });
    }

    @Override
    public RatingPad unpair(int counter, String actor) {
        CounterInfo info = counterInfo(counter);
        Instant now = clock.instant();
        database.inTransaction(connection -> {
            int pads = update(connection, "DELETE FROM rating_pad WHERE counter_no = ?", counter);
            int codes = update(connection, "DELETE FROM rating_pad_code WHERE counter_no = ?", counter);
            if (pads + codes == 0) {
                throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(counter + "号窗口没有已配对的评价器",
                        "counter " + counter + " has no rating pad paired"));
            }
            LedgerRecords.append(connection, now, actor, "RATING_PAD_UNPAIRED", subject(counter), "{}");
            return null;
        });
        return new RatingPad(counter, info.name(), null, null);
    }

    /** Counts a wrong code against the counter's pending one and voids that code at the limit, with a record. */
    private void countWrongTry(Connection connection, int counter, Instant now) throws SQLException {
        update(connection, "UPDATE rating_pad_code SET wrong_tries = wrong_tries + 1 WHERE counter_no = ?", counter);
        if (update(connection, "DELETE FROM rating_pad_code WHERE counter_no = ? AND wrong_tries >= ?", counter,
                WRONG_TRIES) == 1) {
            LedgerRecords.append(connection, now, "public", "RATING_PAD_CODE_VOIDED", subject(counter),
                    Json.GSON.toJson(Map.of("wrongTries", WRONG_TRIES)));
        }
    }

    private CounterInfo counterInfo(int counter) {
        return floor.counters().stream().filter(info -> info.number() == counter).findFirst()
                .orElseThrow(() -> HallException.notFound("没有" + counter + "号窗口", "no counter " + counter));
    }

    private static String subject(int counter) {
        return "counter-" + counter;
    }

    private static Map<Integer, Instant> times(Connection connection, String sql) throws SQLException {
        Map<Integer, Instant> times = new HashMap<>();
        try (PreparedStatement query = Statements.prepare(connection, sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                times.put(rows.getInt(1), rows.getTimestamp(2, Times.utc()).toInstant());
            }
        }
        return times;
    }
}
