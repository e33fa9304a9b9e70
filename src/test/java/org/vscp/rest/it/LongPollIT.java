package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.it.RestClient.params;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Readevent with a wait parameter (long-polling) against a real Tomcat. */
class LongPollIT {

    private static final String EVENT = "0,20,3,0,,0,-,0x01";

    private final RestClient client = new RestClient();
    private String reader;
    private String sender;

    @BeforeEach
    void openSessions() {
        reader = client.open("admin", "secret");
        sender = client.open("admin", "secret");
    }

    @AfterEach
    void closeSessions() {
        client.json("op", "close", "vscpsession", reader);
        client.json("op", "close", "vscpsession", sender);
    }

    private CompletableFuture<HttpResponse<String>> waitForEvent(String session, String wait) {
        Map<String, String> read = params("op", "readevent", "vscpsession", session,
                "wait", wait, "count", "10", "format", "json");
        return CompletableFuture.supplyAsync(() -> client.get(read));
    }

    @Test
    void sentEventEndsWaitPromptly() throws Exception {
        CompletableFuture<HttpResponse<String>> answer = waitForEvent(reader, "20000");
        Thread.sleep(500);
        assertFalse(answer.isDone(), "the reader waits while the queue is empty");

        long sent = System.nanoTime();
        JsonObject sendAnswer = client.json("op", "sendevent", "vscpsession", sender,
                "vscpevent", EVENT);
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

        assertTrue(sendAnswer.getBoolean("success"), sendAnswer.toString());
        JsonObject read = RestClient.parse(response.body());
        assertTrue(read.getBoolean("success"), read.toString());
        assertEquals(1, read.getInt("count"));
        assertEquals(3, read.getJsonArray("event").getJsonObject(0).getInt("vscptype"));
        assertTrue(elapsedMillis < 2000, "answered " + elapsedMillis + " ms after sendevent");
    }

    @Test
    void waitEndsWithQueueEmpty() throws Exception {
        long start = System.nanoTime();

        HttpResponse<String> response = waitForEvent(reader, "700").get(10, TimeUnit.SECONDS);

        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        JsonObject read = RestClient.parse(response.body());
        assertEquals(200, response.statusCode());
        assertFalse(read.getBoolean("success"));
        assertEquals(-6, read.getInt("code"));
        assertTrue(elapsedMillis >= 650, "answered after " + elapsedMillis + " ms");
    }

    @Test
    void closeEndsWaitWithInvalidSession() throws Exception {
        CompletableFuture<HttpResponse<String>> answer = waitForEvent(reader, "20000");
        Thread.sleep(500);

        client.json("op", "close", "vscpsession", reader);
        JsonObject read = RestClient.parse(answer.get(10, TimeUnit.SECONDS).body());

        assertEquals(-2, read.getInt("code"));
    }

    @Test
    void plainFormatWaitsToo() throws Exception {
        Map<String, String> read = params("op", "readevent", "vscpsession", reader,
                "wait", "20000");
        CompletableFuture<HttpResponse<String>> answer =
                CompletableFuture.supplyAsync(() -> client.post(read));
        Thread.sleep(500);

        client.json("op", "sendevent", "vscpsession", sender, "vscpevent", EVENT);
        String body = answer.get(10, TimeUnit.SECONDS).body();

        assertTrue(body.startsWith("1 1 Success \r\n"), body);
        assertTrue(body.contains("1 events requested of 1 available"), body);
    }

    @Test
    void queuedEventIsReadWithoutWaiting() {
        client.json("op", "sendevent", "vscpsession", sender, "vscpevent", EVENT);

        JsonObject read = client.json("op", "readevent", "vscpsession", reader, "wait", "20000");

        assertTrue(read.getBoolean("success"), read.toString());
        assertEquals(1, read.getInt("count"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "soon", "1.5"})
    void badWaitIsMissingData(String wait) {
        JsonObject read = client.json("op", "readevent", "vscpsession", reader, "wait", wait);

        assertEquals(-5, read.getInt("code"));
        assertTrue(read.getString("description").startsWith("The wait '"), read.toString());
    }

    @Test
    void withoutWaitEmptyQueueAnswersAtOnce() {
        JsonObject read = client.json("op", "readevent", "vscpsession", reader);

        assertEquals(-6, read.getInt("code"));
    }
}
