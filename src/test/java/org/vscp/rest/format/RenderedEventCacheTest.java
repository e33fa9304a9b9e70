package org.vscp.rest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vscp.rest.event.EventStrings;
import org.vscp.rest.event.Guid;
import org.vscp.rest.event.VscpEvent;

class RenderedEventCacheTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final Function<VscpEvent, String> countingFormat = event -> {
        renders.incrementAndGet();
        return EventStrings.format(event);
    };

    private static VscpEvent event(int type) {
        return new VscpEvent(0, 10, type, 7, Instant.parse("2026-12-04T10:00:00Z"), 1234,
                Guid.parse("00:01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F"),
                new byte[] {1, 2, 3});
    }

    @Test
    void rendersAnEventOnceForManyReaders() {
        RenderedEventCache cache = new RenderedEventCache(64, countingFormat);
        VscpEvent event = event(6);

        String first = cache.text(event);
        for (int reader = 0; reader < 9; reader++) {
            assertSame(first, cache.text(event));
        }

        assertEquals(1, renders.get());
        assertEquals(EventStrings.format(event), first);
    }

    @Test
    void matchesByIdentityNotByEquality() {
        RenderedEventCache cache = new RenderedEventCache(64, countingFormat);
        VscpEvent event = event(6);
        VscpEvent equalCopy = event(6);

        cache.text(event);
        cache.text(equalCopy);

        assertEquals(2, renders.get());
    }

    @Test
    void newerEventTakesOverSlot() {
        RenderedEventCache cache = new RenderedEventCache(1, countingFormat);
        VscpEvent first = event(1);
        VscpEvent second = event(2);

        assertEquals(EventStrings.format(first), cache.text(first));
        assertEquals(EventStrings.format(second), cache.text(second));
        assertEquals(EventStrings.format(first), cache.text(first));

        assertEquals(3, renders.get());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -4, 3, 1000, 1 << 21})
    void rejectsInvalidSlotCount(int slotCount) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RenderedEventCache(slotCount, countingFormat));

        assertTrue(e.getMessage().endsWith("not " + slotCount), e.getMessage());
    }

    @Test
    void concurrentReadersGetCorrectText() throws Exception {
        RenderedEventCache cache = new RenderedEventCache(4, EventStrings::format);
        List<VscpEvent> events = new ArrayList<>();
        for (int type = 0; type < 32; type++) {
            events.add(event(type));
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                wrong.add(threads.submit(() -> {
                    int mismatches = 0;
                    for (int round = 0; round < 20_000; round++) {
                        VscpEvent event = events.get(round % events.size());
                        if (!cache.text(event).equals(EventStrings.format(event))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> result : wrong) {
                assertEquals(0, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
