package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.reflect.TypeToken;

import org.parkhall.api.CaseSites;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.ledger.LedgerRecords;

/**
 * Which site took a case, holds its papers and delivers its result ({@code case_file}'s site columns, migration
 * 018); its hand-overs are its ledger's {@value #HANDED_OVER} entries.
 */
public final class CaseSiteRecords {
    public static final String HANDED_OVER = "CASE_HANDED_OVER";
    public static final String DELIVERY_SITE_CHOSEN = "CASE_DELIVERY_SITE_CHOSEN";

    private CaseSiteRecords() {
    }

    /** Where the case is; empty for no such case. */
    public static Optional<CaseSites> find(Connection connection, String number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT taken_at_site, handled_at_site,"
                + " deliver_at_site FROM case_file WHERE case_no = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CaseSites(number, rows.getString(1), rows.getString(2), rows.getString(3),
                        LedgerRecords.about(connection, number).stream()
                                .filter(event -> event.action().equals(HANDED_OVER))
                                .map(CaseSiteRecords::handover).toList()));
            }
        }
    }

    /**
     * Moves the case's papers from site {@code from} to {@code to}; false when {@code from} no longer holds them (a
     * hand-over from another node came first).
     */
    public static boolean handOver(Connection connection, String number, String from, String to)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_file SET handled_at_site = ?"
                + " WHERE case_no = ? AND handled_at_site = ?")) {
            update.setString(1, to);
            update.setString(2, number);
            update.setString(3, from);
            return update.executeUpdate() == 1;
        }
    }

    public static void deliverAt(Connection connection, String number, String site) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_file SET deliver_at_site = ?"
                + " WHERE case_no = ?")) {
            update.setString(1, site);
            update.setString(2, number);
            update.executeUpdate();
        }
    }

    /**
     * The condition on {@code case_file}'s rows that {@code scope} sees, to follow {@code WHERE}: a case taken,
     * handled or collected at one of its sites (a site admin watches the cases their floor took, holds or hands
     * out); always true for the county. Appends the sites' codes to {@code values} in order.
     */
    public static String within(SiteScope scope, List<Object> values) {
        if (scope.sites().isEmpty()) {
            return "1 = 1";
        }
        List<String> sites = scope.sites().stream().sorted().toList();
        String marks = String.join(", ", Collections.nCopies(sites.size(), "?"));
        for (int i = 0; i < 3; i++) {
            values.addAll(sites);
        }
        return "(taken_at_site IN (" + marks + ") OR handled_at_site IN (" + marks + ") OR deliver_at_site IN ("
                + marks + "))";
    }

    private static CaseSites.Handover handover(LedgerEvent event) {
        Map<String, String> data = Json.GSON.fromJson(event.data(), new TypeToken<Map<String, String>>() { }
                .getType());
        return new CaseSites.Handover(data.get("from"), data.get("to"), data.get("materials"), event.actor(),
                event.time());
    }
}
