package org.parkhall.api;

/**
 * Time-limited completion (限时办结) for one day.
 *
 * @param decided       cases approved or denied that day
 * @param decidedOnTime of those, decided on or before their due date
 * @param onTime        decidedOnTime as a share of decided, 0 when none was decided
 * @param overdueOpen   cases still running their clock whose due date had passed by the end of that day
 */
public record CaseFigures(int decided, int decidedOnTime, double onTime, int overdueOpen) {
}
