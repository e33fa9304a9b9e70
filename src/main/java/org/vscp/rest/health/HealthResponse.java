package org.vscp.rest.health;

/**
 * The HTTP status and JSON body of a health response.
 *
 * @param httpStatus 200 when up, 503 when down
 * @param body the JSON object {@code {"status":"UP"}} or {@code {"status":"DOWN"}}
 */
public record HealthResponse(int httpStatus, String body) {

    /** The content type of every health response. */
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    private static final HealthResponse UP = new HealthResponse(200, "{\"status\":\"UP\"}");
    private static final HealthResponse DOWN = new HealthResponse(503, "{\"status\":\"DOWN\"}");

    /** Returns the response for a probe result. */
    public static HealthResponse of(boolean up) {
        return up ? UP : DOWN;
    }
}
