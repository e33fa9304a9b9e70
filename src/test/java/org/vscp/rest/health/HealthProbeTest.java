package org.vscp.rest.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final Logger logger = Logger.getLogger(HealthProbe.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public synchronized void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @Test
    void noChecksIsUp() {
        assertTrue(new HealthProbe(List.of()).probe());
    }

    @Test
    void allPassingIsUp() {
        HealthProbe probe = new HealthProbe(List.of(check("a", () -> true), check("b", () -> true)));

        assertTrue(probe.probe());
    }

    @Test
    void oneFailingIsDown() {
        HealthProbe probe = new HealthProbe(List.of(check("a", () -> true), check("b", () -> false)));

        assertFalse(probe.probe());
    }

    @Test
    void throwingCheckIsDown() {
        HealthProbe probe = new HealthProbe(List.of(check("database", () -> {
            throw new IOException("connection refused");
        })));

        assertFalse(probe.probe());
    }

    @Test
    void laterChecksRunAfterFailure() {
        AtomicInteger calls = new AtomicInteger();
        HealthProbe probe = new HealthProbe(List.of(check("a", () -> false),
                check("b", () -> calls.incrementAndGet() > 0)));

        probe.probe();

        assertEquals(1, calls.get());
    }

    @Test
    void failureLoggedOnceWithNames() {
        HealthProbe probe = new HealthProbe(List.of(check("configuration", () -> false),
                check("database", () -> false)));

        probe.probe();
        probe.probe();
        probe.probe();

        List<String> warnings = messages(Level.WARNING);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("configuration, database"), warnings.get(0));
    }

    @Test
    void exceptionAttachedToLog() {
        IOException failure = new IOException("connection refused");
        HealthProbe probe = new HealthProbe(List.of(check("database", () -> {
            throw failure;
        })));

        probe.probe();

        assertEquals(failure, records.get(0).getThrown());
    }

    @Test
    void recoveryLoggedOnce() {
        AtomicBoolean healthy = new AtomicBoolean(false);
        HealthProbe probe = new HealthProbe(List.of(check("database", healthy::get)));
        probe.probe();
        healthy.set(true);

        boolean up = probe.probe();
        probe.probe();

        assertTrue(up);
        assertEquals(1, messages(Level.INFO).size());
    }

    @Test
    void healthyProbeLogsNothing() {
        HealthProbe probe = new HealthProbe(List.of(check("configuration", () -> true)));

        probe.probe();

        assertTrue(records.isEmpty());
    }

    private List<String> messages(Level level) {
        synchronized (capture) {
            return records.stream().filter(r -> r.getLevel().equals(level))
                    .map(LogRecord::getMessage).toList();
        }
    }

    private interface Condition {
        boolean test() throws Exception;
    }

    private static HealthCheck check(String name, Condition condition) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isHealthy() throws Exception {
                return condition.test();
            }
        };
    }
}
