package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vscp.rest.storage.Storage;
import org.vscp.rest.storage.StorageFactory;

class JdbcVariableRepositoryTest {

    private static final Variable TEXT = new Variable("ROOM.LABEL", VariableType.STRING, "alice",
            new AccessRights(0x744), true, Instant.parse("2026-12-04T10:00:00.123Z"),
            "Küche 🙂", "note, with 'quotes'");

    @TempDir
    Path dataDir;

    private Storage storage;
    private JdbcVariableRepository repository;

    @BeforeEach
    void open() {
        storage = StorageFactory.open(Optional.empty(), dataDir);
        repository = new JdbcVariableRepository(storage.dataSource());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void savedIsFound() {
        repository.save(TEXT);

        assertEquals(Optional.of(TEXT), repository.find("ROOM.LABEL"));
    }

    @Test
    void saveReplaces() {
        repository.save(TEXT);
        Variable changed = TEXT.withValue("", Instant.parse("2027-01-01T00:00:00Z"));

        repository.save(changed);

        assertEquals(List.of(changed), repository.all());
    }

    @Test
    void survivesReopen() {
        repository.save(TEXT);
        storage.close();

        storage = StorageFactory.open(Optional.empty(), dataDir);
        repository = new JdbcVariableRepository(storage.dataSource());

        assertEquals(Optional.of(TEXT), repository.find("ROOM.LABEL"));
    }

    @Test
    void deleteRemoves() {
        repository.save(TEXT);

        assertTrue(repository.delete("ROOM.LABEL"));
        assertFalse(repository.delete("ROOM.LABEL"));
        assertEquals(Optional.empty(), repository.find("ROOM.LABEL"));
    }

    @Test
    void allIsOrdered() {
        Variable b = new Variable("B", VariableType.INTEGER, "bob", AccessRights.DEFAULT, true,
                Instant.EPOCH, "1", "");
        Variable a = new Variable("A", VariableType.INTEGER, "bob", AccessRights.DEFAULT, true,
                Instant.EPOCH, "2", "");
        repository.save(b);
        repository.save(a);

        assertEquals(List.of(a, b), repository.all());
    }
}
