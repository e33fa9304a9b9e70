package org.vscp.rest.format;

import org.vscp.rest.event.VscpEvent;

/**
 * Writes the plain-text format. The first line is {@code <success> <code> <message> } with a
 * trailing space, and every line ends in CRLF, as the daemon wrote it.
 */
final class PlainWriter implements ReplyWriter {

    private static final String CRLF = "\r\n";

    private final RenderedEventCache eventStrings;

    /**
     * @param eventStrings the event strings of recent events, a cache that renders with {@link
     *     org.vscp.rest.event.EventStrings#format}
     */
    PlainWriter(RenderedEventCache eventStrings) {
        this.eventStrings = eventStrings;
    }

    @Override
    public String contentType() {
        return "text/plain; charset=UTF-8";
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
        return "1 1 Success " + CRLF + CRLF + "Everything is fine." + CRLF;
    }

    private static String writeFailure(Reply.Failure failure) {
        ResultCode code = failure.code();
        String description = ReplyTexts.withoutControlCharacters(failure.description());
        StringBuilder text = new StringBuilder(32 + code.message().length() + description.length());
        text.append("0 ").append(code.code()).append(' ').append(code.message()).append(' ')
                .append(CRLF).append(CRLF)
                .append(description).append(CRLF);
        return text.toString();
    }

    private static String writeSession(Reply.SessionInfo session) {
        StringBuilder text = new StringBuilder(80);
        text.append("1 1 Success vscpsession=")
                .append(ReplyTexts.withoutControlCharacters(session.sessionKey()))
                .append(" nEvents=").append(session.eventCount()).append(CRLF);
        return text.toString();
    }

    private String writeEvents(Reply.Events events) {
        StringBuilder text = new StringBuilder(96 + 128 * events.events().size());
        text.append("1 1 Success ").append(CRLF)
                .append(ReplyTexts.info(events)).append(CRLF);
        for (VscpEvent event : events.events()) {
            text.append("- ").append(eventStrings.text(event)).append(CRLF);
        }
        return text.toString();
    }

    /** Writes the readvar line; value and note are BASE64, so they never hold a quote. */
    private static String writeVariable(VariableEntry variable) {
        StringBuilder text = new StringBuilder(160 + variable.value().length() * 2);
        text.append("1 1 Success ").append(CRLF)
                .append("name=").append(variable.name())
                .append(" type=").append(variable.typeCode())
                .append(" user=").append(ReplyTexts.withoutControlCharacters(variable.owner()))
                .append(" access-right=").append(ReplyTexts.rightsHex(variable))
                .append(" persistent=").append(variable.persistent())
                .append(" last-change='").append(ReplyTexts.lastChange(variable)).append('\'')
                .append(" value='").append(ReplyTexts.base64(variable.value())).append('\'')
                .append(" note='").append(ReplyTexts.base64(variable.note())).append('\'')
                .append(CRLF);
        return text.toString();
    }

    /** Writes one listvar line per variable, in the field order the daemon used. */
    private static String writeVariables(Reply.VariableList list) {
        StringBuilder text = new StringBuilder(32 + 160 * list.variables().size());
        text.append("1 1 Success ").append(CRLF);
        for (VariableEntry variable : list.variables()) {
            text.append("name=").append(variable.name())
                    .append(" type=").append(variable.typeCode())
                    .append(" user=").append(ReplyTexts.withoutControlCharacters(variable.owner()))
                    .append(" access-right=").append(ReplyTexts.rightsHex(variable))
                    .append(" last-change='").append(ReplyTexts.lastChange(variable)).append('\'')
                    .append(" persistent=").append(variable.persistent());
            if (list.listLong()) {
                text.append(" value='").append(ReplyTexts.base64(variable.value())).append('\'')
                        .append(" note='").append(ReplyTexts.base64(variable.note())).append('\'');
            }
            text.append(CRLF);
        }
        return text.toString();
    }
}
