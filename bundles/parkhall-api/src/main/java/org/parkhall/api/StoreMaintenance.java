package org.parkhall.api;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Moving and keeping the hall's data: a copy of the whole store into an empty PostgreSQL database, an online backup
 * of an embedded Derby store, and a check of such a backup. For Karaf administrators only (the shell's
 * {@code hall:store-*} commands). Refusals are {@link HallException}s with both languages; {@code progress} receives
 * one bilingual line per step.
 *
 * @since 3.1
 */
@ProviderType
public interface StoreMaintenance {

    /**
     * Copies every table of the store into the PostgreSQL database at {@code url}: migrates it to the same schema,
     * refuses it unless every table is empty, reads the store in one consistent transaction (writes wait until the
     * copy ends), writes in one transaction, moves the target's identity counters past the copied rows, and commits
     * only when every table's row count and checksum match.
     */
    StoreCopyReport copyTo(String url, String user, char[] password, Consumer<String> progress);

    /**
     * An online backup of the embedded Derby store into a new dated directory under {@code under}; refused for a
     * directory inside the store's own folder, and for a store that is not embedded Derby.
     */
    StoreBackupReport backup(Path under, Consumer<String> progress);

    /**
     * What a backup made by {@link #backup} holds, table by table: restored into a scratch database that is deleted
     * afterwards, so a backup that cannot be restored is found out before it is needed.
     */
    List<TableContent> checkBackup(Path backup, Consumer<String> progress);

    /** What the running store holds now, table by table, counted as {@link #checkBackup} and the copy count. */
    List<TableContent> contents();
}
