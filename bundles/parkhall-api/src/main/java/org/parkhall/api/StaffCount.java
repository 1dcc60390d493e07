package org.parkhall.api;

/**
 * How many records of a kind one staff member owns in a period (帮办代办 counted per staff member).
 *
 * @since 3.2
 */
public record StaffCount(String staff, int records) {
}
