package org.parkhall.api;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished backup: the directory it is in (the one to copy back, or to check), its size and how long it took.
 *
 * @since 3.1
 */
public record StoreBackupReport(Path directory, long bytes, Duration took) {
}
