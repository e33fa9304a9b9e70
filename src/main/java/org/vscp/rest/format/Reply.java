package org.vscp.rest.format;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import org.vscp.rest.event.VscpEvent;

/** The result of one operation, ready to be written in any format. */
public sealed interface Reply {

    /** Returns the result code of the envelope. */
    ResultCode code();

    /** Success without payload: close, sendevent, setfilter, clearqueue. */
    record Done() implements Reply {
        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * An error.
     *
     * @param code a negative result code
     * @param description a full sentence that says what was wrong and what to do
     */
    record Failure(ResultCode code, String description) implements Reply {
        public Failure {
            Objects.requireNonNull(description, "description");
            if (code.isSuccess()) {
                throw new IllegalArgumentException("A failure needs an error code, not " + code);
            }
        }
    }

    /**
     * The answer of open and status.
     *
     * @param sessionKey the session key
     * @param eventCount the number of events waiting in the session's queue
     * @param droppedCount the number of events dropped because the queue was full
     */
    record SessionInfo(String sessionKey, int eventCount, long droppedCount) implements Reply {
        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of readevent.
     *
     * @param requested the count the client asked for
     * @param available the number of events in the queue before reading
     * @param events the events taken from the queue, oldest first
     * @param filtered the number of events the filter removed while reading
     * @param errors the number of events that could not be delivered
     */
    record Events(long requested, int available, List<VscpEvent> events, int filtered, int errors)
            implements Reply {
        public Events {
            events = List.copyOf(events);
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of readvar, writevar and createvar: one variable with its value and note.
     *
     * @param variable the variable as stored after the operation
     */
    record VariableRead(VariableEntry variable) implements Reply {
        public VariableRead {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of listvar.
     *
     * @param variables the variables found, ordered by name
     * @param listLong whether value and note are reported; when false, the formats that always
     *     carry them (JSON) report them empty
     */
    record VariableList(List<VariableEntry> variables, boolean listLong) implements Reply {
        public VariableList {
            variables = List.copyOf(variables);
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of mdf: a Module Description File. XML writes the document as it was fetched,
     * JSON and JSONP the envelope plus {@code url} and {@code mdf}; plain and CSV cannot carry it
     * and write error -1.
     *
     * @param url the URL the client asked for
     * @param xml the document text
     * @param json the document rendered as JSON
     */
    record MdfDocument(String url, String xml, JsonObject json) implements Reply {
        public MdfDocument {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(xml, "xml");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of table: rows streamed while the answer is written, never held in memory.
     *
     * @param tableName the table's name
     * @param count the number of rows {@code rows} passes on, known before they are read
     * @param rows the rows, oldest first
     */
    record TableRows(String tableName, long count, RowStream rows) implements Reply {
        public TableRows {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(rows, "rows");
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * The answer of table without a name: the configured tables.
     *
     * @param tables the tables, in configuration order
     */
    record TableList(List<TableSummary> tables) implements Reply {
        public TableList {
            tables = List.copyOf(tables);
        }

        @Override
        public ResultCode code() {
            return ResultCode.SUCCESS;
        }
    }

    /**
     * One table of a {@link TableList}.
     *
     * @param name the table's name
     * @param description what the table records, may be empty
     * @param unit the unit shown with the values, may be empty
     * @param vscpClass the class that feeds the table, or -1 for any measurement class
     * @param vscpType the measurement type that feeds the table
     */
    record TableSummary(String name, String description, String unit, int vscpClass,
            int vscpType) {
        public TableSummary {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
