package org.vscp.rest.bridge;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

/**
 * An MQTT publish topic with escapes in double braces, filled in for each event. The escapes are
 * those of the VSCP daemon 15 that make sense here:
 *
 * <table>
 *   <caption>Topic escapes</caption>
 *   <tr><th>escape</th><th>value</th></tr>
 *   <tr><td>{@code {{guid}}}</td><td>the event GUID, upper-case hex with colons</td></tr>
 *   <tr><td>{@code {{guid[n]}}}, {@code {{xguid[n]}}}</td><td>GUID byte n (0 is the most
 *       significant), decimal or hex</td></tr>
 *   <tr><td>{@code {{guid.msb}}}, {@code {{guid.lsb}}} and the {@code x} forms</td><td>GUID
 *       byte 0 or 15</td></tr>
 *   <tr><td>{@code {{nickname}}}, {@code {{xnickname}}}</td><td>GUID[14]*256 + GUID[15]</td></tr>
 *   <tr><td>{@code {{class}}}, {@code {{type}}}, {@code {{head}}}, {@code {{obid}}}, {@code
 *       {{sizedata}}} and the {@code x} forms</td><td>the event field, decimal or hex</td></tr>
 *   <tr><td>{@code {{data[n]}}}, {@code {{xdata[n]}}}</td><td>data byte n; empty when the event
 *       has fewer bytes</td></tr>
 *   <tr><td>{@code {{datetime}}}, {@code {{year}}} ... {@code {{second}}}</td><td>the event's UTC
 *       date and time, such as 2021-06-17T07:22:55</td></tr>
 *   <tr><td>{@code {{srvguid}}}, {@code {{ifguid}}}</td><td>the server GUID</td></tr>
 *   <tr><td>{@code {{clientid}}}</td><td>the MQTT client id of the bridge</td></tr>
 *   <tr><td>{@code {{user}}}</td><td>the MQTT user name</td></tr>
 *   <tr><td>{@code {{fmtpublish}}}</td><td>the payload format: json, string or xml</td></tr>
 * </table>
 *
 * <p>Hex values are upper case without {@code 0x}. Immutable.
 */
public final class TopicTemplate {

    private static final Pattern ESCAPE = Pattern.compile("\\{\\{([a-z.\\-]+)(?:\\[(\\d+)])?}}");

    private static final Set<String> PLAIN = Set.of("guid", "guid.msb", "xguid.msb", "guid.lsb",
            "xguid.lsb", "nickname", "xnickname", "class", "xclass", "type", "xtype", "head",
            "xhead", "obid", "xobid", "sizedata", "xsizedata", "datetime", "year", "month", "day",
            "hour", "minute", "second", "srvguid", "ifguid", "clientid", "user", "fmtpublish");

    private static final Set<String> INDEXED = Set.of("guid", "xguid", "data", "xdata",
            "srvguid", "xsrvguid");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final String template;

    private TopicTemplate(String template) {
        this.template = template;
    }

    /**
     * Checks {@code template} and returns it as a topic template.
     *
     * @throws IllegalArgumentException naming the unknown escape, a bad index, or the MQTT
     *     wildcard that a publish topic may not contain
     */
    public static TopicTemplate parse(String template) {
        Objects.requireNonNull(template, "template");
        if (template.isEmpty()) {
            throw new IllegalArgumentException("The publish topic is empty.");
        }
        if (template.indexOf('#') >= 0 || template.indexOf('+') >= 0) {
            throw new IllegalArgumentException("The publish topic '" + template + "' contains"
                    + " the wildcard '#' or '+', which only subscriptions may use.");
        }

        Matcher matcher = ESCAPE.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            String index = matcher.group(2);
            boolean known = index == null ? PLAIN.contains(name) : INDEXED.contains(name);
            if (!known) {
                throw new IllegalArgumentException("The publish topic '" + template
                        + "' contains the unknown escape '" + matcher.group() + "'; known"
                        + " escapes are " + new java.util.TreeSet<>(PLAIN) + " and "
                        + new java.util.TreeSet<>(INDEXED) + " with [n].");
            }
            int limit = name.endsWith("data") ? VscpEvent.MAX_DATA : Guid.LENGTH;
            if (index != null && (index.length() > 3 || Integer.parseInt(index) >= limit)) {
                throw new IllegalArgumentException("The escape '" + matcher.group() + "' in the"
                        + " publish topic '" + template + "' has an index outside 0-"
                        + (limit - 1) + ".");
            }
        }
        if (template.replaceAll(ESCAPE.pattern(), "").contains("{{")) {
            throw new IllegalArgumentException("The publish topic '" + template
                    + "' contains '{{' that does not start a valid escape such as {{guid}}.");
        }
        return new TopicTemplate(template);
    }

    /** Returns the topic for {@code event}; never blocks. */
    public String expand(VscpEvent event, TopicContext context) {
        Matcher matcher = ESCAPE.matcher(template);
        StringBuilder topic = new StringBuilder(template.length() + 48);
        while (matcher.find()) {
            String value = valueOf(matcher.group(1), matcher.group(2), event, context);
            matcher.appendReplacement(topic, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(topic);
        return topic.toString();
    }

    private static String valueOf(String name, String indexText, VscpEvent event,
            TopicContext context) {
        if (indexText != null) {
            int index = Integer.parseInt(indexText);
            return switch (name) {
                case "guid" -> Integer.toString(event.guid().byteAt(index));
                case "xguid" -> hex(event.guid().byteAt(index));
                case "srvguid" -> Integer.toString(context.serverGuid().byteAt(index));
                case "xsrvguid" -> hex(context.serverGuid().byteAt(index));
                case "data" -> index < event.sizeData() ? Integer.toString(event.dataAt(index)) : "";
                case "xdata" -> index < event.sizeData() ? hex(event.dataAt(index)) : "";
                default -> throw new IllegalStateException("Unchecked escape " + name);
            };
        }

        int nickname = event.guid().byteAt(14) * 256 + event.guid().byteAt(15);
        return switch (name) {
            case "guid" -> event.guid().toString();
            case "guid.msb" -> Integer.toString(event.guid().byteAt(0));
            case "xguid.msb" -> hex(event.guid().byteAt(0));
            case "guid.lsb" -> Integer.toString(event.guid().byteAt(15));
            case "xguid.lsb" -> hex(event.guid().byteAt(15));
            case "nickname" -> Integer.toString(nickname);
            case "xnickname" -> hex(nickname);
            case "class" -> Integer.toString(event.vscpClass());
            case "xclass" -> hex(event.vscpClass());
            case "type" -> Integer.toString(event.vscpType());
            case "xtype" -> hex(event.vscpType());
            case "head" -> Integer.toString(event.head());
            case "xhead" -> hex(event.head());
            case "obid" -> Long.toString(event.obid());
            case "xobid" -> Long.toHexString(event.obid()).toUpperCase(Locale.ROOT);
            case "sizedata" -> Integer.toString(event.sizeData());
            case "xsizedata" -> hex(event.sizeData());
            case "datetime" -> DATE_TIME.format(event.dateTime());
            case "year" -> Integer.toString(utc(event).getYear());
            case "month" -> Integer.toString(utc(event).getMonthValue());
            case "day" -> Integer.toString(utc(event).getDayOfMonth());
            case "hour" -> Integer.toString(utc(event).getHour());
            case "minute" -> Integer.toString(utc(event).getMinute());
            case "second" -> Integer.toString(utc(event).getSecond());
            case "srvguid", "ifguid" -> context.serverGuid().toString();
            case "clientid" -> context.clientId();
            case "user" -> context.user();
            case "fmtpublish" -> context.format().configName();
            default -> throw new IllegalStateException("Unchecked escape " + name);
        };
    }

    private static java.time.ZonedDateTime utc(VscpEvent event) {
        return event.dateTime().atZone(ZoneOffset.UTC);
    }

    private static String hex(int value) {
        return Integer.toHexString(value).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return template;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicTemplate topic && template.equals(topic.template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    /**
     * The values of a topic that do not come from the event.
     *
     * @param serverGuid the server GUID
     * @param clientId the MQTT client id
     * @param user the MQTT user name, or empty
     * @param format the payload format of the topic
     */
    public record TopicContext(Guid serverGuid, String clientId, String user,
            PayloadFormat format) {
    }
}
