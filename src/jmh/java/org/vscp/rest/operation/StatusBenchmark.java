package org.vscp.rest.operation;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.vscp.rest.event.Guid;
import org.vscp.rest.format.ResponseFormat;
import org.vscp.rest.format.ResponseRenderer;
import org.vscp.rest.security.Authenticator;
import org.vscp.rest.security.LoginThrottle;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;
import org.vscp.rest.security.UserDirectory;
import org.vscp.rest.session.EventBus;
import org.vscp.rest.session.SessionKeys;
import org.vscp.rest.session.SessionManager;

/**
 * The server's own work for one {@code status} request in JSON, after the container parsed the
 * HTTP request: building the request, dispatching, rendering and UTF-8 encoding. Run it with
 * {@code -prof gc} for the bytes allocated per request ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StatusBenchmark {

    private final ResponseRenderer renderer = new ResponseRenderer(false);
    private OperationDispatcher dispatcher;
    private Map<String, String> parameters;
    private InetAddress client;

    @Setup
    public void setUp() throws Exception {
        Clock clock = Clock.systemUTC();
        EventBus bus = new EventBus();
        SessionManager sessions = new SessionManager(bus, new SessionKeys(new SecureRandom()),
                clock, Guid.ZERO, 1000, 10, Duration.ofMinutes(10));
        User user = new User("bench", null, Set.of(Right.RECEIVE), List.of(), List.of(),
                Optional.empty());
        String key = sessions.open(user).key();
        dispatcher = new OperationDispatcher(sessions,
                new SessionOperations(sessions, new Authenticator(UserDirectory.empty(),
                        new LoginThrottle(5, Duration.ZERO, clock))),
                new EventOperations(bus, clock));
        parameters = Map.of("op", "status", "format", "json", "vscpsession", key);
        client = InetAddress.getLoopbackAddress();
    }

    @Benchmark
    public byte[] statusJson() {
        RestRequest request = new RestRequest(parameters, client);
        return renderer.render(dispatcher.dispatchWaiting(request).join(), ResponseFormat.JSON,
                null).body().getBytes(StandardCharsets.UTF_8);
    }
}
