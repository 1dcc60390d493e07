package org.parkhall.core.internal.catalog;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.nodes.HallNode;
import org.parkhall.core.internal.nodes.NodeRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.SqlWork;
import org.parkhall.core.internal.store.StoreException;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ReviewSteps;
import org.parkhall.spi.ServiceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the departments' {@link ItemHandler} services as they come and go, and knows at any moment which items
 * are served on this node; which node serves what is stored too ({@link NodeRecords}). An arriving handler's item
 * description is stored in the catalog, in one transaction with its arrival in the ledger when its release is new
 * to the county; a departing one leaves the item in the catalog as "暂停受理", and its departure in the ledger when
 * no other live node serves that release. A node stopping (or the core) records no departure, and its restart no
 * arrival. A handler whose description is invalid is refused and the refusal logged and recorded, never indexed.
 */
@Component(service = HandlerRegistry.class)
public final class HandlerRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerRegistry.class);

    private final Database database;
    private final HandlerGuard guard;
    private final HallNode node;
    private final Clock clock;
    private final Map<Long, Registration> byServiceId = new ConcurrentHashMap<>();
    private volatile boolean closing;

    @Activate
    public HandlerRegistry(@Reference Database database, @Reference HandlerGuard guard, @Reference HallNode node) {
        this(database, guard, node, Clock.systemUTC());
    }

    HandlerRegistry(Database database, HandlerGuard guard, HallNode node, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.node = node;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        // The hall is stopping, not the departments leaving: their handlers are not recorded as departed.
        closing = true;
    }

    @Reference(name = "handler", service = ItemHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeHandler")
    void addHandler(ItemHandler handler, ServiceReference<ItemHandler> reference) {
        String bundle = reference.getBundle().getSymbolicName();
        String version = reference.getBundle().getVersion().toString();
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        ServiceItem item;
        ReviewSteps steps;
        try {
            item = describe(bundle, handler, reference.getProperty(ItemHandler.ITEM_CODE));
            steps = reviewSteps(bundle, handler, item);
        } catch (RuntimeException e) {
            refuse(bundle, version, reference.getProperty(ItemHandler.ITEM_CODE), e);
            return;
        }
        Registration registration = new Registration(handler, item, serviceId,
                ranking instanceof Integer r ? r : 0, bundle, version, clock.instant());
        byServiceId.put(serviceId, registration);
        recordArrival(registration, steps);
        LOG.info("Item {} served by {} {}", item.code(), bundle, version);
    }

    void removeHandler(ItemHandler handler, ServiceReference<ItemHandler> reference) {
        Registration gone = byServiceId.remove((Long) reference.getProperty(Constants.SERVICE_ID));
        if (gone == null || closing || node.stopping()) {
            return;
        }
        if (byServiceId.values().stream().noneMatch(left -> release(left).equals(release(gone)))) {
            recordDeparture(gone);
        }
        if (serving(gone.code()).isEmpty()) {
            LOG.info("Item {} temporarily unavailable here: {} {} left", gone.code(), gone.bundle(), gone.version());
        }
    }

    /** The handler serving {@code code} now, if any. */
    public Optional<Registration> serving(String code) {
        return byServiceId.values().stream()
                .filter(registration -> registration.code().equals(code))
                .min(Registration.SERVING_FIRST);
    }

    /** The handlers serving each item now, by item code. */
    public Map<String, Registration> servingByCode() {
        Map<String, Registration> serving = new TreeMap<>();
        for (Registration registration : byServiceId.values()) {
            serving.merge(registration.code(), registration,
                    (a, b) -> Registration.SERVING_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return serving;
    }

    /** The item the handler describes, asked through the guard so a hanging {@code item()} cannot stall SCR. */
    private ServiceItem describe(String bundle, ItemHandler handler, Object codeProperty) {
        if (!(codeProperty instanceof String code) || code.isBlank()) {
            throw new IllegalArgumentException("service property " + ItemHandler.ITEM_CODE + " is missing");
        }
        ServiceItem item;
        try {
            item = guard.run(bundle, handler::item);
        } catch (HandlerGuard.NoAnswer e) {
            throw new IllegalArgumentException("item() gave no answer: " + e.getMessage(), e);
        }
        if (item == null) {
            throw new IllegalArgumentException("item() returned nothing");
        }
        if (!item.code().equals(code)) {
            throw new IllegalArgumentException(ItemHandler.ITEM_CODE + "=" + code
                    + " does not match the item it describes, " + item.code());
        }
        return item;
    }

    /** The review steps the handler declares, asked through the guard like its item. */
    private ReviewSteps reviewSteps(String bundle, ItemHandler handler, ServiceItem item) {
        ReviewSteps steps;
        try {
            steps = guard.run(bundle, handler::reviewSteps);
        } catch (HandlerGuard.NoAnswer e) {
            throw new IllegalArgumentException("reviewSteps() gave no answer: " + e.getMessage(), e);
        }
        if (steps == null) {
            throw new IllegalArgumentException("reviewSteps() returned nothing");
        }
        if (steps.countersigningDepartments().contains(item.department().code())) {
            throw new IllegalArgumentException("a department does not countersign its own item: "
                    + item.department().code());
        }
        return steps;
    }

    private void recordArrival(Registration registration, ReviewSteps steps) {
        record(registration, "HANDLER_ARRIVED", connection -> {
            ReviewStepsRecords.save(connection, registration.code(), steps, registration.since());
            CatalogRecords.save(connection, new CatalogRecords.Row(registration.code(),
                    registration.item().department().code(), Json.GSON.toJson(registration.item()),
                    registration.bundle(), registration.version(), registration.since()));
            return NodeRecords.arrive(connection, node.name(), release(registration), clock.instant());
        });
    }

    private void recordDeparture(Registration registration) {
        record(registration, "HANDLER_DEPARTED", connection -> {
            boolean departed = NodeRecords.depart(connection, node.name(), release(registration), node.liveAfter());
            if (departed) {
                CatalogRecords.touch(connection, registration.code(), clock.instant());
            }
            return departed;
        });
    }

    /** Runs {@code change}, and records {@code action} in the ledger in the same transaction when it says so. */
    private void record(Registration registration, String action, SqlWork<Boolean> change) {
        String data = Json.GSON.toJson(Map.of("bundle", registration.bundle(), "version", registration.version(),
                "serviceId", registration.serviceId(), "node", node.name()));
        try {
            database.inTransaction(connection -> {
                if (change.run(connection)) {
                    LedgerRecords.append(connection, clock.instant(), "bundle:" + registration.bundle(), action,
                            registration.code(), data);
                }
                return null;
            });
        } catch (StoreException | HallException e) { // a fault, or the database away: this node serves on
            LOG.error("Could not record {} of item {}: {}", action, registration.code(), e.getMessage(), e);
        }
    }

    private static NodeRecords.Release release(Registration registration) {
        return new NodeRecords.Release(registration.code(), registration.bundle(), registration.version());
    }

    private void refuse(String bundle, String version, Object code, RuntimeException cause) {
        LOG.error("Refused an item handler from {} {} (item code {}): {}", bundle, version, code,
                cause.getMessage());
        String subject = code instanceof String s && !s.isBlank() && s.length() <= 60 ? s : "?";
        String data = Json.GSON.toJson(Map.of("bundle", bundle, "version", version,
                "reason", String.valueOf(cause.getMessage())));
        try {
            database.inTransaction(connection -> {
                LedgerRecords.append(connection, clock.instant(), "bundle:" + bundle, "HANDLER_REFUSED", subject,
                        data);
                return null;
            });
        } catch (StoreException | HallException e) {
            LOG.error("Could not record the refusal: {}", e.getMessage(), e);
        }
    }
}
