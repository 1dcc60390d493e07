package org.parkhall.api;

import java.time.LocalDate;

import org.parkhall.spi.SpecialProcedure;

/**
 * A special procedure of a case (since 3.2): its time is not counted in the limit.
 *
 * @param expectedDays the working days it is expected to take, as the applicant is told
 * @param endedOn      the day it ended, null while it runs
 * @param outcome      what it found, empty while it runs
 */
public record ClockStop(SpecialProcedure procedure, String reason, int expectedDays, LocalDate startedOn,
        String startedBy, LocalDate endedOn, String outcome) {

    public boolean running() {
        return endedOn == null;
    }
}
