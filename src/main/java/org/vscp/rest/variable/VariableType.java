package org.vscp.rest.variable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The variable types of the protocol, with their numbers, the names the server reports and the
 * names clients may send. Validated types check their values with {@link VariableValues};
 * the others keep any text.
 */
public enum VariableType {
    UNASSIGNED(0, "Unassigned", false),
    STRING(1, "String", false),
    BOOLEAN(2, "Boolean", true, "BOOL"),
    INTEGER(3, "Integer", true, "INT"),
    LONG(4, "Long", true),
    DOUBLE(5, "Double", true, "FLOAT"),
    MEASUREMENT(6, "Measurement", false),
    EVENT(7, "VscpEvent", true, "EVENT"),
    GUID(8, "VscpGuid", true, "EVENTGUID", "GUID"),
    DATA(9, "VscpData", true, "EVENTDATA", "DATA"),
    VSCP_CLASS(10, "VscpClass", true, "EVENTCLASS"),
    VSCP_TYPE(11, "VscpType", true, "EVENTTYPE"),
    TIMESTAMP(12, "Timestamp", true, "EVENTTIMESTAMP"),
    DATE_TIME(13, "DateTime", true),
    DATE(14, "Date", true),
    TIME(15, "Time", true),
    BLOB(16, "BLOB", false),
    MIME(100, "Mime", false),
    HTML(101, "Html", false),
    JAVASCRIPT(102, "Javascript", false),
    JSON(103, "Json", false),
    XML(104, "XML", false),
    SQL(105, "SQL", false),
    LUA(200, "LUA", false),
    LUA_RESULT(201, "LUARES", false),
    UX1(300, "UX1", false),
    DM_ROW(500, "DMrow", false),
    DRIVER(501, "Driver", false),
    USER(502, "User", false),
    FILTER(503, "Filter", false);

    private static final Map<String, VariableType> BY_NAME = new HashMap<>();
    private static final Map<Integer, VariableType> BY_CODE = new HashMap<>();

    static {
        for (VariableType type : values()) {
            BY_CODE.put(type.code, type);
            BY_NAME.put(type.displayName.toUpperCase(Locale.ROOT), type);
            for (String alias : type.aliases) {
                BY_NAME.put(alias, type);
            }
        }
    }

    private final int code;
    private final String displayName;
    private final boolean validated;
    private final List<String> aliases;

    VariableType(int code, String displayName, boolean validated, String... aliases) {
        this.code = code;
        this.displayName = displayName;
        this.validated = validated;
        this.aliases = List.of(aliases);
    }

    /** Returns the type number. */
    public int code() {
        return code;
    }

    /** Returns the name the server reports, such as {@code VscpGuid}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns whether values of this type are checked against a syntax. Such types also accept a
     * plain literal where BASE64 is expected; the others hold opaque text sent as BASE64.
     */
    public boolean isValidated() {
        return validated;
    }

    /**
     * Looks a type up by number or by name, case-insensitively, such as {@code 3}, {@code int},
     * {@code Integer} or {@code EVENTGUID}.
     *
     * @return empty when {@code text} names no type
     */
    public static Optional<VariableType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }

        String key = text.strip().toUpperCase(Locale.ROOT);
        if (!key.isEmpty() && key.length() <= 4 && key.chars().allMatch(Character::isDigit)) {
            return Optional.ofNullable(BY_CODE.get(Integer.parseInt(key)));
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /** Returns the type with number {@code code}, or empty. */
    public static Optional<VariableType> ofCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
