package org.vscp.rest.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.measurement.DateTimeText;
import org.vscp.rest.operation.RestRequest;
import org.vscp.rest.security.Right;
import org.vscp.rest.session.Session;

/**
 * The table operation. With {@code name}: the rows of that table between {@code from} and
 * {@code to} (both inclusive, a missing bound is open), oldest first, at most {@code count}
 * (alias {@code limit}). Without {@code name}: the list of tables. Thread-safe.
 */
public final class TableOperations {

    private final Map<String, TableDefinition> tables = new LinkedHashMap<>();
    private final TableStore store;

    public TableOperations(List<TableDefinition> definitions, TableStore store) {
        for (TableDefinition definition : definitions) {
            tables.put(definition.name().toLowerCase(Locale.ROOT), definition);
        }
        this.store = store;
    }

    /**
     * Runs the table operation for {@code session}. Returns -19 without the tables right, -11 for
     * an unknown table, -5 for a bad bound or count, -13 when {@code to} is before {@code from},
     * and -12 when no row is in the range. Blocks while counting the rows. The rows themselves
     * are read while the response is written.
     */
    public Reply table(Session session, RestRequest request) {
        if (!session.user().hasRight(Right.TABLES)) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                    + " lacks the right 'tables' needed for table.");
        }

        String name = request.parameter("name");
        if (name == null || name.isBlank()) {
            return list();
        }

        TableDefinition table = tables.get(name.strip().toLowerCase(Locale.ROOT));
        if (table == null) {
            return new Reply.Failure(ResultCode.TABLE_NOT_FOUND, "The table '" + shorten(name)
                    + "' does not exist; call table without a name to list the tables.");
        }

        Instant from;
        Instant to;
        long limit;
        try {
            from = bound(request, "from");
            to = bound(request, "to");
            limit = limit(request);
        } catch (IllegalArgumentException e) {
            return new Reply.Failure(ResultCode.MISSING_DATA, e.getMessage());
        }
        if (from != null && to != null && to.isBefore(from)) {
            return new Reply.Failure(ResultCode.RANGE_ERROR, "The end of the range, to="
                    + to + ", is earlier than its start, from=" + from + "; swap them.");
        }

        long count = Math.min(limit, store.count(table.name(), from, to));
        if (count == 0) {
            return new Reply.Failure(ResultCode.NO_DATA, "The table " + table.name()
                    + " has no rows between " + (from == null ? "its first row" : from) + " and "
                    + (to == null ? "its last row" : to) + ".");
        }
        return new Reply.TableRows(table.name(), count, store.rows(table.name(), from, to, count));
    }

    private Reply list() {
        List<Reply.TableSummary> summaries = new ArrayList<>(tables.size());
        for (TableDefinition table : tables.values()) {
            summaries.add(new Reply.TableSummary(table.name(), table.description(), table.unit(),
                    table.vscpClass().orElse(-1), table.vscpType()));
        }
        return new Reply.TableList(summaries);
    }

    private static Instant bound(RestRequest request, String name) {
        String text = request.parameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateTimeText.parse(name, text);
    }

    /** Reads {@code count} or its alias {@code limit}: a positive integer, default no limit. */
    static long limit(RestRequest request) {
        String name = request.has("count") ? "count" : "limit";
        String text = request.parameter(name);
        if (text == null || text.isBlank()) {
            return Long.MAX_VALUE;
        }

        String digits = text.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("The " + name + " '" + shorten(digits)
                    + "' is not a positive integer; give 1 or more.");
        }
        try {
            long value = Long.parseLong(digits);
            if (value < 1) {
                throw new IllegalArgumentException("The " + name + " " + digits
                        + " is not a positive integer; give 1 or more.");
            }
            return value;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
