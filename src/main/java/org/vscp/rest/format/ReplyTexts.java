package org.vscp.rest.format;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.VscpEvent;

/** Text pieces shared by several writers. */
final class ReplyTexts {

    /** The answer to mdf in a format that cannot carry an XML document. */
    static final Reply.Failure MDF_NOT_IN_THIS_FORMAT = new Reply.Failure(ResultCode.FAILURE,
            "The mdf operation answers in xml, json or jsonp only; plain and csv cannot carry"
                    + " the file.");

    private ReplyTexts() {
    }

    /**
     * Returns the readevent info sentence, in the wording the daemon used and clients match:
     * {@code <requested> events requested of <available> available (unfiltered) <n> will be
     * retrieved}.
     */
    static String info(Reply.Events events) {
        return events.requested() + " events requested of " + events.available()
                + " available (unfiltered) " + events.events().size() + " will be retrieved";
    }

    /** Returns the listvar info sentence, {@code <n> variables found}. */
    static String info(Reply.VariableList list) {
        return list.variables().size() + " variables found";
    }

    /** Returns BASE64, with padding, of the UTF-8 bytes of {@code text}. */
    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the rights bits as the three hex digits the daemon reported, such as 744. */
    static String rightsHex(VariableEntry variable) {
        return String.format("%03x", variable.accessRights());
    }

    /** Returns the last change time as {@code YYYY-MM-DDTHH:MM:SSZ}. */
    static String lastChange(VariableEntry variable) {
        return EventStrings.DATE_TIME_OUTPUT.format(variable.lastChange());
    }

    /** Returns the data bytes of {@code event} as {@code 0xHH} values separated by commas. */
    static String hexData(VscpEvent event) {
        StringBuilder text = new StringBuilder(5 * event.sizeData());
        for (int i = 0; i < event.sizeData(); i++) {
            if (i > 0) {
                text.append(',');
            }
            EventStrings.appendHexByte(text, event.dataAt(i));
        }
        return text.toString();
    }

    /**
     * Returns {@code text} with every ISO control character (C0, DEL and C1) replaced by a
     * space, so that a value cannot break the line structure of a plain-text body.
     */
    static String withoutControlCharacters(String text) {
        if (!containsControlCharacter(text)) {
            return text;
        }

        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cleaned.append(Character.isISOControl(c) ? ' ' : c);
        }
        return cleaned.toString();
    }

    private static boolean containsControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
