package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vscp.rest.it.RestClient.params;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mdf operation of a real Tomcat fetches from an HTTP server that this test runs on
 * 127.0.0.1 with an ephemeral port. The test configuration allows the host 127.0.0.1 on any
 * port and no other host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MdfIT {

    private static final String MDF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <vscp>
              <module>
                <name>Kelvin NTC</name>
                <model level="1">A</model>
                <register page="0" offset="1"><name>Zone</name></register>
                <register page="0" offset="2"><name>Subzone</name></register>
              </module>
            </vscp>
            """;

    private final RestClient client = new RestClient();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private HttpServer server;
    private int port;
    private String base;
    private String session;

    @BeforeAll
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void openSession() {
        session = client.open("admin", "secret");
    }

    @AfterEach
    void closeSession() {
        client.json("op", "close", "vscpsession", session);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/module.xml", "/json.xml", "/jsonp.xml", "/cached.xml", "/op11.xml" ->
                    send(exchange, 200, MDF);
            case "/away" -> {
                exchange.getResponseHeaders().add("Location",
                        "http://localhost:" + port + "/module.xml");
                send(exchange, 302, "");
            }
            case "/entity.xml" -> send(exchange, 200, "<?xml version=\"1.0\"?>"
                    + "<!DOCTYPE vscp [<!ENTITY secret SYSTEM \"" + base + "/secret\">]>"
                    + "<vscp>&secret;</vscp>");
            default -> send(exchange, 404, "not found");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private int hitsOf(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private HttpResponse<String> mdf(String url, String format) {
        return client.get(params("op", "mdf", "vscpsession", session, "url", url,
                "format", format));
    }

    private JsonObject mdfJson(String url) {
        return client.json("op", "mdf", "vscpsession", session, "url", url);
    }

    @Test
    void allowedFileAsXml() {
        HttpResponse<String> response = mdf(base + "/module.xml", "xml");

        assertEquals(200, response.statusCode());
        assertEquals("application/xml;charset=UTF-8", contentType(response));
        assertEquals(MDF, response.body());
    }

    @Test
    void allowedFileAsJson() {
        JsonObject answer = mdfJson(base + "/json.xml");

        assertTrue(answer.getBoolean("success"), answer.toString());
        assertEquals(1, answer.getInt("code"));
        assertEquals(base + "/json.xml", answer.getString("url"));
        JsonObject module = answer.getJsonObject("mdf").getJsonObject("vscp")
                .getJsonObject("module");
        assertEquals("Kelvin NTC", module.getString("name"));
        assertEquals("1", module.getJsonObject("model").getString("@level"));
        assertEquals("A", module.getJsonObject("model").getString("#text"));
        assertEquals(2, module.getJsonArray("register").size());
        assertEquals("2", module.getJsonArray("register").getJsonObject(1).getString("@offset"));
    }

    @Test
    void allowedFileAsJsonp() {
        String body = mdf(base + "/jsonp.xml", "jsonp").body();

        String prefix = "typeof handler === 'function' && handler(";
        assertTrue(body.startsWith(prefix), body);
        assertTrue(body.endsWith(");"), body);
        JsonObject answer = RestClient.parse(body.substring(prefix.length(), body.length() - 2));
        assertEquals("Kelvin NTC", answer.getJsonObject("mdf").getJsonObject("vscp")
                .getJsonObject("module").getString("name"));
    }

    @Test
    void operationElevenWithUrl() {
        JsonObject answer = client.json("op", "11", "vscpsession", session,
                "url", base + "/op11.xml");

        assertTrue(answer.getBoolean("success"), answer.toString());
        assertEquals(base + "/op11.xml", answer.getString("url"));
    }

    @Test
    void repeatServedFromCache() {
        mdf(base + "/cached.xml", "xml");
        HttpResponse<String> second = mdf(base + "/cached.xml", "xml");

        assertEquals(MDF, second.body());
        assertEquals(1, hitsOf("/cached.xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.2"})
    void hostNotOnListRejected(String host) {
        JsonObject answer = mdfJson("http://" + host + ":" + port + "/module.xml");

        assertFalse(answer.getBoolean("success"));
        assertEquals(-19, answer.getInt("code"), answer.toString());
        String description = answer.getString("description");
        assertTrue(description.contains("'" + host + "' is not on the MDF allow list"),
                description);
    }

    @Test
    void redirectToOtherHostRejected() {
        int before = hitsOf("/module.xml");

        JsonObject answer = mdfJson(base + "/away");

        assertEquals(-19, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains("localhost"),
                answer.getString("description"));
        assertEquals(before, hitsOf("/module.xml"));
    }

    @Test
    void externalEntityNotRead() {
        JsonObject answer = mdfJson(base + "/entity.xml");

        assertEquals(-1, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains("DTD"),
                answer.getString("description"));
        assertEquals(0, hitsOf("/secret"));
    }

    @Test
    void fileSchemeRejected() {
        JsonObject answer = mdfJson("file:///etc/passwd");

        assertEquals(-5, answer.getInt("code"), answer.toString());
        assertTrue(answer.getString("description").contains("only http and https"),
                answer.getString("description"));
    }

    @Test
    void plainAnswersFailure() {
        HttpResponse<String> response = mdf(base + "/module.xml", "plain");

        assertTrue(response.body().startsWith("0 -1 Failure \r\n\r\n"), response.body());
        assertTrue(response.body().contains("plain and csv"), response.body());
    }

    @Test
    void csvAnswersFailure() {
        HttpResponse<String> response = mdf(base + "/module.xml", "csv");

        assertTrue(response.body().startsWith(
                "success-code,error-code,message,description\r\n0,-1,Failure,"), response.body());
    }

    @Test
    void withoutRightDenied() {
        String receiver = client.open("receiver", "receiver-pass");
        try {
            JsonObject answer = client.json("op", "mdf", "vscpsession", receiver,
                    "url", base + "/module.xml");

            assertEquals(-19, answer.getInt("code"), answer.toString());
            assertTrue(answer.getString("description").contains("'mdf'"),
                    answer.getString("description"));
        } finally {
            client.json("op", "close", "vscpsession", receiver);
        }
    }

    /** Returns the Content-Type without spaces, because Tomcat writes none after the ';'. */
    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }
}
