package org.parkhall.api;

import java.util.Optional;
import java.util.Set;

import org.parkhall.spi.Bilingual;

/**
 * Which sites' floor, figures and cases a hall admin may see: a county admin ({@value #COUNTY_ADMIN}) every site, a
 * site admin ({@value #SITE_ADMIN}{@code <code>}, e.g. {@code siteadmin:PARK}) the sites named. Clerks and approvers
 * are not limited by site (approvers belong to departments).
 *
 * @param sites the site codes seen; empty for the whole county
 * @since 3.2
 */
public record SiteScope(Set<String> sites) {
    public static final String COUNTY_ADMIN = "halladmin";
    public static final String SITE_ADMIN = "siteadmin:";
    public static final SiteScope COUNTY = new SiteScope(Set.of());

    public SiteScope {
        sites = Set.copyOf(sites);
    }

    /** The scope {@code roles} give, or empty when they make no hall admin of any site. */
    public static Optional<SiteScope> of(Set<String> roles) {
        if (roles.contains(COUNTY_ADMIN)) {
            return Optional.of(COUNTY);
        }
        Set<String> sites = Set.copyOf(roles.stream().filter(role -> role.startsWith(SITE_ADMIN))
                .map(role -> role.substring(SITE_ADMIN.length())).filter(code -> code.matches(Site.CODE)).toList());
        return sites.isEmpty() ? Optional.empty() : Optional.of(new SiteScope(sites));
    }

    public boolean sees(String site) {
        return sites.isEmpty() || sites.contains(site);
    }

    /** Refuses a site outside the scope: forbidden, in both languages. */
    public void check(String site) {
        if (!sees(site)) {
            throw new HallException(ErrorCode.FORBIDDEN, Bilingual.of("您只能查看和管理本站点（" + String.join("、",
                    sites) + "）的数据，不能查看站点" + site, "you see and manage only your site's data ("
                    + String.join(", ", sites) + "), not site " + site));
        }
    }
}
