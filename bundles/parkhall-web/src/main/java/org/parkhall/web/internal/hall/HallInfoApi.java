package org.parkhall.web.internal.hall;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Checklist;
import org.parkhall.api.WorkingCalendar;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.api.Call;

/**
 * For the hall admin: the calendar ({@code ?year=}: working days, holidays, swapped workdays; this year by default)
 * and the checklist (the "十有" standard, judged from the hall's data).
 */
@Component(service = HallInfoApi.class)
public final class HallInfoApi {
    private final WorkingCalendar calendar;
    private final Checklist checklist;

    @Activate
    public HallInfoApi(@Reference WorkingCalendar calendar, @Reference Checklist checklist) {
        this.calendar = calendar;
        this.checklist = checklist;
    }

    public Object checklist(Call call) {
        return Map.of("items", checklist.items());
    }

    public Object calendar(Call call) {
        String year = call.query("year");
        if (year == null || year.isBlank()) {
            return calendar.year(LocalDate.now().getYear());
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new InvalidInputException("year", "年份须为四位数字", "the year is four digits");
        }
        return calendar.year(Integer.parseInt(year.strip()));
    }
}
