package org.vscp.rest.format;

import org.vscp.rest.event.VscpEvent;

/**
 * Writes the CSV format: a header line, then records separated by CRLF. A field that contains a
 * comma, a double quote or a line break is quoted as RFC 4180 describes, with one exception:
 * the event string, explained in {@link #writeEvents}.
 */
final class CsvWriter implements ReplyWriter {

    private static final String CRLF = "\r\n";
    private static final String HEADER = "success-code,error-code,message,description";

    private final RenderedEventCache eventStrings;

    /**
     * @param eventStrings the event strings of recent events, a cache that renders with {@link
     *     org.vscp.rest.event.EventStrings#format}
     */
    CsvWriter(RenderedEventCache eventStrings) {
        this.eventStrings = eventStrings;
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String write(Reply reply) {
        if (reply instanceof Reply.Failure failure) {
            return writeFailure(failure);
        }
        if (reply instanceof Reply.MdfDocument) {
            return writeFailure(ReplyTexts.MDF_NOT_IN_THIS_FORMAT);
        }
        if (reply instanceof Reply.SessionInfo session) {
            return writeSession(session);
        }
        if (reply instanceof Reply.Events events) {
            return writeEvents(events);
        }
        if (reply instanceof Reply.VariableRead read) {
            return writeVariable(read.variable());
        }
        if (reply instanceof Reply.VariableList list) {
            return writeVariables(list);
        }
        return HEADER + CRLF + "1,1,Success,Success.";
    }

    private static String writeFailure(Reply.Failure failure) {
        ResultCode code = failure.code();
        StringBuilder text = new StringBuilder(64 + failure.description().length());
        text.append(HEADER).append(CRLF)
                .append("0,").append(code.code()).append(',');
        appendField(text, code.message()).append(',');
        appendField(text, failure.description());
        return text.toString();
    }

    private static String writeSession(Reply.SessionInfo session) {
        StringBuilder text = new StringBuilder(128);
        text.append(HEADER).append(",vscpsession,nEvents").append(CRLF)
                .append("1,1,Success,Success.,");
        appendField(text, session.sessionKey()).append(',').append(session.eventCount());
        return text.toString();
    }

    /**
     * Writes the readevent records. The event string in the last field contains commas but is
     * written unquoted, as the daemon wrote it. Clients split off the first four fields and take
     * the rest of the line as the event, so quotes would become part of their event string. The
     * event string holds only digits, letters, colons, commas, dashes and {@code 0x} values, so
     * it never contains a quote or a line break.
     */
    private String writeEvents(Reply.Events events) {
        StringBuilder text = new StringBuilder(192 + 128 * events.events().size());
        text.append(HEADER).append(",Event").append(CRLF)
                .append("1,1,Success,Success.,NULL").append(CRLF)
                .append("1,2,Info,").append(ReplyTexts.info(events)).append(",NULL").append(CRLF)
                .append("1,4,Count,").append(events.events().size()).append(",NULL").append(CRLF);
        for (VscpEvent event : events.events()) {
            text.append("1,3,Data,Event,").append(eventStrings.text(event)).append(CRLF);
        }
        return text.toString();
    }

    private static String writeVariable(VariableEntry variable) {
        StringBuilder text = new StringBuilder(200 + variable.value().length() * 2);
        text.append(HEADER)
                .append(",name,type,user,access-right,persistent,last-change,value,note")
                .append(CRLF)
                .append("1,1,Success,Success.,").append(variable.name())
                .append(',').append(variable.typeCode()).append(',');
        appendField(text, variable.owner())
                .append(',').append(ReplyTexts.rightsHex(variable))
                .append(',').append(variable.persistent())
                .append(',').append(ReplyTexts.lastChange(variable))
                .append(',').append(ReplyTexts.base64(variable.value()))
                .append(',').append(ReplyTexts.base64(variable.note()));
        return text.toString();
    }

    /**
     * Writes the listvar records. The variable fields are joined by semicolons into the last
     * field, as the daemon wrote them; names, rights, dates and BASE64 hold no semicolon.
     */
    private static String writeVariables(Reply.VariableList list) {
        StringBuilder text = new StringBuilder(192 + 160 * list.variables().size());
        text.append(HEADER).append(",Variable").append(CRLF)
                .append("1,1,Success,Success.,NULL").append(CRLF)
                .append("1,2,Info,").append(ReplyTexts.info(list)).append(",NULL").append(CRLF)
                .append("1,5,Count,").append(list.variables().size()).append(",NULL")
                .append(CRLF);
        for (VariableEntry variable : list.variables()) {
            StringBuilder fields = new StringBuilder(128);
            fields.append(variable.name()).append(';').append(variable.typeCode()).append(';')
                    .append(variable.owner()).append(';').append(ReplyTexts.rightsHex(variable))
                    .append(';').append(variable.persistent()).append(';')
                    .append(ReplyTexts.lastChange(variable));
            if (list.listLong()) {
                fields.append(';').append(ReplyTexts.base64(variable.value()))
                        .append(';').append(ReplyTexts.base64(variable.note()));
            }
            text.append("1,3,Data,Variable,");
            appendField(text, fields.toString()).append(CRLF);
        }
        return text.toString();
    }

    /** Appends {@code value}, quoted with doubled inner quotes when it needs quoting. */
    private static StringBuilder appendField(StringBuilder text, String value) {
        if (!needsQuotes(value)) {
            return text.append(value);
        }

        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        return text.append('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
