package org.parkhall.web.internal.catalog;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Catalog;
import org.parkhall.api.County;
import org.parkhall.api.OnlineItems;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;

/**
 * The catalog ({@code ?q=&department=}, searched by keyword in code, names, department and guide when {@code q}
 * is given), each item with its availability ("暂停受理" while its department's bundle is away), and the joint
 * applications (一件事, under their wire name {@code bundles}); and one item with its full service guide.
 */
@Component(service = ItemsApi.class)
public final class ItemsApi {
    private final Catalog catalog;
    private final County county;
    private final OnlineItems online;

    @Activate
    public ItemsApi(@Reference Catalog catalog, @Reference County county, @Reference OnlineItems online) {
        this.catalog = catalog;
        this.county = county;
        this.online = online;
    }

    public Object search(Call call) {
        return Map.of("items", catalog.search(call.query("q"), call.query("department"))
                .stream().map(ItemView::summary).toList(), "bundles", catalog.jointApplications());
    }

    /** The items a site accepts (全旗通办: one catalog, each site taking what its configuration lists). */
    public Object atSite(Call call) {
        return Map.of("site", call.parameter("code"), "items", county.catalog(call.parameter("code")).stream()
                .map(ItemView::summary).toList());
    }

    /** The items the public may apply for online now (网上申请), each with its guide and declared form. */
    public Object online(Call call) {
        return Map.of("items", catalog.entries().stream().filter(entry -> entry.available()
                && online.acceptsOnline(entry.item().code())).map(ItemView::detail).toList());
    }

    public Object entry(Call call) {
        String code = call.parameter("code");
        return catalog.entry(code).map(ItemView::detail)
                .orElseThrow(() -> ApiException.notFound("没有该事项：" + code, "no such item: " + code));
    }
}
