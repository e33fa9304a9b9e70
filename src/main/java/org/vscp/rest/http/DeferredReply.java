package org.vscp.rest.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vscp.rest.format.RenderedResponse;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResultCode;

/**
 * Sends a reply that is not ready yet through asynchronous servlet processing, so that no
 * container thread waits for it. The response is written on the thread that completes the
 * reply. The first of reply, container time-out and connection error decides the outcome, and
 * the other two then do nothing.
 */
final class DeferredReply implements AsyncListener {

    private static final Logger LOG = Logger.getLogger(DeferredReply.class.getName());

    private final AsyncContext context;
    private final CompletableFuture<Reply> pending;
    private final Function<Reply, RenderedResponse> render;
    private final AtomicBoolean decided = new AtomicBoolean();

    private DeferredReply(AsyncContext context, CompletableFuture<Reply> pending,
            Function<Reply, RenderedResponse> render) {
        this.context = context;
        this.pending = pending;
        this.render = render;
    }

    /**
     * Puts {@code request} in asynchronous mode and sends the reply once {@code pending}
     * completes. Returns at once.
     *
     * @param timeoutMillis the container's time-out for the request in milliseconds, 0 for none;
     *     a backstop only, because {@code pending} should complete first. When it fires, the
     *     answer is error -6 and {@code pending} is cancelled.
     * @param render turns the reply into the response in the request's format
     */
    static void start(HttpServletRequest request, CompletableFuture<Reply> pending,
            long timeoutMillis, Function<Reply, RenderedResponse> render) {
        AsyncContext context = request.startAsync();
        context.setTimeout(timeoutMillis);

        DeferredReply deferred = new DeferredReply(context, pending, render);
        context.addListener(deferred);
        pending.whenComplete(deferred::replyReady);
    }

    private void replyReady(Reply reply, Throwable error) {
        if (error != null) {
            LOG.log(Level.SEVERE, "A waiting request failed unexpectedly", error);
            reply = new Reply.Failure(ResultCode.FAILURE,
                    "The server failed to carry out the request; the error was logged.");
        }
        sendOnce(reply);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        sendOnce(new Reply.Failure(ResultCode.QUEUE_EMPTY,
                "No events are waiting in the queue of this session; read again later."));
        pending.cancel(false);
    }

    @Override
    public void onError(AsyncEvent event) {
        if (decided.compareAndSet(false, true)) {
            LOG.log(Level.FINE, "A waiting request ended with a connection error",
                    event.getThrowable());
            pending.cancel(false);
            context.complete();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        pending.cancel(false);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Never started twice.
    }

    private void sendOnce(Reply reply) {
        if (!decided.compareAndSet(false, true)) {
            return;
        }
        try {
            VscpRestServlet.send((HttpServletResponse) context.getResponse(), render.apply(reply));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Sending a waiting request's reply failed; the client may be gone",
                    e);
        } finally {
            context.complete();
        }
    }
}
