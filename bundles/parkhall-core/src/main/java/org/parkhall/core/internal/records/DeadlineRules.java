package org.parkhall.core.internal.records;

import java.time.LocalDate;

import org.parkhall.api.RecordClass;
import org.parkhall.api.RecordKind;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * The hall's rule set for the special windows' deadlines, in working days ({@code etc/org.parkhall.records.cfg}):
 * 办不成事反映 by class (0 is the same working day), complaints, and on-site service from its request to its result.
 * Assisted services and consultations are done while the person waits, so they are not timed.
 */
record DeadlineRules(int simpleDays, int ordinaryDays, int complexProgressDays, int complexFinalDays,
        int complaintDays, int onsiteDays) {
    static final int SIMPLE_DAYS = 0;
    static final int ORDINARY_DAYS = 2;
    static final int COMPLEX_PROGRESS_DAYS = 5;
    static final int COMPLEX_FINAL_DAYS = 15;
    static final int COMPLAINT_DAYS = 5;
    static final int ONSITE_DAYS = 5;
    static final DeadlineRules AS_SHIPPED = new DeadlineRules(SIMPLE_DAYS, ORDINARY_DAYS, COMPLEX_PROGRESS_DAYS,
            COMPLEX_FINAL_DAYS, COMPLAINT_DAYS, ONSITE_DAYS);

    /** When a reply is owed: a progress reply (complex reports only) and the outcome; null where none is. */
    record Deadlines(LocalDate progress, LocalDate outcome) {
    }

    static DeadlineRules read(ConfigurationReader read) {
        DeadlineRules rules = new DeadlineRules(
                read.integer("unresolvedSimpleDays", AS_SHIPPED.simpleDays, 0, 5),
                read.integer("unresolvedOrdinaryDays", AS_SHIPPED.ordinaryDays, 0, 30),
                read.integer("unresolvedComplexProgressDays", AS_SHIPPED.complexProgressDays, 1, 60),
                read.integer("unresolvedComplexFinalDays", AS_SHIPPED.complexFinalDays, 1, 90),
                read.integer("complaintDays", AS_SHIPPED.complaintDays, 1, 60),
                read.integer("onsiteDays", AS_SHIPPED.onsiteDays, 1, 60));
        if (rules.complexProgressDays >= rules.complexFinalDays) {
            read.refuse("unresolvedComplexProgressDays", String.valueOf(rules.complexProgressDays),
                    Bilingual.of("须少于复杂类最终答复时限（unresolvedComplexFinalDays）",
                            "fewer than the complex class's final days (unresolvedComplexFinalDays)"));
            return AS_SHIPPED;
        }
        return rules;
    }

    /**
     * The deadlines of a record opened on {@code openedOn}. A limit counts working days after the day it is opened;
     * the same day (0) opened on a rest day is the next working day.
     */
    Deadlines of(RecordKind kind, RecordClass recordClass, LocalDate openedOn, WorkdayRules workdays) {
        return switch (kind) {
            case UNRESOLVED -> switch (recordClass) {
                case SIMPLE -> new Deadlines(null, due(openedOn, simpleDays, workdays));
                case ORDINARY -> new Deadlines(null, due(openedOn, ordinaryDays, workdays));
                case COMPLEX -> new Deadlines(due(openedOn, complexProgressDays, workdays),
                        due(openedOn, complexFinalDays, workdays));
            };
            case COMPLAINT -> new Deadlines(null, due(openedOn, complaintDays, workdays));
            case ONSITE -> new Deadlines(null, due(openedOn, onsiteDays, workdays));
            case ASSISTED, CONSULTATION -> new Deadlines(null, null);
        };
    }

    private static LocalDate due(LocalDate openedOn, int days, WorkdayRules workdays) {
        return days == 0 && !workdays.isWorkingDay(openedOn) ? workdays.addWorkingDays(openedOn, 1)
                : workdays.addWorkingDays(openedOn, days);
    }
}
