package org.vscp.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * TEST ONLY: the baseline of the load test. Sends the same 70-byte body with the headers the
 * REST servlet sends, so that its throughput stands for the container's own limit.
 */
@WebServlet("/fixed")
public final class FixedBodyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** 70 bytes: the JSON success envelope of sendevent (69 bytes) and a line feed. */
    static final byte[] BODY = "{\"success\":true,\"code\":1,\"message\":\"success\",\"description\":\"Success\"}\n"
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(200);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(BODY.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(BODY);
        }
    }
}
