package org.vscp.rest.format;

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
}
