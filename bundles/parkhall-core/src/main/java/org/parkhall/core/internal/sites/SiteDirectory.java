package org.parkhall.core.internal.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.Site;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.configuration.FirstComeClashes;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;

/**
 * The county's sites as their configurations come and go, and the one whose floor this node serves: {@code site} in
 * {@code etc/org.parkhall.node.cfg}, the county centre when not given. A hall that configures no county centre has
 * the built-in one, worded as the hall was before it had sites, so a single hall prints what it always printed.
 */
@Component(service = SiteDirectory.class, configurationPid = "org.parkhall.node")
public final class SiteDirectory {
    /** The county centre of a hall that configures none: the one hall there was before sites. */
    static final Site BUILT_IN_CENTRE = new Site(Site.COUNTY_CENTRE, Bilingual.of("园区政务服务分中心",
            "Park government service centre"), "园区政务服务分中心综合受理窗口", "12345", "园区政务服务分中心（综合受理窗口）",
            "", List.of());
    private static final Bilingual CODE_TAKEN = Bilingual.of("其他站点未用的代码（先配置者保留）",
            "a code no other site uses (a site configured earlier has it and keeps it)");
    private static final Bilingual NOT_CONFIGURED = Bilingual.of("已配置站点的代码（etc/org.parkhall.site-<代码>.cfg）；"
            + "未配置前本节点服务县中心", "the code of a configured site (etc/org.parkhall.site-<code>.cfg); until"
            + " then this node serves the county centre");

    private final HallConfiguration configurations;
    private final FirstComeClashes<SiteDefinition, String> sites = new FirstComeClashes<>(
            definition -> definition.site().map(Site::code), SiteDefinition::configuration, "code", CODE_TAKEN);
    private volatile Map<String, ?> node;
    private volatile String here = Site.COUNTY_CENTRE;

    @Activate
    public SiteDirectory(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        this.configurations = configurations;
        configure(properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        node = properties;
        settleHere();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSite",
            updated = "changedSite")
    public void addSite(SiteDefinition definition) {
        sites.add(definition);
        settleHere();
    }

    void changedSite(SiteDefinition definition) {
        sites.changed(definition);
        settleHere();
    }

    void removeSite(SiteDefinition definition) {
        sites.remove(definition);
        settleHere();
    }

    /** Every site, the county centre first, then by code. */
    public List<Site> sites() {
        List<Site> all = new ArrayList<>(sites.inService().values().stream().map(d -> d.site().orElseThrow())
                .filter(site -> !site.isCountyCentre()).sorted(Comparator.comparing(Site::code)).toList());
        all.add(0, centre());
        return all;
    }

    public Optional<Site> site(String code) {
        if (Site.COUNTY_CENTRE.equals(code)) {
            return Optional.of(centre());
        }
        return Optional.ofNullable(code == null ? null : sites.inService().get(code)).flatMap(SiteDefinition::site);
    }

    /** The site whose floor this node serves. */
    public Site here() {
        return ofRecord(here);
    }

    /** The site of {@code code}, or refused as an input that names no site. */
    public Site known(String field, String code) {
        return site(code).orElseThrow(() -> new InvalidInputException(field, "没有该站点：" + code,
                "no such site: " + code));
    }

    /**
     * The site whose figures {@code scope} asks for: {@code site} if the scope sees it, the whole county (empty) for a
     * county admin who names none, a site admin's one site; refused otherwise (forbidden, or choose a site).
     */
    public String seenBy(SiteScope scope, Optional<String> site) {
        if (site.isPresent()) {
            scope.check(site.get());
            return known("site", site.get()).code();
        }
        if (scope.sites().isEmpty()) {
            return "";
        }
        if (scope.sites().size() == 1) {
            return scope.sites().iterator().next();
        }
        throw new InvalidInputException("site", "请选择要查看的站点：" + String.join("、", scope.sites()),
                "choose the site to see: " + String.join(", ", scope.sites()));
    }

    /** The site a stored row names; the county centre when that site's configuration has since gone. */
    public Site ofRecord(String code) {
        return site(code).orElseGet(this::centre);
    }

    private Site centre() {
        return Optional.ofNullable(sites.inService().get(Site.COUNTY_CENTRE)).flatMap(SiteDefinition::site)
                .orElse(BUILT_IN_CENTRE);
    }

    /** Takes the node's {@code site} when it is a configured site's code; reports it refused otherwise. */
    private synchronized void settleHere() {
        ConfigurationReader read = new ConfigurationReader(node);
        String code = read.text("site", Site.COUNTY_CENTRE);
        if (!code.matches(Site.CODE)) {
            read.refuse("site", code, SiteDefinition.CODE_RULE);
        } else if (site(code).isEmpty()) {
            read.refuse("site", code, NOT_CONFIGURED);
        }
        here = read.valid() ? code : Site.COUNTY_CENTRE;
        configurations.report(read, false);
    }
}
