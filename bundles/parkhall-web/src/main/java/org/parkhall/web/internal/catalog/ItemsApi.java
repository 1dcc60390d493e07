package org.parkhall.web.internal.catalog;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.Catalog;
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

    @Activate
    public ItemsApi(@Reference Catalog catalog) {
        this.catalog = catalog;
    }

    public Object search(Call call) {
        return Map.of("items", catalog.search(call.query("q"), call.query("department"))
                .stream().map(ItemView::summary).toList(), "bundles", catalog.jointApplications());
    }

    public Object entry(Call call) {
        String code = call.parameter("code");
        return catalog.entry(code).map(ItemView::detail)
                .orElseThrow(() -> ApiException.notFound("没有该事项：" + code, "no such item: " + code));
    }
}
