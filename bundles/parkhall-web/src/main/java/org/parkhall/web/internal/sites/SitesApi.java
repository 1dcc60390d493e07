package org.parkhall.web.internal.sites;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.County;
import org.parkhall.web.internal.api.Call;

/** The county's sites (全旗通办) and the one this node serves, for the kiosk, guide pages and console headers. */
@Component(service = SitesApi.class)
public final class SitesApi {
    private final County county;

    @Activate
    public SitesApi(@Reference County county) {
        this.county = county;
    }

    public Object sites(Call call) {
        return Map.of("here", county.here().code(), "sites", county.sites());
    }
}
