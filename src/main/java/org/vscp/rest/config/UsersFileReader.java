package org.vscp.rest.config;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.vscp.rest.event.EventFilter;
import org.vscp.rest.event.MalformedEventException;
import org.vscp.rest.security.AddressRange;
import org.vscp.rest.security.EventPattern;
import org.vscp.rest.security.PasswordHash;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.security.UserDirectory;

/**
 * Reads {@code users.json}:
 *
 * <pre>{@code
 * {"users": [{"name": "admin",
 *             "password": "pbkdf2-sha256$210000$<salt base64>$<hash base64>",
 *             "rights": ["admin"],
 *             "allowedAddresses": ["127.0.0.1", "::1"],
 *             "allowedEvents": ["20:*"],
 *             "receiveFilter": {"filter": "0,20,0,-", "mask": "0,0xFFFF,0,-"}}]}
 * }</pre>
 *
 * <p>{@code allowedEvents} (default: every event) and {@code receiveFilter} (default: none) are
 * optional. Keys that start with {@code _}, such as {@code _comment}, are ignored at every level.
 * Any other unknown key is a problem, because a misspelt optional key would silently grant more
 * than intended. Duplicate keys in one object are a problem too.
 */
final class UsersFileReader {

    private static final Logger LOG = Logger.getLogger(UsersFileReader.class.getName());

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("users");
    private static final Set<String> USER_KEYS = Set.of("name", "password", "rights",
            "allowedAddresses", "allowedEvents", "receiveFilter");
    private static final Set<String> FILTER_KEYS = Set.of("filter", "mask");

    private final Path file;
    private final List<String> problems;

    /** @param problems receives one sentence per problem, each naming the file, user and field */
    UsersFileReader(Path file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads the file. Returns the users, or an empty directory if any problem was found, so that
     * a partly broken file never lets anyone log in.
     */
    UserDirectory read() {
        int problemsBefore = problems.size();
        Optional<JsonObject> root = parseJson();
        if (root.isEmpty()) {
            return UserDirectory.empty();
        }

        checkKeys(root.get(), TOP_LEVEL_KEYS, "at the top level");
        JsonValue usersValue = root.get().get("users");
        if (!(usersValue instanceof JsonArray usersArray)) {
            problems.add("In " + file + ", the top-level field 'users' is "
                    + (usersValue == null ? "missing" : "not an array")
                    + "; expected {\"users\": [ ... ]}.");
            return UserDirectory.empty();
        }

        List<User> users = new ArrayList<>();
        for (int i = 0; i < usersArray.size(); i++) {
            readUser(usersArray.get(i), i + 1).ifPresent(users::add);
        }
        if (problems.size() > problemsBefore) {
            return UserDirectory.empty();
        }

        try {
            UserDirectory directory = UserDirectory.of(users);
            if (directory.isEmpty()) {
                LOG.warning(() -> file + " lists no users, so nobody can log in.");
            }
            return directory;
        } catch (IllegalArgumentException e) {
            problems.add("In " + file + ": " + e.getMessage());
            return UserDirectory.empty();
        }
    }

    private Optional<JsonObject> parseJson() {
        // KeyStrategy.NONE makes the reader reject duplicate keys instead of keeping one of them.
        JsonReaderFactory factory = Json.createReaderFactory(
                Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
        try (Reader reader = Files.newBufferedReader(file);
                JsonReader json = factory.createReader(reader)) {
            JsonValue root = json.readValue();
            if (root instanceof JsonObject object) {
                return Optional.of(object);
            }
            problems.add("The users file " + file + " does not hold a JSON object at the top"
                    + " level; expected {\"users\": [ ... ]}.");
        } catch (IOException e) {
            addReadProblem(e);
        } catch (JsonException e) {
            // Parsson wraps I/O errors, including bad UTF-8, in a JsonException.
            if (e.getCause() instanceof IOException cause) {
                addReadProblem(cause);
            } else {
                problems.add("The users file " + file + " is not valid JSON: "
                        + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private void addReadProblem(IOException e) {
        if (e instanceof CharacterCodingException) {
            problems.add("The users file " + file + " cannot be read: it is not valid UTF-8.");
        } else {
            problems.add("The users file " + file + " cannot be read: " + e + ".");
        }
    }

    private Optional<User> readUser(JsonValue value, int position) {
        String entry = "user entry " + position;
        if (!(value instanceof JsonObject object)) {
            problems.add("In " + file + ", " + entry + " is not a JSON object.");
            return Optional.empty();
        }

        Optional<String> name = readName(object, entry);
        String owner = name.map(n -> "user '" + n + "'").orElse(entry);
        int problemsBefore = problems.size();
        checkKeys(object, USER_KEYS, "for " + owner);

        Optional<PasswordHash> password = readRequiredString(object, "password", owner)
                .flatMap(text -> parseField(owner, "password", text, PasswordHash::parse));
        Set<Right> rights = EnumSet.noneOf(Right.class);
        readStringList(object, "rights", owner, true)
                .forEach(text -> parseField(owner, "rights", text, this::parseRight)
                        .ifPresent(rights::add));
        List<AddressRange> addresses = new ArrayList<>();
        readStringList(object, "allowedAddresses", owner, true)
                .forEach(text -> parseField(owner, "allowedAddresses", text, AddressRange::parse)
                        .ifPresent(addresses::add));
        List<EventPattern> events = new ArrayList<>();
        readStringList(object, "allowedEvents", owner, false).forEach(text -> parseField(owner, "allowedEvents", text, EventPattern::parse)
                .ifPresent(events::add));
        if (object.get("allowedEvents") instanceof JsonArray array && array.isEmpty()) {
            // An empty list would mean "every event" in User; reject it as a likely mistake.
            problems.add("In " + file + ", the field 'allowedEvents' of " + owner + " is an"
                    + " empty list; list at least one class:type pattern, or leave the field"
                    + " out to allow every event.");
        }
        Optional<EventFilter> filter = readFilter(object, owner);

        if (name.isEmpty() || password.isEmpty() || problems.size() > problemsBefore) {
            return Optional.empty();
        }
        warnAboutWeakSettings(owner, password.get(), addresses);
        return Optional.of(new User(name.get(), password.get(), rights, addresses, events, filter));
    }

    private Optional<String> readName(JsonObject object, String entry) {
        Optional<String> name = readRequiredString(object, "name", entry);
        if (name.isEmpty()) {
            return Optional.empty();
        }

        String text = name.get();
        if (text.isEmpty() || !text.equals(text.strip())
                || text.chars().anyMatch(Character::isISOControl)) {
            problems.add("In " + file + ", the field 'name' of " + entry + " is empty or has"
                    + " surrounding spaces or control characters; expected a plain user name.");
            return Optional.empty();
        }
        return name;
    }

    private Right parseRight(String text) {
        return Right.fromConfigName(text).orElseThrow(() -> new IllegalArgumentException(
                "The right '" + text + "' is unknown; expected one of "
                        + EnumSet.allOf(Right.class).stream().map(Right::configName).toList()
                        + "."));
    }

    private Optional<EventFilter> readFilter(JsonObject object, String owner) {
        JsonValue value = object.get("receiveFilter");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonObject filterObject)) {
            fieldProblem(owner, "receiveFilter", "is not an object; expected"
                    + " {\"filter\": \"priority,class,type,GUID\", \"mask\": \"...\"}.");
            return Optional.empty();
        }

        checkKeys(filterObject, FILTER_KEYS, "in the receiveFilter of " + owner);
        Optional<String> filterText =
                readRequiredString(filterObject, "filter", "receiveFilter.filter", owner);
        Optional<String> maskText =
                readRequiredString(filterObject, "mask", "receiveFilter.mask", owner);
        if (filterText.isEmpty() || maskText.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventFilter.parse(filterText.get(), maskText.get()));
        } catch (MalformedEventException | IllegalArgumentException e) {
            fieldProblem(owner, "receiveFilter", "is not valid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void warnAboutWeakSettings(String owner, PasswordHash password,
            List<AddressRange> addresses) {
        if (password.iterations() < PasswordHash.DEFAULT_ITERATIONS) {
            LOG.warning(() -> "In " + file + ", the password hash of " + owner + " uses only "
                    + password.iterations() + " iterations; create a stronger one with the"
                    + " PasswordHashTool (default " + PasswordHash.DEFAULT_ITERATIONS + ").");
        }
        if (addresses.isEmpty()) {
            LOG.warning(() -> "In " + file + ", " + owner + " has no allowed addresses and so"
                    + " cannot log in from anywhere.");
        }
    }

    private Optional<String> readRequiredString(JsonObject object, String key, String owner) {
        return readRequiredString(object, key, key, owner);
    }

    /** Reads the string field {@code key}, naming it {@code label} in problems. */
    private Optional<String> readRequiredString(JsonObject object, String key, String label,
            String owner) {
        JsonValue value = object.get(key);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        fieldProblem(owner, label, value == null ? "is missing." : "is not a string.");
        return Optional.empty();
    }

    /** Returns the strings of an array field, or none after adding a problem. */
    private List<String> readStringList(JsonObject object, String key, String owner,
            boolean required) {
        JsonValue value = object.get(key);
        if (value == null) {
            if (required) {
                fieldProblem(owner, key, "is missing; expected an array of strings.");
            }
            return List.of();
        }
        if (!(value instanceof JsonArray array)
                || !array.stream().allMatch(JsonString.class::isInstance)) {
            fieldProblem(owner, key, "is not an array of strings.");
            return List.of();
        }
        return array.getValuesAs(JsonString::getString);
    }

    private <T> Optional<T> parseField(String owner, String key, String text,
            Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            fieldProblem(owner, key, "is not valid: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void checkKeys(JsonObject object, Set<String> known, String where) {
        for (String key : object.keySet()) {
            if (!key.startsWith("_") && !known.contains(key)) {
                problems.add("In " + file + ", the key '" + key + "' " + where + " is unknown;"
                        + " expected " + known.stream().sorted().toList()
                        + " (keys starting with '_' are ignored).");
            }
        }
    }

    private void fieldProblem(String owner, String key, String detail) {
        problems.add("In " + file + ", the field '" + key + "' of " + owner + " " + detail);
    }
}
