package org.parkhall.core.internal.sites;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.api.Site;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.spi.ConfigurationProblem;
import org.parkhall.spi.ConfigurationReader;

/** Sites as their configurations come and go, and the site a node serves. */
public class SiteDirectoryTest {
    private final ConfigurationChecks configurations = new ConfigurationChecks();

    @Test
    public void aHallWithoutSitesIsOneCountyCentreWordedAsTheHallWas() {
        SiteDirectory sites = new SiteDirectory(configurations, Map.of());
        assertEquals(List.of(SiteDirectory.BUILT_IN_CENTRE), sites.sites());
        assertEquals("园区政务服务分中心（综合受理窗口）", sites.here().authority());
        assertTrue(sites.here().accepts("AMR-REG-01"));
        assertEquals(List.of(), configurations.refused());
    }

    @Test
    public void aNodeServesTheSiteItNamesOnceThatSiteIsConfigured() {
        SiteDirectory sites = new SiteDirectory(configurations, Map.of("service.pid", "org.parkhall.node",
                "site", "TOWN"));
        assertEquals("until the town is configured the node serves the centre", Site.COUNTY_CENTRE,
                sites.here().code());
        assertEquals(List.of("site"), refusedKeys("org.parkhall.node"));
        SiteDefinition town = definition("site-town", "TOWN", "HRSS-SI-01, TAX-INV-01");
        sites.addSite(town);
        assertEquals("TOWN", sites.here().code());
        assertTrue(sites.here().accepts("TAX-INV-01"));
        assertFalse(sites.here().accepts("AMR-REG-01"));
        assertEquals(List.of(), configurations.refused());
        assertEquals(List.of(Site.COUNTY_CENTRE, "TOWN"), sites.sites().stream().map(Site::code).toList());
        sites.removeSite(town);
        assertEquals(Site.COUNTY_CENTRE, sites.here().code());
    }

    @Test
    public void aSecondSiteWithACodeInUseIsRefusedAndTakesOverWhenTheFirstGoes() {
        SiteDirectory sites = new SiteDirectory(configurations, Map.of());
        SiteDefinition first = definition("site-park", "PARK", "*");
        SiteDefinition second = definition("site-park2", "PARK", "AMR-REG-01");
        sites.addSite(first);
        sites.addSite(second);
        assertEquals(List.of("code"), refusedKeys("site-park2"));
        assertTrue(sites.site("PARK").orElseThrow().accepts("TAX-REG-01"));
        sites.removeSite(first);
        assertFalse(sites.site("PARK").orElseThrow().accepts("TAX-REG-01"));
        assertEquals(List.of(), configurations.refused());
    }

    @Test
    public void aSiteWithoutItsIssuerOrWithAWrongCodeOrItemsIsNotPutInService() {
        assertEquals(null, SiteDefinition.read(reader(Map.of("code", "park"))));
        Map<String, Object> noAuthority = properties("PARK", "*");
        noAuthority.remove("authority");
        assertEquals(null, SiteDefinition.read(reader(noAuthority)));
        assertEquals(null, SiteDefinition.read(reader(properties("PARK", "AMR REG 01 !"))));
        ConfigurationReader empty = reader(properties("PARK", ","));
        assertEquals(null, SiteDefinition.read(empty));
        assertEquals(List.of("items"), empty.problems().stream().map(ConfigurationProblem::key).toList());
        assertEquals(List.of(), SiteDefinition.read(reader(properties("PARK", "*"))).items());
    }

    private SiteDefinition definition(String pid, String code, String items) {
        Map<String, Object> properties = properties(code, items);
        properties.put("service.pid", pid);
        return new SiteDefinition(configurations, properties);
    }

    private static Map<String, Object> properties(String code, String items) {
        return new HashMap<>(Map.of("code", code, "name.zh", "某站点", "name.en", "A site", "address", "某地",
                "phone", "0477-1234567", "authority", "某站点（综合受理窗口）", "items", items));
    }

    private static ConfigurationReader reader(Map<String, Object> properties) {
        return new ConfigurationReader(properties);
    }

    private List<String> refusedKeys(String pid) {
        return configurations.refused().stream().filter(refusal -> refusal.pid().equals(pid))
                .map(RefusedConfiguration::problems).flatMap(List::stream).map(ConfigurationProblem::key).toList();
    }
}
