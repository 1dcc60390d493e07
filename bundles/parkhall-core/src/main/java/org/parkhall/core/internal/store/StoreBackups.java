package org.parkhall.core.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.StoreBackupReport;
import org.parkhall.api.TableContent;
import org.parkhall.spi.Bilingual;

/**
 * Online backups of the embedded Derby store with Derby's own {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} (the hall
 * keeps serving; Derby copies a consistent database with its log), each into a directory named after the hall's date
 * and time, and the check of a backup by restoring it ({@code restoreFrom=}) into a scratch database.
 */
final class StoreBackups {
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("'parkhall-'yyyyMMdd-HHmmss");
    private static final String DERBY_URL = "jdbc:derby:";

    private StoreBackups() {
    }

    /** Backs up the Derby store {@code derby} is connected to under {@code under}; {@code clock} in the hall's zone. */
    static StoreBackupReport backup(Connection derby, Path under, Clock clock, Consumer<String> progress)
            throws SQLException {
        Path database = databaseDirectory(derby);
        Path folder = absolute(under, "备份目录", "the backup directory");
        Path storeFolder = database.getParent();
        if (real(folder).startsWith(real(storeFolder))) {
            throw invalid("备份目录不能在数据库所在的 " + storeFolder + " 之内", "the backup directory cannot be inside the "
                    + "store's own folder " + storeFolder);
        }
        Path dated = folder.resolve(DATED.format(clock.instant().atZone(clock.getZone())));
        if (Files.exists(dated)) {
            throw new HallException(ErrorCode.CONFLICT, Bilingual.of("备份目录已存在：" + dated,
                    "the backup directory exists already: " + dated));
        }
        progress.accept("正在备份到 " + dated + " / backing up into " + dated);
        long started = System.nanoTime();
        try (PreparedStatement backup = derby.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, dated.toString());
            backup.execute();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Path copy = dated.resolve(database.getFileName());
        return new StoreBackupReport(copy, size(copy), took);
    }

    /** What the backup in directory {@code backup} holds, restored by {@code derby} into a scratch database. */
    static List<TableContent> check(Driver derby, Path backup, Consumer<String> progress) throws SQLException {
        Path copy = absolute(backup, "备份", "the backup");
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw HallException.notFound("这里没有 Derby 备份：" + copy + "（应为备份命令报告的目录）",
                    "no Derby backup here: " + copy + " (give the directory the backup command reported)");
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("parkhall-backup-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path restored = scratch.resolve("restored");
        progress.accept("正在将备份恢复到临时库 " + restored + " / restoring the backup into a scratch database "
                + restored);
        try {
            try (Connection connection = derby.connect(DERBY_URL + restored + ";restoreFrom=" + copy,
                    new Properties())) {
                connection.setAutoCommit(false);
                List<TableContent> contents = TableContents.of(connection);
                connection.rollback();
                return contents;
            } finally {
                shutDown(derby, restored);
            }
        } finally {
            delete(scratch);
        }
    }

    /** Where the connected embedded Derby database lives, from its URL. */
    static Path databaseDirectory(Connection derby) throws SQLException {
        String url = derby.getMetaData().getURL();
        if (!derby.getMetaData().getDatabaseProductName().equals("Apache Derby") || url == null
                || !url.startsWith(DERBY_URL) || url.startsWith(DERBY_URL + "memory:")
                || url.startsWith(DERBY_URL + "//")) {
            throw invalid("备份命令只适用于大厅内嵌的 Derby 数据库（" + url + "）；PostgreSQL 请按 README 用 pg_basebackup 或"
                    + " pg_dump", "the backup command is for the hall's embedded Derby database (" + url
                    + "); for PostgreSQL use pg_basebackup or pg_dump as the README says");
        }
        String path = url.substring(DERBY_URL.length()).split(";", 2)[0];
        path = path.startsWith("directory:") ? path.substring("directory:".length()) : path;
        Path directory = Path.of(path);
        return directory.isAbsolute() ? directory
                : Path.of(System.getProperty("derby.system.home", System.getProperty("user.dir"))).resolve(directory);
    }

    private static Path absolute(Path path, String zh, String en) {
        if (!path.isAbsolute() || path.toString().contains(";")) {
            throw invalid(zh + "须为绝对路径且不含分号：" + path, en + " must be an absolute path without ';': " + path);
        }
        return path.normalize();
    }

    /** The path with every link resolved as far as it exists, so a link cannot smuggle a backup into the store. */
    private static Path real(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shutDown(Driver derby, Path database) {
        try {
            derby.connect(DERBY_URL + database + ";shutdown=true", new Properties()).close();
        } catch (SQLException expected) {
            // Derby answers a shut-down database with SQLState 08006, by design
        }
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HallException invalid(String zh, String en) {
        return new HallException(ErrorCode.INVALID, Bilingual.of(zh, en));
    }
}
