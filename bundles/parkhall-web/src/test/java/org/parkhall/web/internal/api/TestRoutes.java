package org.parkhall.web.internal.api;

import java.lang.reflect.Proxy;

import org.parkhall.web.internal.access.SessionApi;
import org.parkhall.web.internal.applicant.PublicCasesApi;
import org.parkhall.web.internal.appointments.AppointmentsApi;
import org.parkhall.web.internal.cases.ApplicationsApi;
import org.parkhall.web.internal.cases.CasesApi;
import org.parkhall.web.internal.cases.ReviewsApi;
import org.parkhall.web.internal.catalog.ItemsApi;
import org.parkhall.web.internal.floor.DisplayEvents;
import org.parkhall.web.internal.floor.FloorApi;
import org.parkhall.web.internal.hall.HallInfoApi;
import org.parkhall.web.internal.hall.HealthApi;
import org.parkhall.web.internal.ledger.LedgerApi;
import org.parkhall.web.internal.notices.NoticesApi;
import org.parkhall.web.internal.ratings.RatingPadsApi;
import org.parkhall.web.internal.online.OnlineApi;
import org.parkhall.web.internal.ratings.RatingsApi;
import org.parkhall.web.internal.ratings.RectificationsApi;
import org.parkhall.web.internal.records.RecordsApi;
import org.parkhall.web.internal.reports.ReportsApi;
import org.parkhall.web.internal.sites.SitesApi;
import org.parkhall.web.internal.staff.StaffApi;
import org.parkhall.web.internal.statistics.StatisticsApi;

/** The hall's real route table, its handlers without services behind them: for tests of routing, never calls. */
final class TestRoutes {
    private TestRoutes() {
    }

    static Routes hall() {
        return new Routes(new SessionApi(null, null), new HealthApi(), new HallInfoApi(null, null),
                new ItemsApi(null, null, null), new FloorApi(null), new DisplayEvents(), new AppointmentsApi(null, null),
                new ApplicationsApi(null, null), new CasesApi(null, null, null, null, null), new PublicCasesApi(null, null, null),
                new RatingsApi(null, null, null, null, null), new RatingPadsApi(null), new LedgerApi(null, null),
                new StatisticsApi(null, null), new StaffApi(null), new SitesApi(null),
                new RecordsApi(null, null, null, null, asShipped()), new RectificationsApi(null),
                new ReviewsApi(null, null), new OnlineApi(null, null, null, null, null, null), new ReportsApi(null),
                new NoticesApi(null, null));
    }

    /** The on-site request limits as shipped: each attribute's default. */
    private static RecordsApi.Config asShipped() {
        return (RecordsApi.Config) Proxy.newProxyInstance(RecordsApi.Config.class.getClassLoader(),
                new Class<?>[] {RecordsApi.Config.class}, (proxy, method, args) -> method.getDefaultValue());
    }
}
