package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the working-day calendar.
 *
 * @param arranged      whether the State Council's arrangement for the year is loaded; if not, only weekends rest
 * @param provisional   whether the loaded arrangement is provisional, awaiting the official notice
 * @param holidays      weekdays the hall rests (statutory holidays)
 * @param swappedWorkdays weekend days the hall works (调休上班)
 */
public record WorkingYear(int year, boolean arranged, boolean provisional, int workingDays,
        List<LocalDate> holidays, List<LocalDate> swappedWorkdays) {
}
