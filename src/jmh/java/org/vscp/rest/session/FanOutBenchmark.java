package org.vscp.rest.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

/**
 * Publishing one event to 1, 100 and 10,000 open sessions, each with the default queue of 1,000
 * events. The time per operation is one whole publish, so divide it by {@code sessions} for the
 * cost per receiving session. The queues fill up during warm-up, so the measured state is the
 * worst case, in which every delivery also drops the oldest event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FanOutBenchmark {

    @Param({"1", "100", "10000"})
    public int sessions;

    private EventBus bus;
    private VscpEvent event;

    @Setup(Level.Trial)
    public void openSessions() throws SessionLimitException {
        bus = new EventBus();
        SessionManager manager = new SessionManager(bus, new SessionKeys(new SecureRandom()),
                Clock.systemUTC(), Guid.ZERO, 1000, sessions, Duration.ofMinutes(10));
        User user = new User("bench", null, Set.of(Right.RECEIVE), List.of(), List.of(),
                Optional.empty());
        for (int i = 0; i < sessions; i++) {
            manager.open(user);
        }
        // Obid 65535 is no session's client id here, so every session receives the event.
        event = new VscpEvent(0x60, 10, 6, 65535, Instant.parse("2026-12-04T10:00:00Z"),
                55055109L, Guid.ZERO, new byte[] {(byte) 0x8A, (byte) 0x81, 0x00, (byte) 0xE9});
    }

    @Benchmark
    public int publish() {
        return bus.publish(event);
    }
}
