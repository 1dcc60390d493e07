package org.parkhall.api;

/**
 * A booking just made, with its query code (查询码): the proof its holder gives to look it up, cancel it or check
 * in. The code is readable only here, once; the hall keeps its digest alone.
 */
public record Booked(Appointment appointment, String queryCode) {
}
