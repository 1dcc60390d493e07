package org.parkhall.web.internal.statistics;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.County;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Statistics;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.Body;

/** The day's figures ({@code ?day=2026-11-24}, today by default) per queue, counter, department. */
@Component(service = StatisticsApi.class)
public final class StatisticsApi {
    private final Statistics statistics;
    private final County county;

    @Activate
    public StatisticsApi(@Reference Statistics statistics, @Reference County county) {
        this.statistics = statistics;
        this.county = county;
    }

    /** A site admin's are their site's, as {@link #county(Call)} gives them with no site named. */
    public Object day(Call call) {
        String day = call.query("day");
        SiteScope scope = call.viewer().siteScope().orElseThrow();
        if (!scope.sites().isEmpty()) {
            return county.statistics(day == null || day.isBlank() ? Optional.empty()
                    : Optional.of(Body.day("day", day)), Optional.empty(), scope);
        }
        if (day == null || day.isBlank()) {
            return statistics.today();
        }
        return statistics.day(Body.day("day", day));
    }

    /**
     * One site's figures ({@code ?site=PARK&day=}) or the whole county's (no site): a site admin sees their site's
     * alone, another site's is refused (403 {@code forbidden}).
     */
    public Object county(Call call) {
        String day = call.query("day");
        String site = call.query("site");
        return county.statistics(day == null || day.isBlank() ? Optional.empty() : Optional.of(Body.day("day", day)),
                site == null || site.isBlank() ? Optional.empty() : Optional.of(site.strip()),
                call.viewer().siteScope().orElseThrow());
    }
}
