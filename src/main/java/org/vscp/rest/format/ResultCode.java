package org.vscp.rest.format;

/**
 * The result codes of the VSCP REST protocol: 1 for success, negative numbers for errors. Each
 * code has the message text the daemon sent and the HTTP status used when status mapping is on.
 */
public enum ResultCode {
    SUCCESS(1, "Success", 200),
    FAILURE(-1, "Failure", 500),
    INVALID_SESSION(-2, "Invalid session", 401),
    UNSUPPORTED_FORMAT(-3, "Unsupported format", 400),
    NO_SESSION_ROOM(-4, "Unable to create session", 507),
    MISSING_DATA(-5, "Missing data/parameter", 400),
    QUEUE_EMPTY(-6, "Input queue empty", 404),
    VARIABLE_NOT_FOUND(-7, "Variable not found", 404),
    VARIABLE_NOT_CREATED(-8, "Variable could not be created", 400),
    VARIABLE_NOT_UPDATED(-9, "Failed to update variable", 400),
    NO_QUEUE_ROOM(-10, "No room in queue", 507),
    TABLE_NOT_FOUND(-11, "Table does not exist", 404),
    NO_DATA(-12, "No data", 404),
    RANGE_ERROR(-13, "Range error", 400),
    INVALID_USER(-14, "Invalid user", 401),
    INVALID_ORIGIN(-15, "Invalid origin", 403),
    INVALID_PASSWORD(-16, "Invalid password", 401),
    MEMORY_ERROR(-17, "Memory error", 413),
    VARIABLE_DELETE_ERROR(-18, "Variable delete error", 400),
    ACCESS_DENIED(-19, "Access denied", 403);

    private final int code;
    private final String message;
    private final int httpStatus;

    ResultCode(int code, String message, int httpStatus) {
        this.code = code;
        this.message = message;
        this.httpStatus = httpStatus;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** Returns the HTTP status sent for this code when the server maps errors to statuses. */
    public int httpStatus() {
        return httpStatus;
    }

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
