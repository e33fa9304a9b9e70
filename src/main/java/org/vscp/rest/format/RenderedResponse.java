package org.vscp.rest.format;

/**
 * An answer ready to send.
 *
 * @param httpStatus the HTTP status code
 * @param contentType the full content type with charset
 * @param body the body text, sent as UTF-8
 */
public record RenderedResponse(int httpStatus, String contentType, String body) {
}
