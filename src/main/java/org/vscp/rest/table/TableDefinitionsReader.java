package org.vscp.rest.table;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.vscp.rest.event.Guid;

/**
 * Reads the table definitions of {@value #FILE_NAME} in the configuration directory:
 *
 * <pre>{@code
 * {"tables": [
 *   {"name": "outside", "description": "Outdoor temperature", "type": 6, "class": 10,
 *    "sensorIndex": 0, "zone": 0, "subzone": 0, "unitCode": 1,
 *    "guid": "FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:01", "unit": "°C",
 *    "maxAgeDays": 30, "maxRows": 100000}
 * ]}
 * }</pre>
 *
 * Only {@code name} and {@code type} are required. A missing file means no tables. Names are
 * unique, case-insensitively.
 */
public final class TableDefinitionsReader {

    public static final String FILE_NAME = "tables.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Set<String> KEYS = Set.of("name", "description", "type", "class",
            "sensorIndex", "zone", "subzone", "unitCode", "guid", "unit", "maxAgeDays", "maxRows",
            "_comment");

    private TableDefinitionsReader() {
    }

    /**
     * Reads the definitions in {@code configDir}, or returns none when it has no tables file.
     *
     * @throws IllegalArgumentException naming the file, the table and the field for a bad file
     */
    public static List<TableDefinition> read(Path configDir) {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }

        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return parse(json.readObject(), file.toString());
        } catch (IOException | JsonException | ClassCastException e) {
            throw new IllegalArgumentException("The table file " + file + " is not a valid JSON"
                    + " object with a \"tables\" array: " + e.getMessage(), e);
        }
    }

    /** Parses the JSON of a tables file; {@code source} names the file in messages. */
    static List<TableDefinition> parse(JsonObject root, String source) {
        JsonArray tables = root.getJsonArray("tables");
        if (tables == null) {
            throw new IllegalArgumentException("The table file " + source
                    + " has no \"tables\" array.");
        }

        List<TableDefinition> definitions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            TableDefinition definition = parseTable(tables.getJsonObject(i), source, i);
            if (!names.add(definition.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The table file " + source + " defines the"
                        + " table " + definition.name() + " twice; names must be unique.");
            }
            definitions.add(definition);
        }
        return List.copyOf(definitions);
    }

    private static TableDefinition parseTable(JsonObject table, String source, int index) {
        String position = "table " + index + " of " + source;
        for (String key : table.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("The field \"" + key + "\" of " + position
                        + " is unknown; known fields are " + KEYS + ".");
            }
        }

        String name = text(table, "name", position).orElseThrow(() -> new IllegalArgumentException(
                "The " + position + " has no \"name\"."));
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The name '" + name + "' of " + position
                    + " is not valid; use 1-64 letters, digits, '_', '.' or '-'.");
        }
        String where = "table " + name + " in " + source;

        OptionalInt type = number(table, "type", 0xFFFF, where);
        if (type.isEmpty()) {
            throw new IllegalArgumentException("The " + where + " has no \"type\"; give the"
                    + " measurement type that feeds it, such as 6 for a temperature.");
        }

        Optional<Guid> guid = text(table, "guid", where).map(value -> {
            try {
                return Guid.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The guid of " + name + " in " + source + " is not valid: "
                        + e.getMessage(), e);
            }
        });
        OptionalInt maxAgeDays = number(table, "maxAgeDays", Integer.MAX_VALUE, where);
        OptionalInt maxRows = number(table, "maxRows", Integer.MAX_VALUE, where);

        return new TableDefinition(name, text(table, "description", where).orElse(""),
                number(table, "class", 0xFFFF, where), type.getAsInt(),
                number(table, "sensorIndex", 255, where), number(table, "zone", 255, where),
                number(table, "subzone", 255, where), guid,
                number(table, "unitCode", 255, where), text(table, "unit", where).orElse(""),
                maxAgeDays.isPresent()
                        ? Optional.of(Duration.ofDays(maxAgeDays.getAsInt()))
                        : Optional.empty(),
                maxRows.isPresent() ? OptionalLong.of(maxRows.getAsInt()) : OptionalLong.empty());
    }

    private static Optional<String> text(JsonObject table, String key, String where) {
        JsonValue value = table.get(key);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException("The field \"" + key + "\" of " + where
                    + " must be a string, not " + value + ".");
        }
        return Optional.of(string.getString());
    }

    private static OptionalInt number(JsonObject table, String key, int max, String where) {
        JsonValue value = table.get(key);
        if (value == null || value == JsonValue.NULL) {
            return OptionalInt.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.longValue() >= 0 && number.longValue() <= max) {
            return OptionalInt.of(number.intValue());
        }
        throw new IllegalArgumentException("The field \"" + key + "\" of " + where + " is "
                + value + "; expected a whole number from 0 to " + max + ".");
    }
}
