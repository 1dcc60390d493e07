package org.parkhall.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's sites of one service (全旗通办) on one database: which site this node serves, what each site accepts,
 * cases handed between sites (收受分离) and the figures of a site or the whole county.
 *
 * @since 3.2
 */
@ProviderType
public interface County {

    /** Every site, the county centre first, then by code. */
    List<Site> sites();

    /** The site whose floor this node serves. */
    Site here();

    Optional<Site> site(String code);

    /** The catalog entries {@code site} accepts, ordered by code. */
    List<CatalogEntry> catalog(String site);

    /** Where the case is, for who may see the case. */
    CaseSites whereabouts(String caseNumber);

    /**
     * The site handling the case hands its papers ({@code materials}, in words) to site {@code to}, which handles it
     * from then on; recorded in the ledger naming both sites.
     */
    CaseSites handOver(String caseNumber, String to, String materials, String actor);

    /** Where the applicant collects the result when it is delivered at a window. */
    CaseSites deliverAt(String caseNumber, String site, String actor);

    /**
     * The figures of {@code day} (today in the hall's time zone when empty) for {@code site}, or the whole county
     * when {@code site} is empty, as {@code scope} may see them: a site outside it is refused ({@code forbidden});
     * with no site given, a site admin of one site sees theirs.
     */
    DayStatistics statistics(Optional<LocalDate> day, Optional<String> site, SiteScope scope);
}
