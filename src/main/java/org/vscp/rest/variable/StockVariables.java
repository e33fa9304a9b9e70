package org.vscp.rest.variable;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The read-only variables that describe the server. Everyone with the variables-read right may
 * read them; nobody, not even an admin, may write or delete them. Thread-safe.
 */
public final class StockVariables {

    /** The owner reported for the stock variables; no user of that name can log in as them. */
    public static final String OWNER = "(server)";

    public static final String VERSION = "VSCP.SERVER.VERSION";
    public static final String START_TIME = "VSCP.SERVER.START-TIME";
    public static final String OPEN_SESSIONS = "VSCP.SERVER.OPEN-SESSIONS";
    public static final String GUID = "VSCP.SERVER.GUID";
    public static final String TIME = "VSCP.SERVER.TIME";
    /** One line per bridge with its name, type and connection state. */
    public static final String BRIDGES = "VSCP.SERVER.BRIDGES";

    private static final List<String> NAMES = List.of(BRIDGES, GUID, OPEN_SESSIONS, START_TIME,
            TIME, VERSION);

    private final String version;
    private final Instant startTime;
    private final IntSupplier openSessions;
    private final String serverGuid;
    private final Clock clock;
    private final Supplier<String> bridges;

    /** Creates the stock variables of a server without bridges. */
    public StockVariables(String version, Instant startTime, IntSupplier openSessions,
            String serverGuid, Clock clock) {
        this(version, startTime, openSessions, serverGuid, clock, () -> "no bridges");
    }

    /**
     * @param version the server version text
     * @param startTime when the server started
     * @param openSessions reports the number of open sessions; called on each read
     * @param serverGuid the server GUID in its text form
     * @param clock the clock of {@link #TIME}
     * @param bridges reports the state of the bridges; called on each read
     */
    public StockVariables(String version, Instant startTime, IntSupplier openSessions,
            String serverGuid, Clock clock, Supplier<String> bridges) {
        this.version = version;
        this.startTime = startTime.truncatedTo(ChronoUnit.SECONDS);
        this.openSessions = openSessions;
        this.serverGuid = serverGuid;
        this.clock = clock;
        this.bridges = bridges;
    }

    /** Returns whether {@code name} (upper case) is a stock variable. */
    public boolean isStock(String name) {
        return NAMES.contains(name);
    }

    /** Returns the stock variable {@code name} with its current value, or empty. */
    public Optional<Variable> find(String name) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return switch (name) {
            case VERSION -> Optional.of(stock(VERSION, VariableType.STRING, startTime, version));
            case START_TIME -> Optional.of(stock(START_TIME, VariableType.DATE_TIME, startTime,
                    DateTimeFormatter.ISO_INSTANT.format(startTime)));
            case OPEN_SESSIONS -> Optional.of(stock(OPEN_SESSIONS, VariableType.INTEGER, now,
                    Integer.toString(openSessions.getAsInt())));
            case GUID -> Optional.of(stock(GUID, VariableType.GUID, startTime, serverGuid));
            case TIME -> Optional.of(stock(TIME, VariableType.DATE_TIME, now,
                    DateTimeFormatter.ISO_INSTANT.format(now)));
            case BRIDGES -> Optional.of(stock(BRIDGES, VariableType.STRING, now,
                    bridges.get()));
            default -> Optional.empty();
        };
    }

    /** Returns every stock variable, ordered by name. */
    public List<Variable> all() {
        return NAMES.stream().map(name -> find(name).orElseThrow()).toList();
    }

    private static Variable stock(String name, VariableType type, Instant changed, String value) {
        return new Variable(name, type, OWNER, AccessRights.READ_ONLY, false, changed, value,
                "Read-only: set by the server.");
    }
}
