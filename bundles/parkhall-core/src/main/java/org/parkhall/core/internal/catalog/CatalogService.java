package org.parkhall.core.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.parkhall.api.Appointments;
import org.parkhall.api.Availability;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.JointApplication;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.nodes.HallNode;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.ServiceItem;

/**
 * The catalog: every stored item, described by the handler serving it on this node now or, while none is deployed
 * here, by the description its last handler left; with the live nodes serving it, so an item served elsewhere only
 * says where. A guide that leaves its hours to the hall states the hall's opening hours.
 */
@Component(service = Catalog.class)
public final class CatalogService implements Catalog {
    private final Database database;
    private final HandlerRegistry registry;
    private final JointApplications jointApplications;
    /** The hall's opening hours; while appointments are down the guides go without, rather than the catalog. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Appointments appointments;
    private final HallNode node;

    @Activate
    public CatalogService(@Reference Database database, @Reference HandlerRegistry registry,
            @Reference JointApplications jointApplications, @Reference HallNode node) {
        this.database = database;
        this.registry = registry;
        this.jointApplications = jointApplications;
        this.node = node;
    }

    @Override
    public List<CatalogEntry> search(String keyword, String department) {
        String wanted = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
        return entries().stream()
                .filter(entry -> department == null || department.isBlank()
                        || entry.item().department().code().equals(department.strip()))
                .filter(entry -> wanted.isEmpty() || searchText(entry.item()).contains(wanted))
                .toList();
    }

    @Override
    public List<JointApplication> jointApplications() {
        return jointApplications.all();
    }

    /** Everything a person might search an item by, lower-cased: code, names, department, guide texts. */
    private static String searchText(ServiceItem item) {
        StringBuilder text = new StringBuilder(item.code()).append('\n').append(item.name().zh()).append('\n')
                .append(item.name().en()).append('\n').append(item.department().code()).append('\n')
                .append(item.department().name().zh()).append('\n').append(item.department().name().en())
                .append('\n').append(item.kind().label().zh());
        item.guide().conditions().forEach(condition -> text.append('\n').append(condition));
        item.guide().materials().forEach(material -> text.append('\n').append(material.name()));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<CatalogEntry> entries() {
        Map<String, List<String>> servedOn = node.servedOn();
        Map<String, CatalogEntry> entries = new TreeMap<>();
        for (CatalogRecords.Row row : database.read(CatalogRecords::all)) {
            entries.put(row.code(), stored(row, servedOn.getOrDefault(row.code(), List.of())));
        }
        registry.servingByCode().forEach((code, registration) -> entries.put(code,
                live(registration, servedOn.getOrDefault(code, List.of()))));
        return entries.values().stream().map(this::withHallHours).toList();
    }

    @Override
    public Optional<CatalogEntry> entry(String itemCode) {
        List<String> servedOn = node.servedOn().getOrDefault(itemCode, List.of());
        Optional<Registration> serving = registry.serving(itemCode);
        return (serving.isPresent() ? Optional.of(live(serving.get(), servedOn))
                : database.read(connection -> CatalogRecords.find(connection, itemCode)).map(row -> stored(row, servedOn)))
                .map(this::withHallHours);
    }

    private CatalogEntry withHallHours(CatalogEntry entry) {
        Appointments hall = appointments;
        ServiceItem item = entry.item();
        if (hall == null || !item.guide().keepsHallHours()) {
            return entry;
        }
        ServiceItem withHours = new ServiceItem(item.code(), item.name(), item.department(), item.kind(),
                item.legalLimitDays(), item.promisedLimitDays(), item.guide().withHallHours(hall.hours().text()));
        return new CatalogEntry(withHours, entry.availability(), entry.handlerBundle(), entry.handlerVersion(),
                entry.since(), entry.servedOn());
    }

    /** Served here: this node is named among the others even before its row is read back. */
    private CatalogEntry live(Registration registration, List<String> servedOn) {
        TreeSet<String> nodes = new TreeSet<>(servedOn);
        nodes.add(node.name());
        return new CatalogEntry(registration.item(), Availability.AVAILABLE, registration.bundle(),
                registration.version(), registration.since(), List.copyOf(nodes));
    }

    /** Not served here: elsewhere, or nowhere (暂停受理). */
    private CatalogEntry stored(CatalogRecords.Row row, List<String> servedOn) {
        List<String> elsewhere = servedOn.stream().filter(name -> !name.equals(node.name())).toList();
        return new CatalogEntry(Json.GSON.fromJson(row.description(), ServiceItem.class),
                elsewhere.isEmpty() ? Availability.UNAVAILABLE : Availability.OTHER_NODES, row.handlerBundle(),
                row.handlerVersion(), row.changedAt(), elsewhere);
    }
}
