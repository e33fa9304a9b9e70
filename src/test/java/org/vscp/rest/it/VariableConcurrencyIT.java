package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many sessions of two users write and read the same persistent and non-persistent variables
 * at once. No request fails, and every value read is one that a writer wrote whole.
 */
class VariableConcurrencyIT {

    private static final String RUN = "CONC" + Long.toString(System.currentTimeMillis(), 36)
            .toUpperCase(Locale.ROOT);
    private static final List<String> VARIABLES = List.of(RUN + ".P1", RUN + ".P2", RUN + ".M1");
    private static final int WORKERS = 8;
    private static final int ROUNDS = 40;

    private final RestClient client = new RestClient();

    /** A value long enough that an interleaved write would show: one token repeated. */
    private static String value(int worker, int round) {
        return ("w" + worker + "r" + round + ";").repeat(40);
    }

    @Test
    void readsSeeWholeWrites() throws Exception {
        String owner = client.open("alice", "alice-pass");
        Set<String> written = ConcurrentHashMap.newKeySet();
        String initial = value(99, 0);
        written.add(initial);
        for (String variable : VARIABLES) {
            JsonObject created = client.json("op", "createvar", "vscpsession", owner,
                    "variable", variable, "value", encode(initial), "accessright", "746",
                    "persistent", Boolean.toString(variable.contains(".P")));
            assertEquals(1, created.getInt("code"), created.toString());
        }

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                String session = worker % 2 == 0 ? client.open("alice", "alice-pass")
                        : client.open("bob", "bob-pass");
                results.add(pool.submit(() -> work(session, worker, written)));
            }

            List<String> seen = new ArrayList<>();
            for (Future<List<String>> result : results) {
                seen.addAll(result.get(300, TimeUnit.SECONDS));
            }
            assertEquals(WORKERS * ROUNDS, seen.size());
            for (String value : seen) {
                assertTrue(written.contains(value), "read a value nobody wrote: " + value);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> work(String session, int worker, Set<String> written) {
        List<String> seen = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String variable = VARIABLES.get((worker + round) % VARIABLES.size());
            String value = value(worker, round);
            written.add(value);

            JsonObject write = client.json("op", "writevar", "vscpsession", session,
                    "variable", variable, "value", encode(value));
            assertEquals(1, write.getInt("code"), write.toString());

            JsonObject read = client.json("op", "readvar", "vscpsession", session,
                    "variable", VARIABLES.get((worker + round + 1) % VARIABLES.size()));
            assertEquals(1, read.getInt("code"), read.toString());
            seen.add(new String(Base64.getDecoder().decode(read.getString("varvalue")),
                    StandardCharsets.UTF_8));
        }
        return seen;
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
