package org.parkhall.api;

/**
 * One table of the store as a copy or backup checks it: its rows and a checksum of their values that does not
 * depend on the order rows are read in, so two stores holding the same rows agree.
 *
 * @since 3.1
 */
public record TableContent(String table, long rows, String checksum) {
}
