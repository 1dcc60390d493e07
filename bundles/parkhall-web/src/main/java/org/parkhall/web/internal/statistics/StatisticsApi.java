package org.parkhall.web.internal.statistics;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Statistics;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.Body;

/** The day's figures ({@code ?day=2026-11-24}, today by default) per queue, counter, department. */
@Component(service = StatisticsApi.class)
public final class StatisticsApi {
    private final Statistics statistics;

    @Activate
    public StatisticsApi(@Reference Statistics statistics) {
        this.statistics = statistics;
    }

    public Object day(Call call) {
        String day = call.query("day");
        if (day == null || day.isBlank()) {
            return statistics.today();
        }
        return statistics.day(Body.day("day", day));
    }
}
