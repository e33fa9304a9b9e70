package org.vscp.rest.health;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves health requests from proxies and orchestrators without a login: HTTP 200 with
 * {@code {"status":"UP"}} when every check passes, otherwise HTTP 503 with
 * {@code {"status":"DOWN"}}. The body never says which check failed, so the endpoint reveals no
 * paths, versions or counts. {@code HEAD} returns the same status without a body.
 */
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HealthProbe probe;

    /** Creates the servlet; {@code probe} runs on every request. */
    public HealthServlet(HealthProbe probe) {
        this.probe = probe;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HealthResponse health = HealthResponse.of(probe.probe());

        byte[] body = health.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(health.httpStatus());
        response.setContentType(HealthResponse.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
