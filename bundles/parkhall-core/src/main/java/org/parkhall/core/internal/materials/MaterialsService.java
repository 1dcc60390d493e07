package org.parkhall.core.internal.materials;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.Catalog;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.MaterialType;
import org.parkhall.api.Materials;
import org.parkhall.api.StoredMaterial;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.core.internal.store.Database;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.Material;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the cases' electronic materials in the store: the type read from the content, never from the sender; the
 * SHA-256 of the file; at most {@code maxBytes} a file and {@code maxPerCase} files a case; each attachment, view
 * and download a ledger entry of the case. Content older than {@code retentionDays} is deleted by an hourly job
 * (one node at a time), which leaves the record and a ledger entry saying so.
 */
@Component(service = Materials.class, configurationPid = "org.parkhall.materials")
@Designate(ocd = MaterialsService.Config.class)
public final class MaterialsService implements Materials {
    private static final Logger LOG = LoggerFactory.getLogger(MaterialsService.class);
    static final String RETENTION_JOB = "materials-retention";
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_CASE = 30;
    static final int RETENTION_DAYS = 1825;
    /** Materials purged per round, so one round never holds a long transaction. */
    private static final int PURGE_BATCH = 200;

    @ObjectClassDefinition(name = "%materials", description = "%materials.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%materials.maxBytes", description = "%materials.maxBytes.description")
        int maxBytes() default MAX_BYTES;

        @AttributeDefinition(name = "%materials.maxPerCase", description = "%materials.maxPerCase.description")
        int maxPerCase() default MAX_PER_CASE;

        @AttributeDefinition(name = "%materials.retentionDays",
                description = "%materials.retentionDays.description")
        int retentionDays() default RETENTION_DAYS;
    }

    /** What the materials' configuration sets, as checked. */
    record Settings(int maxBytes, int maxPerCase, Duration retention) {
        static Settings read(ConfigurationReader read) {
            return new Settings(read.integer("maxBytes", MAX_BYTES, 1024, 50 * 1024 * 1024),
                    read.integer("maxPerCase", MAX_PER_CASE, 1, 500),
                    Duration.ofDays(read.integer("retentionDays", RETENTION_DAYS, 1, 36500)));
        }
    }

    private final Database database;
    private final Cases cases;
    private final Catalog catalog;
    private final SettledConfiguration<Settings> configuration;
    private final Clock clock;
    private final ScheduledExecutorService retention;

    @Activate
    public MaterialsService(@Reference Database database, @Reference Cases cases, @Reference Catalog catalog,
            @Reference HallConfiguration configurations, Map<String, Object> properties) {
        this(database, cases, catalog, new SettledConfiguration<>(configurations, Settings::read, properties),
                Clock.systemUTC());
        retention.scheduleWithFixedDelay(this::purgeLogged, 1, 60, TimeUnit.MINUTES);
    }

    MaterialsService(Database database, Cases cases, Catalog catalog, SettledConfiguration<Settings> configuration,
            Clock clock) {
        this.database = database;
        this.cases = cases;
        this.catalog = catalog;
        this.configuration = configuration;
        this.clock = clock;
        this.retention = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "parkhall-materials"));
    }

    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    @Deactivate
    void stop() {
        retention.shutdownNow();
    }

    @Override
    public long maxBytes() {
        return configuration.value().maxBytes();
    }

    @Override
    public StoredMaterial attach(String caseNumber, String materialCode, byte[] content, String actor) {
        Settings settings = configuration.value();
        CaseFile file = caseFile(caseNumber);
        String code = materialCode == null ? "" : materialCode.strip();
        if (!materialCodes(file).contains(code)) {
            throw new InvalidInputException("material", "该事项没有此材料：" + code,
                    "the item's guide names no such material: " + code);
        }
        if (content.length > settings.maxBytes()) {
            throw new HallException(ErrorCode.TOO_LARGE, tooLarge(settings.maxBytes()));
        }
        MaterialType type = MaterialType.sniff(content).orElseThrow(() -> new HallException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, Bilingual.of("只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）",
                        "only PDF, JPEG or PNG files are taken (judged by their content)")));
        String sha256 = sha256(content);
        Instant now = clock.instant();
        long id = database.inTransaction(connection -> {
            if (MaterialRecords.count(connection, file.number()) >= settings.maxPerCase()) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("本件电子材料已达上限（" + settings.maxPerCase()
                        + " 份）", "the case already holds its limit of " + settings.maxPerCase() + " files"));
            }
            long stored = MaterialRecords.insert(connection, file.number(), code, type, content, sha256, now, actor);
            LedgerRecords.append(connection, now, actor, "MATERIAL_ATTACHED", file.number(),
                    details(stored, code, type, content.length, sha256));
            return stored;
        });
        LOG.info("Case {}: material {} attached as {} ({} bytes)", file.number(), code, id, content.length);
        return new StoredMaterial(id, file.number(), code, type, content.length, sha256, now, actor, true);
    }

    @Override
    public List<StoredMaterial> of(String caseNumber) {
        CaseFile file = caseFile(caseNumber);
        return database.read(connection -> MaterialRecords.of(connection, file.number()));
    }

    @Override
    public MaterialContent open(String caseNumber, long id, boolean download, String actor) {
        CaseFile file = caseFile(caseNumber);
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            StoredMaterial material = MaterialRecords.one(connection, file.number(), id)
                    .orElseThrow(() -> HallException.notFound("本件没有该电子材料", "the case has no such material"));
            if (!material.kept()) {
                throw new HallException(ErrorCode.NOT_FOUND, Bilingual.of("该电子材料已超过保存期限并已删除",
                        "the material's content passed its retention and was deleted"));
            }
            byte[] content = MaterialRecords.content(connection, id);
            LedgerRecords.append(connection, now, actor, download ? "MATERIAL_DOWNLOADED" : "MATERIAL_VIEWED",
                    file.number(), details(id, material.materialCode(), material.type(), content.length,
                            material.sha256()));
            return new MaterialContent(material, content);
        });
    }

    /** Deletes the content of materials past retention; answers how many, none when another node is at it. */
    int purgeExpired() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(configuration.value().retention());
        return database.inTransactionAlone(RETENTION_JOB, connection -> {
            List<StoredMaterial> expired = MaterialRecords.keptBefore(connection, cutoff, PURGE_BATCH);
            for (StoredMaterial material : expired) {
                MaterialRecords.purge(connection, material.id(), now);
                LedgerRecords.append(connection, now, "system", "MATERIAL_PURGED", material.caseNumber(),
                        details(material.id(), material.materialCode(), material.type(), material.size(),
                                material.sha256()));
            }
            return expired.size();
        }).orElse(0);
    }

    private void purgeLogged() {
        try {
            int purged = purgeExpired();
            if (purged > 0) {
                LOG.info("Deleted the content of {} materials past retention", purged);
            }
        } catch (RuntimeException e) { // the next round tries again
            LOG.warn("Materials retention round failed: {}", e.toString());
        }
    }

    private CaseFile caseFile(String caseNumber) {
        return cases.find(caseNumber == null ? "" : caseNumber.strip().toUpperCase())
                .orElseThrow(() -> HallException.notFound("没有该办件", "no such case"));
    }

    /** The materials the case's item names; a joint case's are named {@code ITEM-CODE/material}, as at intake. */
    private Set<String> materialCodes(CaseFile file) {
        return catalog.jointApplications().stream().filter(joint -> joint.code().equals(file.itemCode()))
                .findFirst()
                .map(joint -> joint.itemCodes().stream().flatMap(item -> codes(item).stream().map(code -> item + "/"
                        + code)).collect(Collectors.toSet()))
                .orElseGet(() -> codes(file.itemCode()));
    }

    private Set<String> codes(String itemCode) {
        return catalog.entry(itemCode).map(entry -> entry.item().guide().materials().stream().map(Material::code)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    static Bilingual tooLarge(long maxBytes) {
        long kib = maxBytes / 1024;
        return Bilingual.of("文件过大：每份不超过 " + kib + " KiB", "file too large: at most " + kib + " KiB each");
    }

    private static String details(long id, String code, MaterialType type, long size, String sha256) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("material", code);
        data.put("id", id);
        data.put("type", type.name());
        data.put("size", size);
        data.put("sha256", sha256);
        return Json.GSON.toJson(data);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
