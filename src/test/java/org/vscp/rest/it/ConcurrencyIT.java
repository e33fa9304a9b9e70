package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Many clients send and read at once; every event reaches every other session exactly once. */
class ConcurrencyIT {

    private static final int SENDERS = 4;
    private static final int READERS = 4;
    private static final int EVENTS_PER_SENDER = 100;

    private final RestClient client = new RestClient();

    @Test
    void everyEventReadExactlyOnce() throws Exception {
        List<String> senders = new ArrayList<>();
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            senders.add(client.open("admin", "secret"));
        }
        for (int i = 0; i < READERS; i++) {
            readers.add(client.open("admin", "secret"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(SENDERS + READERS);
        AtomicBoolean sending = new AtomicBoolean(true);
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                sends.add(pool.submit(() -> sendAll(senders.get(sender), sender)));
            }
            List<Future<Map<String, Integer>>> reads = new ArrayList<>();
            for (String reader : readers) {
                reads.add(pool.submit(() -> readUntilDone(reader, sending)));
            }

            for (Future<?> send : sends) {
                send.get(120, TimeUnit.SECONDS);
            }
            sending.set(false);

            for (Future<Map<String, Integer>> read : reads) {
                Map<String, Integer> seen = read.get(120, TimeUnit.SECONDS);
                assertEquals(SENDERS * EVENTS_PER_SENDER, seen.size(), "distinct events read");
                assertTrue(seen.values().stream().allMatch(n -> n == 1), "duplicates: " + seen);
            }
            for (int s = 0; s < SENDERS; s++) {
                Map<String, Integer> seen = readUntilDone(senders.get(s), new AtomicBoolean());
                assertEquals((SENDERS - 1) * EVENTS_PER_SENDER, seen.size(), "sender " + s);
                int own = s;
                assertTrue(seen.keySet().stream().noneMatch(k -> k.startsWith(own + ":")));
            }
            for (String key : readers) {
                assertEquals(0, client.json("op", "status", "vscpsession", key).getInt("nDropped"));
            }
        } finally {
            pool.shutdownNow();
            senders.forEach(key -> client.json("op", "close", "vscpsession", key));
            readers.forEach(key -> client.json("op", "close", "vscpsession", key));
        }
    }

    private void sendAll(String session, int sender) {
        for (int n = 0; n < EVENTS_PER_SENDER; n++) {
            JsonObject answer = client.json("op", "sendevent", "vscpsession", session,
                    "vscpevent", "0,20,3,0,,0,-," + sender + "," + n);
            if (!answer.getBoolean("success")) {
                throw new AssertionError(answer.toString());
            }
        }
    }

    /** Reads until the queue is empty after sending stopped; counts each sender:sequence. */
    private Map<String, Integer> readUntilDone(String session, AtomicBoolean sending) {
        Map<String, Integer> seen = new HashMap<>();
        while (true) {
            boolean stillSending = sending.get();
            JsonObject answer = client.json("op", "readevent", "vscpsession", session,
                    "count", "50");
            if (answer.getBoolean("success")) {
                JsonArray events = answer.getJsonArray("event");
                for (int i = 0; i < events.size(); i++) {
                    JsonArray data = events.getJsonObject(i).getJsonArray("data");
                    seen.merge(data.getInt(0) + ":" + data.getInt(1), 1, Integer::sum);
                }
            } else if (answer.getInt("code") == -6 && !stillSending) {
                return seen;
            } else if (answer.getInt("code") != -6) {
                throw new AssertionError(answer.toString());
            }
        }
    }
}
