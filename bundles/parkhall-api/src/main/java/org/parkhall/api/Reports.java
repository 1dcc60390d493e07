package org.parkhall.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Monthly and quarterly reports (月报、季报) on the hall's working-day calendar and time zone.
 *
 * @since 3.3
 */
@ProviderType
public interface Reports {

    /**
     * The report of {@code period} ({@code 2026-11} or {@code 2026-Q4}) for {@code site}, or the whole county when
     * it is empty, as {@code scope} may see it (the same choice as {@link County#statistics}): a site outside the
     * scope is refused ({@code forbidden}); with no site given, a site admin of one site sees theirs. A period that is
     * no month or quarter is refused as invalid input; so is one that has not begun.
     */
    PeriodReport report(String period, Optional<String> site, SiteScope scope);
}
