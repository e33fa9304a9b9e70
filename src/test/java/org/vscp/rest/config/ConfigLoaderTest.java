package org.vscp.rest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;
import org.vscp.rest.security.AddressRange;
import org.vscp.rest.security.EventPattern;
import org.vscp.rest.security.PasswordHash;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

class ConfigLoaderTest {

    /** A fast hash of "pw"; the iteration count does not matter for loading. */
    private static final String HASH = PasswordHash.create("pw".toCharArray(), 1000).storedForm();

    @TempDir
    Path configDir;

    private LoadedConfig load() {
        return ConfigLoader.load(new ConfigLocations(Optional.of(configDir), "test",
                configDir.resolve("data"), "test"));
    }

    private void writeProperties(String text) throws IOException {
        Files.writeString(configDir.resolve("vscp-rest.properties"), text);
    }

    private void writeUsers(String text) throws IOException {
        Files.writeString(configDir.resolve("users.json"), text);
    }

    /** Returns a users file with one user whose other fields are {@code extraFields}. */
    private static String oneUser(String extraFields) {
        return "{\"users\":[{\"name\":\"amy\",\"password\":\"" + HASH + "\","
                + "\"rights\":[\"receive\"],\"allowedAddresses\":[\"127.0.0.1\"]"
                + extraFields + "}]}";
    }

    private static VscpEvent event(int vscpClass, int vscpType) {
        return new VscpEvent(0, vscpClass, vscpType, 0, Instant.EPOCH, 0, Guid.ZERO, new byte[0]);
    }

    @Test
    void missingConfigDirUsesDefaults() {
        try (LogCapture log = new LogCapture(ConfigLoader.class)) {
            LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.empty(), "none",
                    Path.of("/tmp/vscp-rest-data"), "default"));

            assertTrue(loaded.isUsable());
            assertTrue(loaded.users().isEmpty());
            assertEquals(ServerConfig.defaults(Path.of("/tmp/vscp-rest-data")), loaded.config());
            String warning = log.messages(Level.WARNING).get(0);
            assertTrue(warning.contains("vscp.config.dir"), warning);
            assertTrue(warning.contains("VSCP_CONFIG_DIR"), warning);
            assertTrue(warning.contains("users.json"), warning);
            assertTrue(warning.contains("org.vscp.rest.security.PasswordHashTool"), warning);
        }
    }

    @Test
    void absentDirectoryIsProblem() {
        Path absent = configDir.resolve("absent");

        LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.of(absent),
                "system property vscp.config.dir", absent.resolve("data"), "default"));

        assertFalse(loaded.isUsable());
        assertEquals(List.of("The configuration directory " + absent + " (from system property"
                + " vscp.config.dir) does not exist or is not a directory; create it or correct"
                + " the setting."), loaded.problems());
        assertEquals(Optional.of(absent), loaded.config().configDir());
    }

    @Test
    void emptyDirectoryUsesDefaults() {
        LoadedConfig loaded = load();

        assertTrue(loaded.isUsable());
        assertTrue(loaded.users().isEmpty());
        assertEquals(Optional.of(configDir), loaded.config().configDir());
        assertEquals(configDir.resolve("data"), loaded.config().dataDir());
        assertEquals(ServerConfig.DEFAULT_MAX_SESSIONS, loaded.config().maxSessions());
    }

    @Test
    void invalidLocatorSettingIsProblem() {
        ConfigLocator locator = new ConfigLocator(Map.of("vscp.config.dir", "/x\0")::get,
                name -> null, name -> null);

        LoadedConfig loaded = ConfigLoader.load(locator);

        assertFalse(loaded.isUsable());
        assertTrue(loaded.problems().get(0).startsWith("The system property vscp.config.dir is"),
                loaded.problems().get(0));
    }

    @Test
    void fullPropertiesAreRead() throws IOException {
        writeProperties("""
                session.idle-timeout-seconds = 90
                session.max-sessions=7
                session.queue-size=8
                request.max-body-bytes=9
                request.max-parameter-length=10
                http.map-error-status=TRUE
                server.guid=FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00
                proxy.trusted=127.0.0.1, ::1 ,10.0.0.0/8
                login.max-failures=11
                login.lockout-seconds=0
                readevent.max-wait-ms=2500
                storage.jndi-name = java:comp/env/jdbc/vscp
                """);

        LoadedConfig loaded = load();
        ServerConfig config = loaded.config();

        assertEquals(List.of(), loaded.problems());
        assertEquals(Duration.ofSeconds(90), config.sessionIdleTimeout());
        assertEquals(7, config.maxSessions());
        assertEquals(8, config.queueSize());
        assertEquals(9, config.maxBodyBytes());
        assertEquals(10, config.maxParameterLength());
        assertTrue(config.mapHttpStatus());
        assertEquals(Optional.of(Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:00")),
                config.serverGuid());
        assertEquals(List.of(AddressRange.parse("127.0.0.1"), AddressRange.parse("::1"),
                AddressRange.parse("10.0.0.0/8")), config.trustedProxies());
        assertEquals(11, config.loginMaxFailures());
        assertEquals(Duration.ZERO, config.loginLockout());
        assertEquals(Optional.of("java:comp/env/jdbc/vscp"), config.storageJndiName());
        assertEquals(Duration.ofMillis(2500), config.readEventMaxWait());
    }

    @Test
    void storageJndiNameDefaultsToEmpty() throws IOException {
        writeProperties("storage.jndi-name=\n");

        LoadedConfig loaded = load();

        assertEquals(List.of(), loaded.problems());
        assertEquals(Optional.empty(), loaded.config().storageJndiName());
    }

    @Test
    void readEventMaxWaitDefaultsTo30Seconds() throws IOException {
        writeProperties("readevent.max-wait-ms=\n");

        LoadedConfig loaded = load();

        assertEquals(List.of(), loaded.problems());
        assertEquals(Duration.ofSeconds(30), loaded.config().readEventMaxWait());
    }

    @Test
    void readEventMaxWaitZeroDisablesWaiting() throws IOException {
        writeProperties("readevent.max-wait-ms=0\n");

        LoadedConfig loaded = load();

        assertEquals(List.of(), loaded.problems());
        assertEquals(Duration.ZERO, loaded.config().readEventMaxWait());
    }

    @Test
    void emptyValuesMeanDefaults() throws IOException {
        writeProperties("session.max-sessions=\nproxy.trusted=\nserver.guid=   \n");

        LoadedConfig loaded = load();

        assertEquals(List.of(), loaded.problems());
        assertEquals(ServerConfig.DEFAULT_MAX_SESSIONS, loaded.config().maxSessions());
        assertEquals(List.of(), loaded.config().trustedProxies());
        assertEquals(Optional.empty(), loaded.config().serverGuid());
    }

    @Test
    void unknownKeyIsWarningOnly() throws IOException {
        writeProperties("session.max-session=5\n");

        try (LogCapture log = new LogCapture(ServerConfigParser.class)) {
            LoadedConfig loaded = load();

            assertTrue(loaded.isUsable());
            assertEquals(1, log.messages(Level.WARNING).size());
            assertTrue(log.messages(Level.WARNING).get(0).startsWith("The key"
                    + " 'session.max-session' in " + configDir.resolve("vscp-rest.properties")
                    + " is unknown and ignored; known keys are ["), log.messages(Level.WARNING)
                    .get(0));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "session.idle-timeout-seconds | 0 | the value '0' of session.idle-timeout-seconds is not valid; expected a whole number from 1 to 2147483647.",
        "session.idle-timeout-seconds | 10m | the value '10m' of session.idle-timeout-seconds is not valid; expected a whole number from 1 to 2147483647.",
        "session.max-sessions | -1 | the value '-1' of session.max-sessions is not valid; expected a whole number from 1 to 2147483647.",
        "session.max-sessions | 1e3 | the value '1e3' of session.max-sessions is not valid; expected a whole number from 1 to 2147483647.",
        "session.queue-size | 99999999999 | the value '99999999999' of session.queue-size is not valid; expected a whole number from 1 to 2147483647.",
        "request.max-body-bytes | 64k | the value '64k' of request.max-body-bytes is not valid; expected a whole number from 1 to 2147483647.",
        "request.max-parameter-length | 0 | the value '0' of request.max-parameter-length is not valid; expected a whole number from 1 to 2147483647.",
        "http.map-error-status | yes | the value 'yes' of http.map-error-status is not valid; expected true or false.",
        "proxy.trusted | 127.0.0.1,proxy.local | proxy.trusted is not valid: The address range 'proxy.local' does not start with an IP address literal; expected an IPv4 or IPv6 address such as 192.0.2.1 or 2001:db8::1, optionally followed by /prefix. Host names are not accepted. The value is a comma-separated list such as 127.0.0.1,::1,10.0.0.0/8.",
        "proxy.trusted | 10.0.0.0/40 | proxy.trusted is not valid: The prefix length 40 of the address range '10.0.0.0/40' is out of range; an IPv4 prefix is 0-32. The value is a comma-separated list such as 127.0.0.1,::1,10.0.0.0/8.",
        "proxy.trusted | 127.0.0.1,,::1 | the value '127.0.0.1,,::1' of proxy.trusted is not valid; expected addresses or CIDR ranges separated by commas, without empty entries.",
        "login.max-failures | 0 | the value '0' of login.max-failures is not valid; expected a whole number from 1 to 2147483647.",
        "login.lockout-seconds | -5 | the value '-5' of login.lockout-seconds is not valid; expected a whole number from 0 to 2147483647.",
        "readevent.max-wait-ms | -1 | the value '-1' of readevent.max-wait-ms is not valid; expected a whole number from 0 to 2147483647.",
        "readevent.max-wait-ms | 30s | the value '30s' of readevent.max-wait-ms is not valid; expected a whole number from 0 to 2147483647.",
        "storage.jndi-name | java:comp/env/jdbc/my db | the value 'java:comp/env/jdbc/my db' of storage.jndi-name is not valid; expected a JNDI name without spaces, such as java:comp/env/jdbc/vscp.",
    })
    void badValueIsProblem(String key, String value, String message) throws IOException {
        writeProperties(key + "=" + value + "\n");
        writeUsers(oneUser(""));

        LoadedConfig loaded = load();

        assertEquals(List.of("In " + configDir.resolve("vscp-rest.properties") + ", " + message),
                loaded.problems());
        assertTrue(loaded.users().isEmpty());
        assertEquals(ServerConfig.defaults(configDir.resolve("data")).maxSessions(),
                loaded.config().maxSessions());
    }

    @Test
    void badGuidIsProblem() throws IOException {
        writeProperties("server.guid=FF:FF\n");

        LoadedConfig loaded = load();

        assertEquals(1, loaded.problems().size());
        // The rest of the message comes from Guid.parse.
        assertTrue(loaded.problems().get(0).startsWith("In "
                + configDir.resolve("vscp-rest.properties") + ", server.guid is not valid: The"
                + " GUID 'FF:FF' has 2 bytes"), loaded.problems().get(0));
        assertEquals(Optional.empty(), loaded.config().serverGuid());
    }

    @Test
    void badValuesAreAllReported() throws IOException {
        writeProperties("session.max-sessions=x\nlogin.max-failures=y\nsession.queue-size=5\n");

        LoadedConfig loaded = load();

        assertEquals(2, loaded.problems().size());
        assertEquals(5, loaded.config().queueSize());
    }

    @Test
    void fullUserIsRead() throws IOException {
        writeUsers("""
                {"_comment": "ignored",
                 "users": [{"_comment": "ignored too",
                   "name": "sam", "password": "%s",
                   "rights": ["send", "RECEIVE", "variables-read"],
                   "allowedAddresses": ["127.0.0.0/8", "::1"],
                   "allowedEvents": ["20:*", "10:6"],
                   "receiveFilter": {"filter": "0,10,0,-", "mask": "0,0xFFFF,0,-"}}]}
                """.formatted(HASH));

        LoadedConfig loaded = load();
        User sam = loaded.users().find("sam").orElseThrow();

        assertEquals(List.of(), loaded.problems());
        assertEquals(PasswordHash.parse(HASH), sam.passwordHash());
        assertEquals(Set.of(Right.SEND, Right.RECEIVE, Right.VARIABLES_READ), sam.rights());
        assertEquals(List.of(AddressRange.parse("127.0.0.0/8"), AddressRange.parse("::1")),
                sam.allowedAddresses());
        assertEquals(List.of(new EventPattern(20, -1), new EventPattern(10, 6)),
                sam.sendPatterns());
        assertTrue(sam.receiveFilter().isPresent());
        assertEquals(10, sam.receiveFilter().get().filter().vscpClass());
        assertEquals(0xFFFF, sam.receiveFilter().get().mask().vscpClass());
    }

    @Test
    void optionalFieldsDefaultToOpen() throws IOException {
        writeUsers(oneUser(""));

        User amy = load().users().find("amy").orElseThrow();

        assertEquals(List.of(), amy.sendPatterns());
        assertTrue(amy.maySend(event(1, 2)));
        assertEquals(Optional.empty(), amy.receiveFilter());
    }

    @Test
    void emptyAllowedAddressesIsWarning() throws IOException {
        writeUsers("{\"users\":[{\"name\":\"amy\",\"password\":\"" + HASH + "\","
                + "\"rights\":[],\"allowedAddresses\":[]}]}");

        try (LogCapture log = new LogCapture(UsersFileReader.class)) {
            LoadedConfig loaded = load();

            assertTrue(loaded.isUsable());
            assertEquals(List.of(), loaded.users().find("amy").orElseThrow().allowedAddresses());
            assertTrue(log.messages(Level.WARNING).contains("In " + configDir.resolve("users.json")
                    + ", user 'amy' has no allowed addresses and so cannot log in from anywhere."),
                    log.messages(Level.WARNING).toString());
        }
    }

    @Test
    void weakHashIsWarning() throws IOException {
        writeUsers(oneUser(""));

        try (LogCapture log = new LogCapture(UsersFileReader.class)) {
            load();

            assertTrue(log.messages(Level.WARNING).contains("In " + configDir.resolve("users.json")
                    + ", the password hash of user 'amy' uses only 1000 iterations; create a"
                    + " stronger one with the PasswordHashTool (default 210000)."),
                    log.messages(Level.WARNING).toString());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'[]' | The users file FILE does not hold a JSON object at the top level; expected {\"users\": [ ... ]}.",
        "'\"users\"' | The users file FILE does not hold a JSON object at the top level; expected {\"users\": [ ... ]}.",
        "'' | The users file FILE is not valid JSON: ",
        "'{\"users\": [' | The users file FILE is not valid JSON: ",
        "'{}' | In FILE, the top-level field 'users' is missing; expected {\"users\": [ ... ]}.",
        "'{\"users\": {}}' | In FILE, the top-level field 'users' is not an array; expected {\"users\": [ ... ]}.",
        "'{\"users\": [], \"admins\": []}' | In FILE, the key 'admins' at the top level is unknown; expected [users] (keys starting with '_' are ignored).",
        "'{\"users\": [], \"users\": []}' | The users file FILE is not valid JSON: ",
        "'{\"users\": [42]}' | In FILE, user entry 1 is not a JSON object.",
    })
    void badFileShapeIsProblem(String json, String messageStart) throws IOException {
        writeUsers(json);
        String expected = messageStart.replace("FILE", configDir.resolve("users.json").toString());

        LoadedConfig loaded = load();

        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).startsWith(expected), loaded.problems().get(0));
        assertTrue(loaded.users().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"name\":\"amy\",\"rights\":[],\"allowedAddresses\":[]' | the field 'password' of user 'amy' is missing.",
        "'\"name\":\"amy\",\"password\":7,\"rights\":[],\"allowedAddresses\":[]' | the field 'password' of user 'amy' is not a string.",
        "'\"name\":\"amy\",\"password\":\"secret\",\"rights\":[],\"allowedAddresses\":[]' | the field 'password' of user 'amy' is not valid: The password hash has 1 part separated by '$'; expected 4 parts, pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>. Create one with the PasswordHashTool.",
        "'\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[]' | the field 'name' of user entry 1 is missing.",
        "'\"name\":\" amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[]' | the field 'name' of user entry 1 is empty or has surrounding spaces or control characters; expected a plain user name.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"allowedAddresses\":[]' | the field 'rights' of user 'amy' is missing; expected an array of strings.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":\"admin\",\"allowedAddresses\":[]' | the field 'rights' of user 'amy' is not an array of strings.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[\"root\"],\"allowedAddresses\":[]' | the field 'rights' of user 'amy' is not valid: The right 'root' is unknown; expected one of [receive, send, variables-read, variables-write, tables, mdf, admin].",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[]' | the field 'allowedAddresses' of user 'amy' is missing; expected an array of strings.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[\"localhost\"]' | the field 'allowedAddresses' of user 'amy' is not valid: The address range 'localhost' does not start with an IP address literal; expected an IPv4 or IPv6 address such as 192.0.2.1 or 2001:db8::1, optionally followed by /prefix. Host names are not accepted.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[1]' | the field 'allowedAddresses' of user 'amy' is not an array of strings.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"allowedEvents\":[\"20\"]' | the field 'allowedEvents' of user 'amy' is not valid: The event pattern '20' is not of the form class:type; use numbers or '*', such as 20:* or 10:6.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"allowedEvents\":[]' | the field 'allowedEvents' of user 'amy' is an empty list; list at least one class:type pattern, or leave the field out to allow every event.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"allowedEvents\":null' | the field 'allowedEvents' of user 'amy' is not an array of strings.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"receiveFilter\":\"0,10\"' | the field 'receiveFilter' of user 'amy' is not an object; expected {\"filter\": \"priority,class,type,GUID\", \"mask\": \"...\"}.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"receiveFilter\":{\"filter\":\"0,10,0\"}' | the field 'receiveFilter.mask' of user 'amy' is missing.",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"receiveFilter\":{\"filter\":\"0,10,0\",\"mask\":\"0,0xFFFF,0\",\"guid\":\"-\"}' | the key 'guid' in the receiveFilter of user 'amy' is unknown; expected [filter, mask] (keys starting with '_' are ignored).",
        "'\"name\":\"amy\",\"password\":\"HASH\",\"rights\":[],\"allowedAddresses\":[],\"allowedEvent\":[\"20:*\"]' | the key 'allowedEvent' for user 'amy' is unknown; expected [allowedAddresses, allowedEvents, name, password, receiveFilter, rights] (keys starting with '_' are ignored).",
    })
    void badUserFieldIsProblem(String fields, String message) throws IOException {
        writeUsers("{\"users\":[{" + fields.replace("HASH", HASH) + "}]}");

        LoadedConfig loaded = load();

        assertEquals(List.of("In " + configDir.resolve("users.json") + ", " + message),
                loaded.problems());
        assertTrue(loaded.users().isEmpty());
    }

    @Test
    void badFilterTextIsProblem() throws IOException {
        writeUsers(oneUser(",\"receiveFilter\":{\"filter\":\"0,x,0\",\"mask\":\"0,0,0\"}"));

        LoadedConfig loaded = load();

        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).startsWith("In " + configDir.resolve("users.json")
                + ", the field 'receiveFilter' of user 'amy' is not valid: "),
                loaded.problems().get(0));
    }

    @Test
    void duplicateUserNameIsProblem() throws IOException {
        String user = "{\"name\":\"amy\",\"password\":\"" + HASH + "\",\"rights\":[],"
                + "\"allowedAddresses\":[]}";
        writeUsers("{\"users\":[" + user + "," + user + "]}");

        LoadedConfig loaded = load();

        assertEquals(List.of("In " + configDir.resolve("users.json") + ": The user name 'amy'"
                + " appears more than once; each user needs a name of its own."),
                loaded.problems());
    }

    @Test
    void oneBadUserBlocksAllUsers() throws IOException {
        writeUsers("{\"users\":[{\"name\":\"good\",\"password\":\"" + HASH + "\",\"rights\":[],"
                + "\"allowedAddresses\":[]},{\"name\":\"bad\",\"password\":\"" + HASH + "\","
                + "\"rights\":[\"root\"],\"allowedAddresses\":[]}]}");

        LoadedConfig loaded = load();

        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.users().isEmpty());
        assertEquals(Optional.empty(), loaded.users().find("good"));
    }

    @Test
    void problemsAreLoggedAsSevere() throws IOException {
        writeUsers("{\"users\": 5}");

        try (LogCapture log = new LogCapture(ConfigLoader.class)) {
            LoadedConfig loaded = load();

            List<String> severe = log.messages(Level.SEVERE);
            assertEquals(2, severe.size());
            assertEquals(loaded.problems().get(0), severe.get(0));
            assertEquals("The configuration has 1 problem(s), so every login is rejected. Fix"
                    + " them and restart the application.", severe.get(1));
        }
    }

    @Test
    void problemsNeverContainPassword() throws IOException {
        writeUsers("{\"users\":[{\"name\":\"amy\",\"password\":\"clear-text-secret\","
                + "\"rights\":[],\"allowedAddresses\":[]}]}");

        LoadedConfig loaded = load();

        assertEquals(1, loaded.problems().size());
        assertFalse(loaded.problems().get(0).contains("clear-text-secret"));
    }

    @Test
    void notUtf8UsersFileIsProblem() throws IOException {
        Files.write(configDir.resolve("users.json"), new byte[] {'{', (byte) 0xFF, '}'});

        LoadedConfig loaded = load();

        assertEquals(List.of("The users file " + configDir.resolve("users.json")
                + " cannot be read: it is not valid UTF-8."), loaded.problems());
    }

    @Test
    void demoConfigurationLoads() {
        Path demo = Path.of("src/demo/config").toAbsolutePath();

        LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.of(demo), "test",
                demo.resolve("data"), "test"));
        User admin = loaded.users().find("admin").orElseThrow();

        assertEquals(List.of(), loaded.problems());
        assertEquals(1, loaded.users().size());
        assertEquals(Set.of(Right.ADMIN), admin.rights());
        assertTrue(admin.passwordHash().matches("secret".toCharArray()));
        assertTrue(admin.allowedAddresses().stream()
                .anyMatch(range -> range.contains(address("127.0.0.1"))));
        assertTrue(admin.allowedAddresses().stream()
                .anyMatch(range -> range.contains(address("::1"))));
        assertFalse(admin.allowedAddresses().stream()
                .anyMatch(range -> range.contains(address("192.168.1.1"))));
        assertEquals(ServerConfig.defaults(demo.resolve("data")).maxSessions(),
                loaded.config().maxSessions());
        assertEquals(List.of(), loaded.config().trustedProxies());
    }

    @Test
    void integrationConfigurationLoads() {
        Path test = Path.of("src/test/config").toAbsolutePath();

        LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.of(test), "test",
                test.resolve("data"), "test"));
        ServerConfig config = loaded.config();

        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("admin", "receiver", "sender", "filtered", "faraway", "alice", "bob"),
                loaded.users().users().stream().map(User::name).toList());
        assertEquals(List.of(AddressRange.parse("127.0.0.1"), AddressRange.parse("::1")),
                config.trustedProxies());
        assertEquals(500, config.maxSessions());
        assertEquals(1000, config.queueSize());
        assertEquals(5, config.loginMaxFailures());
        assertEquals(Duration.ofSeconds(2), config.loginLockout());
        assertEquals(Duration.ofSeconds(600), config.sessionIdleTimeout());
    }

    @Test
    void integrationUsersHaveRights() {
        Path test = Path.of("src/test/config").toAbsolutePath();
        LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.of(test), "test",
                test.resolve("data"), "test"));

        User receiver = loaded.users().find("receiver").orElseThrow();
        User sender = loaded.users().find("sender").orElseThrow();
        User filtered = loaded.users().find("filtered").orElseThrow();
        User faraway = loaded.users().find("faraway").orElseThrow();

        assertEquals(Set.of(Right.RECEIVE), receiver.rights());
        assertEquals(Set.of(Right.SEND, Right.RECEIVE), sender.rights());
        assertTrue(sender.maySend(event(20, 3)));
        assertFalse(sender.maySend(event(10, 6)));
        assertEquals(Set.of(Right.RECEIVE, Right.SEND), filtered.rights());
        assertEquals(10, filtered.receiveFilter().orElseThrow().filter().vscpClass());
        assertEquals(0xFFFF, filtered.receiveFilter().orElseThrow().mask().vscpClass());
        assertFalse(faraway.hasRight(Right.ADMIN));
        assertTrue(faraway.hasRight(Right.MDF));
        assertTrue(faraway.allowedAddresses().get(0).contains(address("198.51.100.77")));
        assertFalse(faraway.allowedAddresses().get(0).contains(address("127.0.0.1")));
    }

    @Test
    void integrationPasswordsMatch() {
        Path test = Path.of("src/test/config").toAbsolutePath();
        LoadedConfig loaded = ConfigLoader.load(new ConfigLocations(Optional.of(test), "test",
                test.resolve("data"), "test"));

        Map<String, String> passwords = Map.of("admin", "secret", "receiver", "receiver-pass",
                "sender", "sender-pass", "filtered", "filtered-pass", "faraway", "faraway-pass");

        passwords.forEach((name, password) -> assertTrue(loaded.users().find(name).orElseThrow()
                .passwordHash().matches(password.toCharArray()), name));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new AssertionError(literal, e);
        }
    }
}
