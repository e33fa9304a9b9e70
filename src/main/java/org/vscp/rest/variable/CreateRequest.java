package org.vscp.rest.variable;

/**
 * The parameters of createvar as they came; null means the parameter was not sent.
 *
 * @param name the {@code variable} parameter
 * @param type the {@code type} parameter, a number or name
 * @param value the {@code value} parameter, BASE64 or a plain literal
 * @param persistent the {@code persistent} parameter, true or false
 * @param accessRight the {@code accessright} parameter, such as 744
 * @param note the {@code note} parameter, BASE64
 */
public record CreateRequest(String name, String type, String value, String persistent,
        String accessRight, String note) {
}
