package org.parkhall.core.internal.sites;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseSites;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.County;
import org.parkhall.api.DayStatistics;
import org.parkhall.api.Site;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.cases.CaseHandovers;
import org.parkhall.core.internal.statistics.StatisticsService;

/** The county's sites as the API offers them (全旗通办). */
@Component(service = County.class)
public final class CountyService implements County {
    private final SiteDirectory sites;
    private final Catalog catalog;
    private final CaseHandovers handovers;
    private final StatisticsService statistics;

    @Activate
    public CountyService(@Reference SiteDirectory sites, @Reference Catalog catalog,
            @Reference CaseHandovers handovers, @Reference StatisticsService statistics) {
        this.sites = sites;
        this.catalog = catalog;
        this.handovers = handovers;
        this.statistics = statistics;
    }

    @Override
    public List<Site> sites() {
        return sites.sites();
    }

    @Override
    public Site here() {
        return sites.here();
    }

    @Override
    public Optional<Site> site(String code) {
        return sites.site(code);
    }

    @Override
    public List<CatalogEntry> catalog(String site) {
        Site accepting = sites.known("site", site);
        return catalog.entries().stream().filter(entry -> accepting.accepts(entry.item().code())).toList();
    }

    @Override
    public CaseSites whereabouts(String caseNumber) {
        return handovers.whereabouts(caseNumber);
    }

    @Override
    public CaseSites handOver(String caseNumber, String to, String materials, String actor) {
        return handovers.handOver(caseNumber, to, materials, actor);
    }

    @Override
    public CaseSites deliverAt(String caseNumber, String site, String actor) {
        return handovers.deliverAt(caseNumber, site, actor);
    }

    @Override
    public DayStatistics statistics(Optional<LocalDate> day, Optional<String> site, SiteScope scope) {
        return statistics.day(day.orElseGet(statistics::todayInHall), sites.seenBy(scope, site));
    }
}
