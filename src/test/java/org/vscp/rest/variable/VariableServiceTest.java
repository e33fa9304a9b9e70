package org.vscp.rest.variable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.session.TestUsers;
import org.vscp.rest.variable.VariableException.Kind;

class VariableServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00.123456Z");
    private static final User ALICE = TestUsers.withRights("alice", Right.VARIABLES_READ,
            Right.VARIABLES_WRITE);
    private static final User BOB = TestUsers.withRights("bob", Right.VARIABLES_READ,
            Right.VARIABLES_WRITE);
    private static final User ADMIN = TestUsers.withRights("admin", Right.ADMIN);
    private static final User READER = TestUsers.withRights("reader", Right.VARIABLES_READ);
    private static final User NOBODY = TestUsers.withRights("nobody", Right.RECEIVE);

    private final MemoryVariableRepository memory = new MemoryVariableRepository();
    private final MemoryVariableRepository database = new MemoryVariableRepository();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StockVariables stock = new StockVariables("1.2.3", NOW, () -> 7,
            "FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00", clock,
            () -> "mqtt-daemon mqtt CONNECTED");
    private final VariableService service =
            new VariableService(new VariableStore(stock, memory, database), clock);

    private static CreateRequest create(String name, String type, String value,
            String persistent, String rights) {
        return new CreateRequest(name, type, value, persistent, rights, "");
    }

    private static Kind refusal(Executable call) {
        return assertThrows(VariableException.class, call::run).kind();
    }

    @FunctionalInterface
    private interface Executable {
        void run() throws VariableException;
    }

    @Test
    void createThenRead() throws VariableException {
        service.create(ALICE, new CreateRequest("room.temp", "integer", "MjE=", "false", null,
                "U2V0cG9pbnQ="));

        Variable read = service.read(ALICE, "ROOM.TEMP");

        assertEquals(new Variable("ROOM.TEMP", VariableType.INTEGER, "alice",
                AccessRights.DEFAULT, false, Instant.parse("2026-12-04T10:00:00.123Z"), "21",
                "Setpoint"), read);
    }

    @Test
    void persistentGoesToDatabase() throws VariableException {
        service.create(ALICE, create("p", "string", "eA==", "true", "744"));

        assertTrue(database.find("P").isPresent());
        assertTrue(memory.find("P").isEmpty());
    }

    @Test
    void nonPersistentStaysInMemory() throws VariableException {
        service.create(ALICE, create("m", "string", "eA==", "false", "744"));

        assertTrue(memory.find("M").isPresent());
        assertTrue(database.find("M").isEmpty());
    }

    @Test
    void createOnExistingUpdates() throws VariableException {
        service.create(ALICE, create("v", "integer", "1", "false", "744"));
        service.create(ALICE, create("v", "integer", "2", "true", "744"));

        assertEquals("2", service.read(ALICE, "v").value());
        assertTrue(database.find("V").isPresent());
        assertTrue(memory.find("V").isEmpty());
    }

    @Test
    void createKeepsOmittedSettings() throws VariableException {
        service.create(ALICE, create("v", "integer", "1", "true", "746"));
        service.create(BOB, new CreateRequest("v", null, "5", null, null, null));

        Variable read = service.read(ALICE, "v");

        assertEquals(VariableType.INTEGER, read.type());
        assertEquals("746", read.rights().hex());
        assertTrue(read.persistent());
        assertEquals("alice", read.owner());
        assertEquals("5", read.value());
    }

    @Test
    void otherMayNotChangeRights() throws VariableException {
        service.create(ALICE, create("v", "integer", "1", "false", "746"));

        assertEquals(Kind.NOT_UPDATED,
                refusal(() -> service.create(BOB, create("v", "integer", "1", "false", "777"))));
    }

    @Test
    void writeChecksType() throws VariableException {
        service.create(ALICE, create("v", "integer", "1", "false", null));

        assertEquals(Kind.NOT_UPDATED, refusal(() -> service.write(ALICE, "v", "abc")));
    }

    @Test
    void writeUnknownIsNotFound() {
        assertEquals(Kind.NOT_FOUND, refusal(() -> service.write(ALICE, "nope", "1")));
    }

    @Test
    void badCreateValueIsNotCreated() {
        assertEquals(Kind.NOT_CREATED,
                refusal(() -> service.create(ALICE, create("v", "bool", "maybe", null, null))));
    }

    @Test
    void badNameIsNotCreated() {
        assertEquals(Kind.NOT_CREATED,
                refusal(() -> service.create(ALICE, create("a b", null, "", null, null))));
    }

    @Test
    void unassignedTypeIsNotCreated() {
        assertEquals(Kind.NOT_CREATED,
                refusal(() -> service.create(ALICE, create("v", "0", "", null, null))));
    }

    @Test
    void otherCannotReadPrivate() throws VariableException {
        service.create(ALICE, create("secret", null, "eA==", null, "700"));

        assertEquals(Kind.ACCESS_DENIED, refusal(() -> service.read(BOB, "secret")));
    }

    @Test
    void otherCannotWriteReadable() throws VariableException {
        service.create(ALICE, create("shown", null, "eA==", null, "744"));

        assertEquals(Kind.NOT_UPDATED, refusal(() -> service.write(BOB, "shown", "eQ==")));
    }

    @Test
    void otherWritesWithBit() throws VariableException {
        service.create(ALICE, create("shared", null, "eA==", null, "746"));

        assertEquals("y", service.write(BOB, "shared", "eQ==").value());
    }

    @Test
    void otherCannotDelete() throws VariableException {
        service.create(ALICE, create("shared", null, "eA==", null, "777"));

        assertEquals(Kind.NOT_DELETED, refusal(() -> service.delete(BOB, "shared")));
    }

    @Test
    void adminDeletesAny() throws VariableException {
        service.create(ALICE, create("v", null, "eA==", "true", "700"));

        service.delete(ADMIN, "v");

        assertEquals(Kind.NOT_FOUND, refusal(() -> service.read(ADMIN, "v")));
        assertTrue(database.find("V").isEmpty());
    }

    @Test
    void readerCannotWrite() {
        assertEquals(Kind.ACCESS_DENIED,
                refusal(() -> service.create(READER, create("v", null, "", null, null))));
    }

    @Test
    void noRightCannotRead() {
        assertEquals(Kind.ACCESS_DENIED, refusal(() -> service.read(NOBODY,
                StockVariables.VERSION)));
    }

    @Test
    void stockIsReadable() throws VariableException {
        assertEquals("1.2.3", service.read(READER, "vscp.server.version").value());
        assertEquals("7", service.read(READER, StockVariables.OPEN_SESSIONS).value());
        assertEquals("mqtt-daemon mqtt CONNECTED",
                service.read(READER, StockVariables.BRIDGES).value());
    }

    @Test
    void stockCannotBeWritten() {
        assertEquals(Kind.NOT_UPDATED,
                refusal(() -> service.write(ADMIN, StockVariables.VERSION, "eA==")));
        assertEquals(Kind.NOT_UPDATED, refusal(() -> service.create(ADMIN,
                create(StockVariables.VERSION, null, "eA==", null, null))));
    }

    @Test
    void stockCannotBeDeleted() {
        assertEquals(Kind.NOT_DELETED,
                refusal(() -> service.delete(ADMIN, StockVariables.START_TIME)));
    }

    @Test
    void listHidesUnreadable() throws VariableException {
        service.create(ALICE, create("a.private", null, "", null, "700"));
        service.create(ALICE, create("a.public", null, "", "true", "744"));

        List<String> names = service.list(BOB, "^a\\.").stream().map(Variable::name).toList();

        assertEquals(List.of("A.PUBLIC"), names);
    }

    @Test
    void listAllIncludesStock() throws VariableException {
        List<String> names = service.list(READER, "").stream().map(Variable::name).toList();

        assertEquals(List.of(StockVariables.BRIDGES, StockVariables.GUID,
                StockVariables.OPEN_SESSIONS,
                StockVariables.START_TIME, StockVariables.TIME, StockVariables.VERSION), names);
    }

    @Test
    void listCatastrophicIsBadParameter() throws VariableException {
        service.create(ALICE, create("A".repeat(80) + "-", null, "", null, "744"));

        assertEquals(Kind.BAD_PARAMETER, refusal(() -> service.list(ALICE, "(.*A){12}B")));
    }

    @Test
    void deleteUnknownIsNotFound() {
        assertEquals(Kind.NOT_FOUND, refusal(() -> service.delete(ALICE, "gone")));
    }

    @Test
    void missingValueIsBadParameter() throws VariableException {
        service.create(ALICE, create("v", null, "", null, null));

        assertEquals(Kind.BAD_PARAMETER, refusal(() -> service.write(ALICE, "v", null)));
        assertFalse(service.read(ALICE, "v").persistent());
    }
}
