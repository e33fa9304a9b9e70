package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The health endpoint of the deployed WAR, read without a login. */
class HealthIT {

    private static final URI HEALTH = URI.create(RestClient.BASE_URL + "/health");

    private final RestClient client = new RestClient();

    @Test
    void getReportsUp() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(HEALTH).GET());

        assertEquals(200, response.statusCode());
        assertEquals("UP", RestClient.parse(response.body()).getString("status"));
    }

    @Test
    void bodyHasOnlyStatus() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(HEALTH).GET());

        assertEquals(1, RestClient.parse(response.body()).size(), response.body());
    }

    @Test
    void contentTypeIsJson() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(HEALTH).GET());

        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/json"), contentType);
    }

    @Test
    void responseIsNotCached() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(HEALTH).GET());

        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void headReportsUp() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(HEALTH)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }
}
