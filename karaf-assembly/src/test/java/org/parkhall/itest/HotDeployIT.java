package org.parkhall.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import javax.inject.Inject;
import javax.sql.DataSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.Ledger;
import org.parkhall.api.LedgerEvent;

/**
 * A department's bundle leaves and comes back while the hall runs: its items turn "暂停受理" without leaving the
 * catalog, return when its jar is dropped into deploy/, and the database keeps everything it had.
 */
public class HotDeployIT extends HallTestSupport {
    private static final List<String> AMR_ITEMS = List.of("AMR-FBL-01", "AMR-REG-01", "AMR-REG-02");


    @Inject
    private Catalog catalog;

    @Inject
    private Ledger ledger;

    @Inject
    @Filter("(dataSourceName=parkhall)")
    private DataSource dataSource;

    @Test
    public void aDepartmentBundleLeavesAndReturnsThroughTheDeployFolderWithNothingLost() throws Exception {
        waitFor("the department's items to be served", () -> availableCodes().equals(AMR_ITEMS));
        List<List<String>> catalogBefore = catalogRows();
        List<List<String>> ledgerBefore = ledgerRows();

        features().uninstallFeature("parkhall-dept-amr");
        waitFor("the items to turn unavailable", () -> availableCodes().isEmpty());
        assertItemsOverHttp("UNAVAILABLE", "暂停受理");

        Path deployed = deploy("parkhall-dept-amr.jar");
        waitFor("the items to return from deploy/", () -> availableCodes().equals(AMR_ITEMS));
        assertItemsOverHttp("AVAILABLE", "受理中");

        Files.delete(deployed);
        waitFor("the items to turn unavailable again", () -> availableCodes().isEmpty());
        assertEquals("no item leaves the catalog", AMR_ITEMS, codes(amrEntries()));

        deploy("parkhall-dept-amr.jar");
        waitFor("the items to return once more", () -> availableCodes().equals(AMR_ITEMS));

        assertEquals("catalog rows unchanged", catalogBefore, catalogRows());
        List<List<String>> ledgerAfter = ledgerRows();
        assertEquals("earlier ledger entries untouched", ledgerBefore, ledgerAfter.subList(0, ledgerBefore.size()));
        List<String> actions = ledger.recent(12).stream().map(LedgerEvent::action).toList();
        assertEquals(List.of("HANDLER_ARRIVED", "HANDLER_DEPARTED"), actions.stream().distinct().sorted().toList());
        assertEquals("3 items x (departed, arrived, departed, arrived)", ledgerBefore.size() + 12, ledgerAfter.size());
    }

    /**
     * The department's KAR, as its module builds it, dropped into deploy/ of a hall that lacks the department:
     * Karaf installs the feature it carries; removing the KAR takes the department away again.
     */
    @Test
    public void aDepartmentsKarInDeployInstallsItsFeature() throws Exception {
        features().uninstallFeature("parkhall-dept-tax");
        waitFor("the tax items to turn unavailable", () -> available("tax").isEmpty());

        Path kar = deploy("parkhall-dept-tax.kar", "mvn:org.parkhall/parkhall-dept-tax/"
                + System.getProperty("parkhall.version") + "/kar/department");
        waitFor("the KAR to install the department's feature", () -> available("tax").size() == 3);
        assertTrue(features().isInstalled(features().getFeature("parkhall-dept-tax")));

        Files.delete(kar);
        waitFor("the tax items to leave with the KAR", () -> available("tax").isEmpty());
        features().installFeature("parkhall-dept-tax");
        waitFor("the department to be back as the hall ships it", () -> available("tax").size() == 3);
    }

    private static Path deploy(String name) throws Exception {
        return deploy(name, "mvn:org.parkhall/parkhall-dept-amr/" + System.getProperty("parkhall.version"));
    }

    /**
     * Copies an artifact from the Maven repository into deploy/ the way an operator should: written beside it (a
     * partial KAR in deploy/ would be taken for a broken bundle), renamed into it last.
     */
    private static Path deploy(String name, String artifact) throws Exception {
        Path deployFolder = Path.of(System.getProperty("karaf.base"), "deploy");
        Path partial = Path.of(System.getProperty("karaf.data")).resolve(name + ".part");
        try (InputStream in = new URL(artifact).openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(partial, deployFolder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<String> availableCodes() {
        return available("amr");
    }

    private List<String> available(String department) {
        return codes(entries(department).stream().filter(CatalogEntry::available).toList());
    }

    private List<CatalogEntry> amrEntries() {
        return entries("amr");
    }

    private List<CatalogEntry> entries(String department) {
        return catalog.entries().stream().filter(entry -> entry.item().department().code().equals(department))
                .toList();
    }

    private static List<String> codes(List<CatalogEntry> entries) {
        return entries.stream().map(entry -> entry.item().code()).toList();
    }

    private static void assertItemsOverHttp(String code, String zh) throws Exception {
        Response response = http("GET", "/api/v1/items?department=amr");
        assertEquals(200, response.status());
        JsonArray items = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("items");
        assertEquals(AMR_ITEMS.size(), items.size());
        StreamSupport.stream(items.spliterator(), false).forEach(item -> {
            JsonObject availability = item.getAsJsonObject().getAsJsonObject("availability");
            assertEquals(code, availability.get("code").getAsString());
            assertEquals(zh, availability.get("zh").getAsString());
        });
        Response detail = http("GET", "/api/v1/items/AMR-REG-01");
        assertEquals("an unavailable item is still shown, with its guide", 200, detail.status());
        assertTrue(detail.body().contains("公司章程"));
    }

    private List<List<String>> catalogRows() throws SQLException {
        return rows("SELECT code, department, description, handler_bundle, handler_version FROM catalog_item"
                + " WHERE department = 'amr' ORDER BY code");
    }

    private List<List<String>> ledgerRows() throws SQLException {
        return rows("SELECT seq, occurred_at, actor, action, subject, data FROM ledger_event"
                + " WHERE subject LIKE 'AMR-%' ORDER BY seq");
    }

    private List<List<String>> rows(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.add(rows.getString(column));
                }
                result.add(row);
            }
            return result;
        }
    }
}
