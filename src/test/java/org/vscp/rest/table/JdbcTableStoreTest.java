package org.vscp.rest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vscp.rest.storage.SchemaMigrator;

class JdbcTableStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private JdbcTableStore store;

    @BeforeEach
    void openDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tables" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        store = new JdbcTableStore(dataSource);
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new TableRow("t", T0.plusSeconds(60L * i), i + 0.5));
        }
        rows.add(new TableRow("other", T0, 99));
        store.insert(rows);
    }

    private List<String> read(Instant from, Instant to, long limit) throws IOException {
        List<String> seen = new ArrayList<>();
        store.rows("t", from, to, limit).forEach((index, time, value) ->
                seen.add(index + "@" + time + "=" + value));
        return seen;
    }

    @Test
    void countOpenRange() {
        assertEquals(10, store.count("t", null, null));
    }

    @Test
    void countBoundsInclusive() {
        assertEquals(3, store.count("t", T0.plusSeconds(60), T0.plusSeconds(180)));
    }

    @Test
    void rowsInRangeOldestFirst() throws IOException {
        assertEquals(List.of("0@2026-01-01T00:01:00Z=1.5", "1@2026-01-01T00:02:00Z=2.5"),
                read(T0.plusSeconds(60), T0.plusSeconds(120), Long.MAX_VALUE));
    }

    @Test
    void rowsLimitCapsAnswer() throws IOException {
        assertEquals(4, read(null, null, 4).size());
    }

    @Test
    void deleteOlderThanCutoff() {
        assertEquals(3, store.deleteOlderThan("t", T0.plusSeconds(180)));
        assertEquals(7, store.count("t", null, null));
        assertEquals(1, store.count("other", null, null));
    }

    @Test
    void keepNewestTrims() throws IOException {
        assertEquals(7, store.keepNewest("t", 3));
        assertEquals(List.of("0@2026-01-01T00:07:00Z=7.5", "1@2026-01-01T00:08:00Z=8.5",
                "2@2026-01-01T00:09:00Z=9.5"), read(null, null, Long.MAX_VALUE));
    }

    @Test
    void keepNewestUnderLimitKeepsAll() {
        assertEquals(0, store.keepNewest("t", 50));
        assertEquals(10, store.count("t", null, null));
    }
}
