package org.vscp.rest.mdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vscp.rest.config.MdfSettings;

/** Runs the fetcher against an HTTP server on 127.0.0.1 with an ephemeral port. */
class MdfFetcherTest {

    static final String MDF = """
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

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/module.xml" -> send(exchange, 200, MDF);
            case "/big.xml" -> send(exchange, 200, "<vscp>" + "x".repeat(5000) + "</vscp>");
            case "/away" -> {
                exchange.getResponseHeaders().add("Location", "http://localhost:"
                        + server.getAddress().getPort() + "/module.xml");
                send(exchange, 302, "");
            }
            case "/here" -> {
                exchange.getResponseHeaders().add("Location", "/module.xml");
                send(exchange, 302, "");
            }
            case "/slow.xml" -> {
                sleep(3000);
                send(exchange, 200, MDF);
            }
            case "/entity.xml" -> send(exchange, 200, "<?xml version=\"1.0\"?>"
                    + "<!DOCTYPE vscp [<!ENTITY secret SYSTEM \"" + base + "/secret\">]>"
                    + "<vscp>&secret;</vscp>");
            case "/broken.xml" -> send(exchange, 200, "<vscp><module></vscp>");
            default -> send(exchange, 404, "not found");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MdfFetcher fetcher(int maxBytes) {
        MdfSettings settings = new MdfSettings(List.of("127.0.0.1"), Duration.ofSeconds(2),
                Duration.ofSeconds(1), maxBytes, Duration.ofMinutes(5));
        return new MdfFetcher(settings, Clock.systemUTC());
    }

    private int hitsOf(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    @Test
    void allowedFileIsFetched() throws MdfException {
        MdfFile file = fetcher(100_000).fetch(base + "/module.xml");

        assertEquals(MDF, file.xml());
        JsonObject module = file.json().getJsonObject("vscp").getJsonObject("module");
        assertEquals("Kelvin NTC", module.getString("name"));
        assertEquals("1", module.getJsonObject("model").getString("@level"));
        assertEquals("A", module.getJsonObject("model").getString("#text"));
        assertEquals(2, module.getJsonArray("register").size());
    }

    @Test
    void hostNotOnListRefused() {
        MdfException error = assertThrows(MdfException.class, () -> fetcher(100_000)
                .fetch("http://localhost:" + server.getAddress().getPort() + "/module.xml"));

        assertEquals(MdfException.Reason.HOST_NOT_ALLOWED, error.reason());
        assertTrue(error.getMessage().contains("'localhost' is not on the MDF allow list"),
                error.getMessage());
        assertEquals(0, hitsOf("/module.xml"));
    }

    @Test
    void otherAddressRefused() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch("http://127.0.0.2:1/module.xml"));

        assertEquals(MdfException.Reason.HOST_NOT_ALLOWED, error.reason());
    }

    @Test
    void redirectToOtherHostRefused() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch(base + "/away"));

        assertEquals(MdfException.Reason.HOST_NOT_ALLOWED, error.reason());
        assertTrue(error.getMessage().contains("localhost"), error.getMessage());
        assertEquals(0, hitsOf("/module.xml"));
    }

    @Test
    void redirectWithinHostFollowed() throws MdfException {
        MdfFile file = fetcher(100_000).fetch(base + "/here");

        assertEquals(MDF, file.xml());
    }

    @Test
    void oversizeFileRefused() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(1000).fetch(base + "/big.xml"));

        assertEquals(MdfException.Reason.TOO_LARGE, error.reason());
        assertTrue(error.getMessage().contains("1000 bytes"), error.getMessage());
    }

    @Test
    void slowServerTimesOut() {
        long start = System.nanoTime();
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch(base + "/slow.xml"));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(MdfException.Reason.TIMED_OUT, error.reason());
        assertTrue(elapsedMillis < 2900, "took " + elapsedMillis + " ms");
    }

    @Test
    void externalEntityRefusedUnread() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch(base + "/entity.xml"));

        assertEquals(MdfException.Reason.BAD_XML, error.reason());
        assertTrue(error.getMessage().contains("DTD"), error.getMessage());
        assertEquals(0, hitsOf("/secret"));
    }

    @Test
    void malformedXmlRefused() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch(base + "/broken.xml"));

        assertEquals(MdfException.Reason.BAD_XML, error.reason());
    }

    @Test
    void secondFetchHitsCache() throws MdfException {
        MdfFetcher fetcher = fetcher(100_000);

        fetcher.fetch(base + "/module.xml");
        fetcher.fetch(base + "/module.xml");

        assertEquals(1, hitsOf("/module.xml"));
    }

    @Test
    void otherSchemesRefused() {
        MdfException error = assertThrows(MdfException.class,
                () -> fetcher(100_000).fetch("file:///etc/passwd"));

        assertEquals(MdfException.Reason.BAD_URL, error.reason());
        assertTrue(error.getMessage().contains("only http and https"), error.getMessage());
    }

    @Test
    void missingUrlRefused() {
        MdfException error = assertThrows(MdfException.class, () -> fetcher(100_000).fetch(""));

        assertEquals(MdfException.Reason.BAD_URL, error.reason());
    }
}
