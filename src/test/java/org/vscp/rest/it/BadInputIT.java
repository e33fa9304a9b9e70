package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.it.RestClient.params;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad credentials, origins and input each get their protocol error, never an HTTP 500. */
class BadInputIT {

    private final RestClient client = new RestClient();
    private String session;

    @BeforeEach
    void open() {
        session = client.open("admin", "secret");
    }

    @AfterEach
    void close() {
        client.json("op", "close", "vscpsession", session);
    }

    private static void assertError(JsonObject answer, int code, String descriptionPart) {
        assertFalse(answer.getBoolean("success"), answer.toString());
        assertEquals(code, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains(descriptionPart),
                answer.getString("description"));
    }

    @Test
    void wrongPasswordIsInvalidPassword() {
        assertError(client.json("op", "open", "vscpuser", "receiver", "vscpsecret", "nope"),
                -16, "");
    }

    @Test
    void unknownUserIsInvalidUser() {
        assertError(client.json("op", "open", "vscpuser", "nobody", "vscpsecret", "x"), -14, "");
    }

    @Test
    void addressOutsideListIsInvalidOrigin() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(RestClient.BASE_URL
                                + "/rest?op=open&format=json&vscpuser=admin&vscpsecret=secret"))
                .header("X-Forwarded-For", "203.0.113.9"));

        assertError(RestClient.parse(response.body()), -15, "");
    }

    @Test
    void allowedRemoteAddressViaProxy() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(RestClient.BASE_URL + "/rest?op=open&format=json"
                                + "&vscpuser=faraway&vscpsecret=faraway-pass"))
                .header("X-Forwarded-For", "198.51.100.7"));

        JsonObject answer = RestClient.parse(response.body());
        assertTrue(answer.getBoolean("success"), response.body());
        client.json("op", "close", "vscpsession", answer.getString("vscpsession"));
    }

    @Test
    void everyForwardedForLineCounts() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(RestClient.BASE_URL + "/rest?op=open&format=json"
                                + "&vscpuser=faraway&vscpsecret=faraway-pass"))
                .header("X-Forwarded-For", "198.51.100.7")
                .header("X-Forwarded-For", "203.0.113.9"));

        assertError(RestClient.parse(response.body()), -15, "203.0.113.9");
    }

    @Test
    void missingEventIsMissingData() {
        assertError(client.json("op", "sendevent", "vscpsession", session), -5, "vscpevent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0,20                                    | field",
        "70000,20,3,0,,0,-                       | head",
        "0,abc,3,0,,0,-                          | class",
        "0,20,70000,0,,0,-                       | type",
        "0,20,3,abc,,0,-                         | obid",
        "0,20,3,0,2026-13-45T99:00:00,0,-        | date",
        "0,20,3,0,,99999999999,-                 | timestamp",
        "0,20,3,0,,0,00:01:02                    | GUID",
        "0,20,3,0,,0,-,256                       | data",
        "0,20,3,0,,0,-,0xZZ                      | data",
    })
    void malformedEventNamesField(String event, String field) {
        JsonObject answer = client.json("op", "sendevent", "vscpsession", session,
                "vscpevent", event);

        assertFalse(answer.getBoolean("success"), answer.toString());
        assertEquals(-5, answer.getInt("code"));
        assertTrue(answer.getString("description").toLowerCase().contains(field.toLowerCase()),
                answer.getString("description"));
    }

    @Test
    void tooManyDataBytesRejected() {
        StringBuilder event = new StringBuilder("0,20,3,0,,0,-");
        for (int i = 0; i < 513; i++) {
            event.append(",1");
        }

        JsonObject answer = RestClient.parse(client.post(params("op", "sendevent",
                "format", "json", "vscpsession", session, "vscpevent", event.toString())).body());

        assertError(answer, -5, "512");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc"})
    void badCountRejected(String count) {
        assertError(client.json("op", "readevent", "vscpsession", session, "count", count),
                -5, "count");
    }

    @Test
    void hugeCountOnEmptyQueueIsQueueEmpty() {
        assertError(client.json("op", "readevent", "vscpsession", session,
                "count", "999999999"), -6, "");
    }

    @Test
    void unknownOpRejected() {
        assertError(client.json("op", "dance", "vscpsession", session), -5, "dance");
    }

    @Test
    void unknownFormatIsHttp400() {
        HttpResponse<String> response = client.get(params("op", "status",
                "vscpsession", session, "format", "yaml"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("0 -3 Unsupported format \r\n"), response.body());
    }

    @Test
    void megabyteParameterIsMemoryError() {
        String huge = "1,".repeat(512 * 1024);

        HttpResponse<String> plain = client.post(params("op", "sendevent",
                "vscpsession", session, "vscpevent", huge));
        HttpResponse<String> json = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(RestClient.BASE_URL + "/rest?format=json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        RestClient.encode(params("op", "sendevent", "vscpsession", session,
                                "vscpevent", huge)))));

        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().startsWith("0 -17 Memory error \r\n\r\n"), plain.body());
        assertEquals(200, json.statusCode());
        assertError(RestClient.parse(json.body()), -17, "limit");
    }

    @Test
    void longParameterInSmallBodyRejected() {
        String longValue = "1,".repeat(10_000);

        JsonObject answer = RestClient.parse(client.post(params("op", "sendevent",
                "format", "json", "vscpsession", session, "vscpevent", longValue)).body());

        assertError(answer, -17, "vscpevent");
    }

    @Test
    void invalidUtf8IsMissingData() {
        HttpResponse<String> response = client.getRaw("op=sendevent&format=json&vscpsession="
                + session + "&vscpevent=%C3%28");

        assertEquals(200, response.statusCode());
        assertError(RestClient.parse(response.body()), -5, "UTF-8");
    }

    @Test
    void badCallbackWrappedInHandler() {
        HttpResponse<String> response = client.get(params("op", "status", "format", "jsonp",
                "vscpsession", session, "callback", "alert(1)//"));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("typeof handler === 'function' && handler({"),
                response.body());
        assertTrue(response.body().contains("\"code\":-5"), response.body());
        assertFalse(response.body().contains("alert"), response.body());
    }

    @Test
    void customCallbackUsed() {
        HttpResponse<String> response = client.get(params("op", "status", "format", "jsonp",
                "vscpsession", session, "callback", "app.onVscp"));

        assertTrue(response.body().startsWith("typeof app !== 'undefined' && app !== null && "
                        + "typeof app.onVscp === 'function' && app.onVscp({"),
                response.body());
    }

    @Test
    void missingSessionIsInvalidSession() {
        assertError(client.json("op", "status"), -2, "vscpsession");
    }

    @Test
    void missingRightIsAccessDenied() {
        String receiver = client.open("receiver", "receiver-pass");

        JsonObject answer = client.json("op", "sendevent", "vscpsession", receiver,
                "vscpevent", "0,20,3,0,,0,-");

        client.json("op", "close", "vscpsession", receiver);
        assertError(answer, -19, "send");
    }

    @Test
    void disallowedEventIsAccessDenied() {
        String sender = client.open("sender", "sender-pass");

        JsonObject allowed = client.json("op", "sendevent", "vscpsession", sender,
                "vscpevent", "0,20,3,0,,0,-");
        JsonObject denied = client.json("op", "sendevent", "vscpsession", sender,
                "vscpevent", "0,10,6,0,,0,-");

        client.json("op", "close", "vscpsession", sender);
        assertTrue(allowed.getBoolean("success"), allowed.toString());
        assertError(denied, -19, "class 10");
    }

    @Test
    void forcedFilterLimitsReceive() {
        String filtered = client.open("filtered", "filtered-pass");
        client.json("op", "sendevent", "vscpsession", session, "vscpevent", "0,20,3,0,,0,-");
        client.json("op", "sendevent", "vscpsession", session, "vscpevent", "0,10,6,0,,0,-,1");

        JsonObject answer = client.json("op", "readevent", "vscpsession", filtered,
                "count", "10");

        client.json("op", "close", "vscpsession", filtered);
        assertEquals(1, answer.getInt("count"), answer.toString());
        assertEquals(10, answer.getJsonArray("event").getJsonObject(0).getInt("vscpclass"));
    }

    @Test
    void repeatedWrongPasswordsThrottled() throws Exception {
        for (int i = 0; i < 5; i++) {
            client.json("op", "open", "vscpuser", "sender", "vscpsecret", "wrong");
        }

        JsonObject locked = client.json("op", "open", "vscpuser", "sender",
                "vscpsecret", "sender-pass");
        Thread.sleep(2500);
        JsonObject unlocked = client.json("op", "open", "vscpuser", "sender",
                "vscpsecret", "sender-pass");

        assertError(locked, -16, "");
        assertTrue(unlocked.getBoolean("success"), unlocked.toString());
        client.json("op", "close", "vscpsession", unlocked.getString("vscpsession"));
    }
}
