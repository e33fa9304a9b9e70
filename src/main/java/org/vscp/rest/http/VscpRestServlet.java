package org.vscp.rest.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.format.RenderedResponse;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResponseFormat;
import org.vscp.rest.format.ResponseRenderer;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.operation.OperationDispatcher;
import org.vscp.rest.operation.RestRequest;
import org.vscp.rest.security.ClientAddressResolver;
import org.vscp.rest.text.ClientText;

/**
 * The HTTP adapter of the REST API at {@code /vscp/rest}: reads the parameters of a GET or POST,
 * hands them to the {@link OperationDispatcher} and writes its reply in the requested format.
 * Every answer, including errors, is one complete body with {@code Cache-Control: no-store}.
 * A readevent that waits for an event is answered asynchronously (see {@link DeferredReply}),
 * so the servlet must be registered with asynchronous support.
 */
public final class VscpRestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(VscpRestServlet.class.getName());
    private static final String DEFAULT_CALLBACK = "handler";

    private final transient RequestReader reader;
    private final transient ClientAddressResolver addressResolver;
    private final transient OperationDispatcher dispatcher;
    private final transient ResponseRenderer renderer;
    private final long asyncTimeoutMillis;

    /**
     * Creates the servlet without a container time-out for waiting requests.
     *
     * @param maxBodyBytes the largest accepted POST body, in bytes
     * @param maxParameterLength the longest accepted parameter value, in characters
     */
    public VscpRestServlet(int maxBodyBytes, int maxParameterLength,
            ClientAddressResolver addressResolver, OperationDispatcher dispatcher,
            ResponseRenderer renderer) {
        this(maxBodyBytes, maxParameterLength, addressResolver, dispatcher, renderer, 0);
    }

    /**
     * @param maxBodyBytes the largest accepted POST body, in bytes
     * @param maxParameterLength the longest accepted parameter value, in characters
     * @param asyncTimeoutMillis the container's time-out for a waiting request in milliseconds,
     *     0 for none; a backstop that should be longer than the longest wait
     */
    public VscpRestServlet(int maxBodyBytes, int maxParameterLength,
            ClientAddressResolver addressResolver, OperationDispatcher dispatcher,
            ResponseRenderer renderer, long asyncTimeoutMillis) {
        this.reader = new RequestReader(maxBodyBytes, maxParameterLength);
        this.addressResolver = addressResolver;
        this.dispatcher = dispatcher;
        this.renderer = renderer;
        this.asyncTimeoutMillis = asyncTimeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        serve(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        RequestReader.Result read = reader.read(request);

        String formatName = read.parameters().get("format");
        Optional<ResponseFormat> format = ResponseFormat.parse(formatName);
        if (format.isEmpty()) {
            send(response, renderer.renderUnsupportedFormat(formatName));
            return;
        }

        String requestedCallback = read.parameters().getOrDefault("callback", DEFAULT_CALLBACK);
        boolean badCallback = format.get() == ResponseFormat.JSONP
                && !ResponseRenderer.isValidCallback(requestedCallback);
        String validCallback = badCallback ? DEFAULT_CALLBACK : requestedCallback;

        CompletableFuture<Reply> reply;
        if (read.problem() != null) {
            reply = CompletableFuture.completedFuture(new Reply.Failure(
                    read.problem().isTooLarge() ? ResultCode.MEMORY_ERROR
                            : ResultCode.MISSING_DATA, read.problem().getMessage()));
        } else if (badCallback) {
            reply = CompletableFuture.completedFuture(new Reply.Failure(ResultCode.MISSING_DATA,
                    "The callback parameter is not a valid JavaScript function name; use "
                            + "letters, digits, _ and $, with dots between names."));
        } else {
            reply = dispatch(read, request);
        }

        if (!reply.isDone()) {
            DeferredReply.start(request, reply, asyncTimeoutMillis,
                    done -> renderer.render(done, format.get(), validCallback));
            return;
        }
        Reply done = reply.join();
        if (renderer.isStreamed(done)) {
            stream(response, done, format.get(), validCallback);
            return;
        }
        send(response, renderer.render(done, format.get(), validCallback));
    }

    /**
     * Writes a large answer row by row. The status and headers go out first, so an error while
     * reading the rows can only cut the body short; it is logged.
     */
    private void stream(HttpServletResponse response, Reply reply, ResponseFormat format,
            String callback) throws IOException {
        response.setStatus(200);
        response.setContentType(renderer.contentType(format));
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8), 8192)) {
            renderer.stream(reply, format, callback, out);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Writing a streamed answer failed; the response was cut short",
                    e);
        }
    }

    private CompletableFuture<Reply> dispatch(RequestReader.Result read,
            HttpServletRequest request) {
        try {
            InetAddress client = addressResolver.resolve(request.getRemoteAddr(),
                    forwardedFor(request));
            return dispatcher.dispatchWaiting(new RestRequest(read.parameters(), client));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The operation '"
                    + ClientText.shorten(read.parameters().get("op"))
                    + "' failed unexpectedly", e);
            return CompletableFuture.completedFuture(new Reply.Failure(ResultCode.FAILURE,
                    "The server failed to carry out the request; the error was logged."));
        }
    }

    /**
     * Returns every {@code X-Forwarded-For} header line joined with commas, or null. A proxy may
     * add its own line instead of appending to the client's, so reading only the first line
     * would let a client choose its address.
     */
    private static String forwardedFor(HttpServletRequest request) {
        Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(lines));
    }

    /** Writes {@code rendered} as the whole response and closes the output stream. */
    static void send(HttpServletResponse response, RenderedResponse rendered)
            throws IOException {
        byte[] body = rendered.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(rendered.httpStatus());
        response.setContentType(rendered.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
