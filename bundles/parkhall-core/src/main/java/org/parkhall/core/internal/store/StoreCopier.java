package org.parkhall.core.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.TableContent;
import org.parkhall.spi.Bilingual;

/**
 * Copies a Derby store into an empty PostgreSQL database: the target is migrated by the hall's own
 * {@link Migrations} (so its schema is the one the hall makes), and must then hold no row; every table of the source
 * is held with a share lock for the whole copy (the floor keeps reading, writes wait until the copy ends, so what
 * is copied is one moment of the hall); the target is written in one transaction, its identity counters set past
 * the copied rows, and committed only when every table's row count and checksum read back from it match the source.
 */
final class StoreCopier {
    private static final int BATCH = 500;

    private final Clock clock;
    private final Consumer<String> progress;

    StoreCopier(Clock clock, Consumer<String> progress) {
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Copies {@code source} (in the caller's read transaction) into {@code target}; {@code targetLock} is a second
     * connection to the target for the schema lock.
     */
    List<TableContent> copy(Connection source, Connection targetLock, Connection target) throws SQLException {
        String from = source.getMetaData().getDatabaseProductName();
        String to = target.getMetaData().getDatabaseProductName();
        if (!from.equals("Apache Derby")) {
            throw refused("大厅已不在 Derby 上运行（" + from + "），PostgreSQL 之间请用 pg_dump",
                    "the hall does not run on Derby (" + from + "); between PostgreSQL databases use pg_dump");
        }
        if (!to.equals("PostgreSQL")) {
            throw refused("目标库须为 PostgreSQL，而非 " + to, "the target must be PostgreSQL, not " + to);
        }
        int version = new Migrations(Database.class.getClassLoader(), clock).migrate(targetLock, target);
        int sourceVersion = Migrations.currentVersion(source);
        if (version != sourceVersion) {
            throw refused("目标库数据结构版本 " + version + " 与大厅的 " + sourceVersion + " 不同",
                    "the target's schema version " + version + " differs from the hall's " + sourceVersion);
        }
        say("目标库数据结构已为第 " + version + " 版", "the target's schema is at version " + version);
        List<String> tables = TableContents.tables(source);
        List<String> targetTables = TableContents.tables(target);
        if (!new HashSet<>(tables).equals(new HashSet<>(targetTables))) {
            throw refused("目标库的表与大厅的不同：" + targetTables, "the target's tables differ from the hall's: "
                    + targetTables + " against " + tables);
        }
        target.setAutoCommit(false);
        try {
            refuseRows(target, tables);
            TableContents.hold(source, tables);
            say("已锁定大厅的 " + tables.size() + " 张表（复制期间写入将等待）",
                    "holding the hall's " + tables.size() + " tables (writes wait while the copy runs)");
            List<TableContent> copied = new ArrayList<>();
            for (String table : tables) {
                TableContent content = copyTable(source, target, table);
                copied.add(content);
                say("已复制 " + table + "：" + content.rows() + " 行", "copied " + table + ": " + content.rows()
                        + " rows");
            }
            for (TableContent expected : copied) {
                TableContent arrived = TableContents.of(target, expected.table());
                if (!arrived.equals(expected)) {
                    throw new HallException(ErrorCode.CONFLICT, Bilingual.of("校验不符，已全部撤销：" + arrived
                            + "，应为 " + expected, "the copy does not check out and was undone: " + arrived
                            + " where " + expected + " was copied"));
                }
            }
            say("每张表的行数与校验和均一致", "every table's row count and checksum match");
            moveIdentities(target);
            target.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
    }

    private static void refuseRows(Connection target, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (Statement statement = target.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new HallException(ErrorCode.CONFLICT, Bilingual.of("目标库不是空的：" + table + " 有 "
                            + rows.getLong(1) + " 行，未复制", "the target is not empty: " + table + " holds "
                            + rows.getLong(1) + " rows; nothing was copied"));
                }
            }
        }
    }

    /** Copies one table's rows, identity values included, and returns what the source held. */
    private static TableContent copyTable(Connection source, Connection target, String table) throws SQLException {
        TableContents.Digest digest = new TableContents.Digest(table);
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rows.getMetaData();
                int count = columns.getColumnCount();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    names.add(columns.getColumnName(i).toLowerCase(Locale.ROOT));
                }
                // OVERRIDING SYSTEM VALUE: the rows keep their ids, which other rows and the ledger refer to
                String insert = "INSERT INTO " + table + " (" + String.join(", ", names)
                        + ") OVERRIDING SYSTEM VALUE VALUES (" + "?, ".repeat(count - 1) + "?)";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    int batched = 0;
                    while (rows.next()) {
                        digest.add(rows);
                        for (int i = 1; i <= count; i++) {
                            copyValue(rows, write, i, columns.getColumnType(i));
                        }
                        write.addBatch();
                        if (++batched == BATCH) {
                            write.executeBatch();
                            batched = 0;
                        }
                    }
                    if (batched > 0) {
                        write.executeBatch();
                    }
                }
            }
        }
        return digest.content();
    }

    /**
     * Times go through UTC as the hall stores them, so neither JVM's zone shifts them, cut to the microsecond that
     * PostgreSQL keeps (rather than left to the driver's rounding, which the checksum would not match).
     */
    private static void copyValue(ResultSet rows, PreparedStatement write, int column, int type)
            throws SQLException {
        if (type == Types.TIMESTAMP) {
            Timestamp time = rows.getTimestamp(column, Times.utc());
            write.setTimestamp(column, time == null ? null
                    : Timestamp.from(time.toInstant().truncatedTo(ChronoUnit.MICROS)), Times.utc());
            return;
        }
        Object value = rows.getObject(column);
        if (value == null) {
            write.setNull(column, type);
        } else {
            write.setObject(column, value);
        }
    }

    /** Sets every identity column's next value past the highest copied, so new rows take new ids. */
    private void moveIdentities(Connection target) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet columns = statement.executeQuery("SELECT table_name, column_name FROM"
                     + " information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (columns.next()) {
                identities.add(new String[] {columns.getString(1), columns.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement move = target.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                    + " (SELECT COALESCE(MAX(" + identity[1] + "), 0) + 1 FROM " + identity[0] + "), false)")) {
                move.setString(1, identity[0]);
                move.setString(2, identity[1]);
                move.execute();
            }
        }
        say("已重置 " + identities.size() + " 个自增编号", "moved " + identities.size() + " identity counters on");
    }

    private void say(String zh, String en) {
        progress.accept(zh + " / " + en);
    }

    private static HallException refused(String zh, String en) {
        return new HallException(ErrorCode.INVALID, Bilingual.of(zh + "，未复制", en + "; nothing was copied"));
    }
}
