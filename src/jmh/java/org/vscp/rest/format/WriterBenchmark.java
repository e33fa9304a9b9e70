package org.vscp.rest.format;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

/**
 * Each response writer on a readevent answer of 10 events, through {@link ResponseRenderer} and
 * the UTF-8 encoding the servlet does, as the servlet calls it. With {@code seenEvents=false}
 * every reply contains events the renderer has not rendered before, as for the first session that
 * reads them; with {@code true} the same events come again, as for the other sessions that
 * receive them, and the writers that cache rendered events take them from the cache.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WriterBenchmark {

    @Param({"PLAIN", "CSV", "XML", "JSON", "JSONP"})
    public ResponseFormat format;

    @Param({"false", "true"})
    public boolean seenEvents;

    /**
     * Replies rotated through when the events are new: 40,960 events, 20 times the slots of a
     * cache, so that an event's slot is taken over before the event comes again.
     */
    private static final int NEW_REPLIES = 4096;

    private final ResponseRenderer renderer = new ResponseRenderer(false);
    private Reply[] replies;
    private int next;

    @Setup
    public void setUp() {
        replies = new Reply[seenEvents ? 1 : NEW_REPLIES];
        for (int a = 0; a < replies.length; a++) {
            List<VscpEvent> events = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                events.add(new VscpEvent(0x60, 10, 6, 7 + i,
                        Instant.parse("2026-12-04T10:00:00Z").plusSeconds(a * 10L + i),
                        55055109L + i, Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07"),
                        new byte[] {(byte) 0x8A, (byte) 0x81, 0x00, (byte) i}));
            }
            replies[a] = new Reply.Events(100, 10, events, 0, 0);
        }
    }

    @Benchmark
    public byte[] readEventTen() {
        Reply reply = replies[next];
        next = next + 1 == replies.length ? 0 : next + 1;
        return renderer.render(reply, format, null).body().getBytes(StandardCharsets.UTF_8);
    }
}
