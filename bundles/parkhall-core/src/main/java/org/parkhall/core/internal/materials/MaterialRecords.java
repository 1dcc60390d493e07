package org.parkhall.core.internal.materials;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.parkhall.api.MaterialType;
import org.parkhall.api.StoredMaterial;
import org.parkhall.core.internal.store.Times;

/** The rows of {@code case_material} and the content chunks of {@code material_chunk} (migration 023). */
final class MaterialRecords {
    /** Bytes per chunk: their base64 (32000 characters) fills {@code material_chunk.data} exactly. */
    static final int CHUNK_BYTES = 24000;
    private static final String SELECT = "SELECT id, case_no, material_code, media_type, size_bytes, sha256,"
            + " attached_at, attached_by, purged_at FROM case_material";

    private MaterialRecords() {
    }

    static long insert(Connection connection, String caseNumber, String materialCode, MaterialType type,
            byte[] content, String sha256, Instant now, String actor) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_material (case_no,"
                + " material_code, media_type, size_bytes, sha256, attached_at, attached_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, caseNumber);
            insert.setString(2, materialCode);
            insert.setString(3, type.name());
            insert.setLong(4, content.length);
            insert.setString(5, sha256);
            insert.setTimestamp(6, Timestamp.from(now), Times.utc());
            insert.setString(7, actor);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement chunk = connection.prepareStatement(
                "INSERT INTO material_chunk (material_id, seq, data) VALUES (?, ?, ?)")) {
            for (int offset = 0, seq = 0; offset < content.length; offset += CHUNK_BYTES, seq++) {
                int length = Math.min(CHUNK_BYTES, content.length - offset);
                chunk.setLong(1, id);
                chunk.setInt(2, seq);
                chunk.setString(3, Base64.getEncoder().encodeToString(
                        Arrays.copyOfRange(content, offset, offset + length)));
                chunk.addBatch();
            }
            chunk.executeBatch();
        }
        return id;
    }

    static int count(Connection connection, String caseNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM case_material WHERE case_no = ?")) {
            query.setString(1, caseNumber);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static List<StoredMaterial> of(Connection connection, String caseNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE case_no = ? ORDER BY id")) {
            query.setString(1, caseNumber);
            return materials(query);
        }
    }

    static Optional<StoredMaterial> one(Connection connection, String caseNumber, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE case_no = ? AND id = ?")) {
            query.setString(1, caseNumber);
            query.setLong(2, id);
            return materials(query).stream().findFirst();
        }
    }

    static byte[] content(Connection connection, long id) throws SQLException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT data FROM material_chunk WHERE material_id = ? ORDER BY seq")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    content.writeBytes(Base64.getDecoder().decode(rows.getString(1)));
                }
            }
        }
        return content.toByteArray();
    }

    /** Materials attached before {@code cutoff} whose content is still kept, oldest first, at most {@code limit}. */
    static List<StoredMaterial> keptBefore(Connection connection, Instant cutoff, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT
                + " WHERE attached_at < ? AND purged_at IS NULL ORDER BY attached_at")) {
            query.setTimestamp(1, Timestamp.from(cutoff), Times.utc());
            query.setMaxRows(limit);
            return materials(query);
        }
    }

    static void purge(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM material_chunk WHERE material_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE case_material SET purged_at = ? WHERE id = ?")) {
            mark.setTimestamp(1, Timestamp.from(now), Times.utc());
            mark.setLong(2, id);
            mark.executeUpdate();
        }
    }

    private static List<StoredMaterial> materials(PreparedStatement query) throws SQLException {
        List<StoredMaterial> materials = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                materials.add(new StoredMaterial(rows.getLong("id"), rows.getString("case_no"),
                        rows.getString("material_code"), MaterialType.valueOf(rows.getString("media_type")),
                        rows.getLong("size_bytes"), rows.getString("sha256"), Times.instant(rows, "attached_at"),
                        rows.getString("attached_by"), Times.instantOrNull(rows, "purged_at") == null));
            }
        }
        return materials;
    }
}
