package org.vscp.rest.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Sends REST requests to the server that the build started for the integration tests. */
final class RestClient {

    static final String BASE_URL = System.getProperty("it.base.url", "http://127.0.0.1:18884/vscp");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Returns {@code key=value} pairs as an ordered map. */
    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String encode(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    HttpResponse<String> get(Map<String, String> params) {
        return getRaw(encode(params));
    }

    /** Sends a GET whose query string is used exactly as given. */
    HttpResponse<String> getRaw(String query) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + "/rest?" + query)).GET());
    }

    HttpResponse<String> post(Map<String, String> body, String... headers) {
        return postRaw(encode(body), headers);
    }

    /** Sends a form POST with {@code body} as is and the given header name/value pairs. */
    HttpResponse<String> postRaw(String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + "/rest"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("The request to " + BASE_URL + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Sends a GET with {@code format=json} added and parses the JSON answer. */
    JsonObject json(String... pairs) {
        Map<String, String> params = params(pairs);
        params.put("format", "json");
        return parse(get(params).body());
    }

    static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Opens a session and returns its key. */
    String open(String user, String password) {
        JsonObject answer = json("op", "open", "vscpuser", user, "vscpsecret", password);
        if (!answer.getBoolean("success")) {
            throw new AssertionError("open as " + user + " failed: " + answer);
        }
        return answer.getString("vscpsession");
    }
}
