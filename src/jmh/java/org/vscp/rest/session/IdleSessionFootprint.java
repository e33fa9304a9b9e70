package org.vscp.rest.session;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vscp.rest.event.Guid;
import org.vscp.rest.security.Right;
import org.vscp.rest.security.User;

/**
 * Measures the heap that idle sessions take: used heap after a full GC with N open sessions
 * minus used heap after a full GC before they were opened. Each session has the default queue
 * capacity of 1,000 events but no events, which is what an idle session is.
 *
 * <p>Usage: {@code java -cp ... org.vscp.rest.session.IdleSessionFootprint [sessions]}
 * (default 10000). Prints one line with the total and the bytes per session.
 */
public final class IdleSessionFootprint {

    private IdleSessionFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        EventBus bus = new EventBus();
        SessionManager manager = new SessionManager(bus, new SessionKeys(new SecureRandom()),
                Clock.systemUTC(), Guid.ZERO, 1000, count, Duration.ofMinutes(10));
        User user = new User("bench", null, Set.of(Right.RECEIVE), List.of(), List.of(),
                Optional.empty());
        long before = usedAfterFullGc(memory);

        for (int i = 0; i < count; i++) {
            manager.open(user);
        }
        long after = usedAfterFullGc(memory);

        long bytes = after - before;
        System.out.printf("%d idle sessions: %.1f MB of heap (%d bytes per session), "
                + "%d sessions open%n", count, bytes / 1_048_576.0, bytes / count,
                manager.openCount());
    }

    private static long usedAfterFullGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
