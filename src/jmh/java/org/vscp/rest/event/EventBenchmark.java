package org.vscp.rest.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing and formatting one event string, and one filter check. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EventBenchmark {

    /** A typical sendevent value: class 10 measurement, 4 data bytes, explicit GUID. */
    static final String EVENT_TEXT = "0x60,10,6,0,2026-12-04T10:00:00,55055109,"
            + "FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00,0x8A,0x81,0x00,0xE9";

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private final Guid interfaceGuid =
            Guid.parse("FF:FF:FF:FF:FF:FF:FF:FE:00:11:22:33:44:55:00:07");
    private VscpEvent event;
    private EventFilter matchingFilter;
    private EventFilter rejectingFilter;

    @Setup
    public void setUp() throws MalformedEventException {
        event = EventStrings.parse(EVENT_TEXT).complete(7, interfaceGuid, clock);
        matchingFilter = EventFilter.parse("0,10,6,FF:FF:FF:FF:FF:FF:FF:FE:00:00:00:00:00:00:00:00",
                "0,0xFFFF,0xFFFF,FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF");
        rejectingFilter = EventFilter.parse("0,20,0", "0,0xFFFF,0");
    }

    @Benchmark
    public VscpEvent parseAndComplete() throws MalformedEventException {
        return EventStrings.parse(EVENT_TEXT).complete(7, interfaceGuid, clock);
    }

    @Benchmark
    public String format() {
        return EventStrings.format(event);
    }

    /** The worst case: every field, GUID included, is compared. */
    @Benchmark
    public boolean filterAcceptsFullMask() {
        return matchingFilter.accepts(event);
    }

    @Benchmark
    public boolean filterRejectsByClass() {
        return rejectingFilter.accepts(event);
    }
}
