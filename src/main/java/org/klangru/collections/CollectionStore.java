package org.klangru.collections;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collections database: H2 in file mode, its schema migrated by Flyway from {@code db/collections} on open.
 * Every method is one transaction, committed before it returns; the database writes each commit to its file at once
 * ({@code WRITE_DELAY=0}), so what a caller was told is saved survives a {@code kill -9}.
 */
public final class CollectionStore implements Closeable {
    static final String MIGRATIONS = "classpath:db/collections";
    static final String FILE_NAME = "collections";

    private final Path dir;
    private final JdbcConnectionPool pool;

    private CollectionStore(Path dir, JdbcConnectionPool pool) {
        this.dir = dir;
        this.pool = pool;
    }

    /** Opens (creating when needed) the database in {@code dir} and brings its schema up to date. */
    public static CollectionStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("สร้างโฟลเดอร์ของคอลเลกชันไม่ได้ (cannot create the collections folder) " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "klangru", "");
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new CollectionStore(dir, pool);
    }

    public Path dir() {
        return dir;
    }

    /** The schema version Flyway left, for health and tests. */
    public String schemaVersion() {
        return query(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    // ---- collections

    public CollectionRecord create(String title, String description, Visibility visibility, String owner) {
        return transaction(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO collection (title, description, visibility, owner,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, title);
                p.setString(2, description);
                p.setString(3, visibility.id());
                p.setString(4, owner);
                p.setTimestamp(5, now);
                p.setTimestamp(6, now);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return collection(c, id).orElseThrow();
        });
    }

    public Optional<CollectionRecord> collection(long id) {
        return query(c -> collection(c, id));
    }

    /** The owner's collections and everyone's public ones, the latest changed first. */
    public List<CollectionRecord> readableBy(String owner) {
        return query(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_COLLECTION
                    + " WHERE c.visibility = 'public' OR c.owner = ? ORDER BY c.updated_at DESC, c.id DESC")) {
                p.setString(1, owner == null ? "" : owner);
                return collections(p);
            }
        });
    }

    public CollectionRecord update(long id, String title, String description, Visibility visibility) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE collection SET title = ?, description = ?, visibility = ?, updated_at = ? WHERE id = ?")) {
                p.setString(1, title);
                p.setString(2, description);
                p.setString(3, visibility.id());
                p.setTimestamp(4, Timestamp.from(Instant.now()));
                p.setLong(5, id);
                p.executeUpdate();
            }
            return collection(c, id).orElseThrow();
        });
    }

    /** Deletes the collection and its items; false when there was none. */
    public boolean delete(long id) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM collection WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() > 0;
            }
        });
    }

    // ---- items

    public List<ItemRecord> items(long collectionId) {
        return query(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT_ITEM + " WHERE collection_id = ? ORDER BY position, id")) {
                p.setLong(1, collectionId);
                return items(p);
            }
        });
    }

    public Optional<ItemRecord> item(long collectionId, long itemId) {
        return query(c -> item(c, collectionId, itemId));
    }

    /**
     * Appends a passage, unless the collection already holds {@code maxItems} items or this passage.
     *
     * @return the new item, or empty when the collection is full
     * @throws CollectionException (conflict) when the passage is in the collection already
     */
    public Optional<ItemRecord> add(long collectionId, Snapshot s, String note, int maxItems) {
        return transaction(c -> {
            // the collection row's lock orders concurrent appends, so the count and the position hold
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM collection WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, collectionId);
                lock.executeQuery().close();
            }
            int count = 0, last = -1;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*), COALESCE(MAX(position), -1) FROM collection_item WHERE collection_id = ?")) {
                p.setLong(1, collectionId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                    last = rs.getInt(2);
                }
            }
            if (count >= maxItems) {
                return Optional.<ItemRecord>empty();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM collection_item WHERE collection_id = ? AND passage_id = ?")) {
                p.setLong(1, collectionId);
                p.setString(2, s.passageId());
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        throw new CollectionException(CollectionException.Kind.CONFLICT, "passageId",
                                "ข้อความนี้อยู่ในคอลเลกชันแล้ว (this passage is already in the collection): item " + rs.getLong(1));
                    }
                }
            }
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO collection_item (collection_id, position, passage_id,"
                    + " document_id, note, pinned_at, snap_text, snap_heading, snap_title, snap_source, snap_date, snap_page,"
                    + " snap_categories, snap_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, collectionId);
                p.setInt(2, last + 1);
                p.setString(3, s.passageId());
                p.setString(4, s.documentId());
                p.setString(5, note);
                p.setTimestamp(6, Timestamp.from(Instant.now()));
                p.setString(7, s.text());
                p.setString(8, s.heading());
                p.setString(9, s.title());
                p.setString(10, s.source());
                p.setString(11, s.date());
                p.setInt(12, s.page());
                p.setString(13, s.categories().stream().map(String::valueOf).collect(Collectors.joining(",")));
                p.setString(14, String.join(",", s.codes()));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            touch(c, collectionId);
            return item(c, collectionId, id);
        });
    }

    public Optional<ItemRecord> updateNote(long collectionId, long itemId, String note) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE collection_item SET note = ? WHERE collection_id = ? AND id = ?")) {
                p.setString(1, note);
                p.setLong(2, collectionId);
                p.setLong(3, itemId);
                if (p.executeUpdate() == 0) {
                    return Optional.<ItemRecord>empty();
                }
            }
            touch(c, collectionId);
            return item(c, collectionId, itemId);
        });
    }

    public boolean deleteItem(long collectionId, long itemId) {
        return transaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM collection_item WHERE collection_id = ? AND id = ?")) {
                p.setLong(1, collectionId);
                p.setLong(2, itemId);
                if (p.executeUpdate() == 0) {
                    return false;
                }
            }
            touch(c, collectionId);
            return true;
        });
    }

    /**
     * Puts the items in the given order, which must name every item of the collection once.
     *
     * @throws CollectionException (bad request) otherwise, saying what is missing or extra
     */
    public List<ItemRecord> reorder(long collectionId, List<Long> itemIds) {
        return transaction(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM collection WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, collectionId);
                lock.executeQuery().close();
            }
            Set<Long> present = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM collection_item WHERE collection_id = ?")) {
                p.setLong(1, collectionId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getLong(1));
                    }
                }
            }
            Set<Long> given = new HashSet<>(itemIds);
            if (given.size() != itemIds.size() || !given.equals(present)) {
                Set<Long> missing = new HashSet<>(present);
                missing.removeAll(given);
                Set<Long> extra = new HashSet<>(given);
                extra.removeAll(present);
                throw CollectionException.bad("itemIds", "itemIds ต้องระบุทุกรายการของคอลเลกชันครั้งละหนึ่งครั้ง"
                        + " (itemIds must name every item of the collection exactly once)"
                        + (missing.isEmpty() ? "" : "; ขาด (missing): " + sorted(missing))
                        + (extra.isEmpty() ? "" : "; ไม่อยู่ในคอลเลกชัน (not in the collection): " + sorted(extra))
                        + (given.size() != itemIds.size() ? "; มีรายการซ้ำ (repeated ids)" : ""));
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE collection_item SET position = ? WHERE collection_id = ? AND id = ?")) {
                for (int i = 0; i < itemIds.size(); i++) {
                    p.setInt(1, i);
                    p.setLong(2, collectionId);
                    p.setLong(3, itemIds.get(i));
                    p.addBatch();
                }
                p.executeBatch();
            }
            touch(c, collectionId);
            try (PreparedStatement p = c.prepareStatement(SELECT_ITEM + " WHERE collection_id = ? ORDER BY position, id")) {
                p.setLong(1, collectionId);
                return items(p);
            }
        });
    }

    private static String sorted(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // ---- rows

    private static final String SELECT_COLLECTION = "SELECT c.id, c.title, c.description, c.visibility, c.owner,"
            + " c.created_at, c.updated_at, (SELECT COUNT(*) FROM collection_item i WHERE i.collection_id = c.id)"
            + " FROM collection c";
    private static final String SELECT_ITEM = "SELECT id, collection_id, position, note, pinned_at, passage_id,"
            + " document_id, snap_text, snap_heading, snap_title, snap_source, snap_date, snap_page, snap_categories,"
            + " snap_codes FROM collection_item";

    private static void touch(Connection c, long collectionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE collection SET updated_at = ? WHERE id = ?")) {
            p.setTimestamp(1, Timestamp.from(Instant.now()));
            p.setLong(2, collectionId);
            p.executeUpdate();
        }
    }

    private static Optional<CollectionRecord> collection(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT_COLLECTION + " WHERE c.id = ?")) {
            p.setLong(1, id);
            return collections(p).stream().findFirst();
        }
    }

    private static List<CollectionRecord> collections(PreparedStatement p) throws SQLException {
        List<CollectionRecord> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new CollectionRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Visibility.parse(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant(), rs.getInt(8)));
            }
        }
        return out;
    }

    private static Optional<ItemRecord> item(Connection c, long collectionId, long itemId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SELECT_ITEM + " WHERE collection_id = ? AND id = ?")) {
            p.setLong(1, collectionId);
            p.setLong(2, itemId);
            return items(p).stream().findFirst();
        }
    }

    private static List<ItemRecord> items(PreparedStatement p) throws SQLException {
        List<ItemRecord> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Snapshot s = new Snapshot(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13),
                        split(rs.getString(14)).stream().map(Integer::valueOf).toList(), split(rs.getString(15)));
                out.add(new ItemRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), s));
            }
        }
        return out;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    // ---- transactions

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new CollectionStorageException(e);
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CollectionStorageException(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** The database failed (disk full, file locked by another process): a server-side problem, not the request's. */
    public static final class CollectionStorageException extends RuntimeException {
        CollectionStorageException(SQLException e) {
            super("ฐานข้อมูลคอลเลกชันทำงานไม่ได้ในขณะนี้ (the collections database failed): " + e.getMessage(), e);
        }
    }
}
