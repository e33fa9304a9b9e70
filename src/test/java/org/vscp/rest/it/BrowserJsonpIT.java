package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page in headless Chromium, served from another origin than the REST server, exchanges an
 * event between two sessions through JSONP, as the VSCP project's browser clients do.
 */
class BrowserJsonpIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BUILD_DIR = Path.of(System.getProperty("it.build.dir", "target"));

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SESSION_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern UNIQUE_CALLBACK = Pattern.compile("vscpCb_\\d+");

    /** The steps whose requests name a fresh callback. Step closeA uses the default one. */
    private static final List<String> UNIQUE_CALLBACK_STEPS =
            List.of("openA", "openB", "sendA", "readB", "readA", "closeB");

    @Test
    void pageExchangesEventThroughJsonp() throws IOException {
        requireInstalled(CHROMIUM, "the Chromium browser");
        requireInstalled(CHROMEDRIVER, "ChromeDriver");

        PageServer pages = PageServer.start();
        Path profile = Files.createTempDirectory("vscp-browser-profile");
        WebDriver driver = null;
        String status;
        String result;
        try {
            driver = startChromium(profile);

            driver.get(pages.url("jsonp.html") + "?server="
                    + URLEncoder.encode(RestClient.BASE_URL, StandardCharsets.UTF_8));
            try {
                waitUntilFinished(driver);
            } finally {
                saveScreenshot(driver, BUILD_DIR.resolve("browser-jsonp.png"));
            }

            status = driver.findElement(By.id("status")).getText();
            result = driver.findElement(By.id("result")).getDomProperty("textContent");
        } finally {
            if (driver != null) {
                driver.quit();
            }
            pages.stop();
            deleteTree(profile);
        }

        assertEquals("done", status, result);
        JsonObject steps = RestClient.parse(result);
        assertCrossOrigin(steps);
        assertCallbacks(steps);
        assertOpened(steps, "openA");
        assertOpened(steps, "openB");
        assertNotEquals(response(steps, "openA").getString("vscpsession"),
                response(steps, "openB").getString("vscpsession"));
        assertSentEventRead(steps);
        assertSenderQueueEmpty(steps);
        assertClosed(steps, "closeA");
        assertClosed(steps, "closeB");
    }

    private static void requireInstalled(Path program, String name) {
        if (!Files.isExecutable(program)) {
            fail(name + " is missing: " + program + " does not exist or is not executable. "
                    + "This test needs Debian's Chromium and its driver; install them with "
                    + "`apt-get install chromium chromium-driver`.");
        }
    }

    /**
     * Starts headless Chromium with a fresh profile. Because the service is given the driver
     * executable, Selenium does not run Selenium Manager, so nothing is downloaded.
     */
    private static WebDriver startChromium(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(BUILD_DIR.resolve("chromedriver.log").toFile())
                .build();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1100,900",
                "--user-data-dir=" + profile);

        return new ChromeDriver(service, options);
    }

    private static void waitUntilFinished(WebDriver driver) {
        new WebDriverWait(driver, PAGE_TIMEOUT)
                .withMessage(() -> "The page did not finish within " + PAGE_TIMEOUT.toSeconds()
                        + " s; its result so far: "
                        + driver.findElement(By.id("result")).getDomProperty("textContent"))
                .until(page -> !page.findElement(By.id("status")).getText().equals("running"));
    }

    private static void saveScreenshot(WebDriver driver, Path file) throws IOException {
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(file.getParent());
        Files.write(file, png);
    }

    private static JsonObject response(JsonObject steps, String step) {
        assertTrue(steps.containsKey(step), "The page recorded no step " + step + ": " + steps);
        return steps.getJsonObject(step).getJsonObject("response");
    }

    private static String callback(JsonObject steps, String step) {
        return steps.getJsonObject(step).getString("callback");
    }

    private static void assertCrossOrigin(JsonObject steps) {
        URI rest = URI.create(RestClient.BASE_URL);
        URI page = URI.create(steps.getString("pageOrigin"));

        assertEquals(rest.getHost(), page.getHost());
        assertNotEquals(rest.getPort(), page.getPort(), "The page must come from another port.");
    }

    private static void assertCallbacks(JsonObject steps) {
        Set<String> names = UNIQUE_CALLBACK_STEPS.stream()
                .map(step -> callback(steps, step))
                .collect(Collectors.toSet());

        assertAll(UNIQUE_CALLBACK_STEPS.stream().map(step -> () -> assertTrue(
                UNIQUE_CALLBACK.matcher(callback(steps, step)).matches(),
                step + " used callback " + callback(steps, step))));
        assertEquals(UNIQUE_CALLBACK_STEPS.size(), names.size(), "Callback names: " + names);
        assertEquals("handler", callback(steps, "closeA"));
    }

    private static void assertOpened(JsonObject steps, String step) {
        JsonObject open = response(steps, step);

        assertAll(step + ": " + open,
                () -> assertTrue(open.getBoolean("success")),
                () -> assertEquals(1, open.getInt("code")),
                () -> assertTrue(SESSION_KEY.matcher(open.getString("vscpsession")).matches()),
                () -> assertEquals(0, open.getInt("nEvents")));
    }

    private static void assertSentEventRead(JsonObject steps) {
        JsonObject sent = response(steps, "sendA");
        JsonObject read = response(steps, "readB");

        assertAll("sendA: " + sent,
                () -> assertTrue(sent.getBoolean("success")),
                () -> assertEquals(1, sent.getInt("code")));
        assertAll("readB: " + read,
                () -> assertTrue(read.getBoolean("success")),
                () -> assertEquals(1, read.getInt("code")),
                () -> assertEquals(1, read.getInt("count")),
                () -> assertEquals(1, read.getJsonArray("event").size()));

        JsonObject event = read.getJsonArray("event").getJsonObject(0);
        assertAll("event: " + event,
                () -> assertEquals(0, event.getInt("head")),
                () -> assertEquals(20, event.getInt("vscpclass")),
                () -> assertEquals(20, event.getInt("vscpClass")),
                () -> assertEquals(3, event.getInt("vscptype")),
                () -> assertEquals(3, event.getInt("vscpType")),
                () -> assertEquals(3, event.getInt("sizedata")),
                () -> assertEquals("[1,2,3]", event.getJsonArray("data").toString()));
    }

    private static void assertSenderQueueEmpty(JsonObject steps) {
        JsonObject read = response(steps, "readA");

        assertAll("readA: " + read,
                () -> assertFalse(read.getBoolean("success")),
                () -> assertEquals(-6, read.getInt("code")),
                () -> assertTrue(!read.containsKey("event")
                        || read.getJsonArray("event").isEmpty(), "The sender got events."));
    }

    private static void assertClosed(JsonObject steps, String step) {
        JsonObject close = response(steps, step);

        assertAll(step + ": " + close,
                () -> assertTrue(close.getBoolean("success")),
                () -> assertEquals(1, close.getInt("code")));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Serves the files under {@code browser/} on the class path from 127.0.0.1 and a free port. */
    private static final class PageServer {

        private static final String PREFIX = "/browser/";
        private static final Pattern FILE_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js)");
        private static final Map<String, String> CONTENT_TYPES = Map.of(
                "html", "text/html; charset=UTF-8",
                "js", "application/javascript; charset=UTF-8");

        private final HttpServer server;

        private PageServer(HttpServer server) {
            this.server = server;
        }

        static PageServer start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(PREFIX, PageServer::serve);
            server.start();
            return new PageServer(server);
        }

        String url(String fileName) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + fileName;
        }

        void stop() {
            server.stop(0);
        }

        private static void serve(HttpExchange exchange) throws IOException {
            try (exchange) {
                String name = exchange.getRequestURI().getPath().substring(PREFIX.length());
                byte[] body = FILE_NAME.matcher(name).matches() ? read(name) : null;
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }

                String extension = name.substring(name.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPES.get(extension));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        /** Returns the file's bytes, or null when the class path has no such page file. */
        private static byte[] read(String name) throws IOException {
            try (InputStream in = BrowserJsonpIT.class.getClassLoader()
                    .getResourceAsStream("browser/" + name)) {
                return in == null ? null : in.readAllBytes();
            }
        }
    }
}
