package org.parkhall.core.internal.ratings;

import static org.parkhall.core.internal.ratings.Statements.update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;

/**
 * The one-time tokens (table {@code rating_token}) with which a finished visit is rated on the pad of the counter
 * that served it. A visit's token is drawn when that pad first asks for the visit, so only a paired pad ever sees
 * one, and it expires at the end of the rating window counted from the end of the service.
 */
final class RatingTokens {
    private RatingTokens() {
    }

    /** The visit's token, drawn now if it has none. */
    static String issue(Connection connection, long ticketId, int counter, Instant expiresAt, Secrets secrets)
            throws SQLException {
        try (PreparedStatement query = Statements.prepare(connection,
                "SELECT token FROM rating_token WHERE ticket_id = ?", ticketId);
             ResultSet rows = query.executeQuery()) {
            if (rows.next()) {
                return rows.getString(1);
            }
        }
        // Two polls of the pad at once: the second insert breaks the key, and Database retries, finding this one.
        String token = secrets.secret();
        update(connection, "INSERT INTO rating_token (ticket_id, counter_no, token, expires_at) VALUES (?, ?, ?, ?)",
                ticketId, counter, token, expiresAt);
        return token;
    }

    /**
     * Spends the visit's token in the caller's transaction, or refuses saying why: not the visit's token, another
     * counter's, used already, or expired. The conditional update makes a token good for one rating however many
     * arrive at once.
     */
    static void spend(Connection connection, long ticketId, int counter, String token, Instant now)
            throws SQLException {
        try (PreparedStatement query = Statements.prepare(connection,
                "SELECT counter_no, token, expires_at, used_at FROM rating_token WHERE ticket_id = ?", ticketId);
             ResultSet rows = query.executeQuery()) {
            if (!rows.next() || !same(rows.getString("token"), token)) {
                throw refused("评价凭证无效，请在为您办理的窗口的评价器上评价",
                        "this rating token is not valid; rate on the pad of the counter that served you");
            }
            if (rows.getInt("counter_no") != counter) {
                throw refused("本次服务不是在该窗口办理的，请在为您办理的窗口的评价器上评价",
                        "this visit was served at another counter; rate on that counter's pad");
            }
            if (Times.instantOrNull(rows, "used_at") != null) {
                throw RatingService.alreadyRated();
            }
            if (!Times.instant(rows, "expires_at").isAfter(now)) {
                throw refused("评价时间已过，本次服务不能再评价", "the time to rate this visit is over");
            }
        }
        if (update(connection, "UPDATE rating_token SET used_at = ? WHERE ticket_id = ? AND used_at IS NULL", now,
                ticketId) != 1) {
            throw RatingService.alreadyRated();
        }
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static HallException refused(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
