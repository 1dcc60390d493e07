package org.parkhall.core.internal.checklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.parkhall.core.internal.store.Times;
import org.parkhall.spi.Bilingual;

/**
 * A topic ledger (专项工作台账) of the 十有 checklist: the ledger entries of one kind of the hall's work, by their
 * actions' names. A kind of work the hall adds (its own records) is one more constant.
 */
enum LedgerTopic {
    FLOOR(Bilingual.of("窗口服务", "counter service"), List.of("TICKET_%")),
    CASES(Bilingual.of("办件", "cases"), List.of("CASE_%")),
    RATINGS(Bilingual.of("好差评", "ratings"), List.of("RATED", "RECTIFICATION_%", "RATING_APPEAL%")),
    /** The special windows' records: 办不成事反映, 帮办代办, 咨询导办, 投诉, 上门服务 (see RecordKind). */
    RECORDS(Bilingual.of("专项记录", "work records"), List.of("RECORD_%"));

    final Bilingual name;
    private final List<String> actions;

    LedgerTopic(Bilingual name, List<String> actions) {
        this.name = name;
        this.actions = actions;
    }

    /**
     * Whether it holds an entry since {@code from}: the first found is enough (counting a month of a busy hall's
     * ledger would read all of it).
     */
    boolean kept(Connection connection, Instant from) throws SQLException {
        String matches = String.join(" OR ", actions.stream().map(action -> "action LIKE ?").toList());
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM ledger_event WHERE occurred_at >= ?"
                + " AND (" + matches + ") FETCH FIRST 1 ROWS ONLY")) {
            query.setTimestamp(1, Timestamp.from(from), Times.utc());
            for (int i = 0; i < actions.size(); i++) {
                query.setString(i + 2, actions.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
