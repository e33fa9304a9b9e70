package org.vscp.rest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Feeds known measurements into the table chart-test of the test configuration, then checks
 * that the chart page in headless Chromium plots exactly those values, and saves a screenshot
 * to target/table-chart.png (docs/chart.png is a copy of one run).
 */
class TableChartIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BUILD_DIR = Path.of(System.getProperty("it.build.dir", "target"));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> VALUES = List.of("20.5", "22", "21.25", "23.75", "22.5");

    private final RestClient client = new RestClient();

    @Test
    void chartShowsFedValues() throws IOException, InterruptedException {
        requireInstalled(CHROMIUM, "the Chromium browser");
        requireInstalled(CHROMEDRIVER, "ChromeDriver");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600);
        feed(start);

        Path profile = Files.createTempDirectory("vscp-chart-profile");
        WebDriver driver = startChromium(profile);
        try {
            driver.get(RestClient.BASE_URL + "/tables.html");
            driver.findElement(By.id("user")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys("secret");
            driver.findElement(By.id("login-button")).click();

            WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
            wait.until(d -> d.findElement(By.id("query")).isDisplayed()
                    && !d.findElements(By.cssSelector("#table option")).isEmpty());
            new Select(driver.findElement(By.id("table"))).selectByValue("chart-test");
            setLocalTime(driver, "from", start.minusSeconds(1));
            setLocalTime(driver, "to", start.plusSeconds(VALUES.size()));
            driver.findElement(By.id("show")).click();
            wait.until(d -> d.findElements(By.cssSelector("#chart circle.point")).size()
                    == VALUES.size());

            List<WebElement> points = driver.findElements(By.cssSelector("#chart circle.point"));
            for (int i = 0; i < VALUES.size(); i++) {
                assertEquals(Double.parseDouble(VALUES.get(i)),
                        Double.parseDouble(points.get(i).getDomAttribute("data-value")),
                        "point " + i);
            }
            assertEquals("°C", driver.findElement(By.cssSelector("#chart .unit-label")).getText());

            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(BUILD_DIR.resolve("table-chart.png"), png);
        } finally {
            driver.quit();
        }
    }

    /** Sends the values as level II float measurements one second apart and waits for them. */
    private void feed(Instant start) throws InterruptedException {
        JsonObject opened = client.json("op", "open", "vscpuser", "admin", "vscpsecret", "secret");
        String session = opened.getString("vscpsession");
        for (int i = 0; i < VALUES.size(); i++) {
            JsonObject sent = client.json("op", "measurement", "vscpsession", session,
                    "type", "6", "value", VALUES.get(i), "sensoridx", "5", "zone", "7",
                    "datetime", start.plusSeconds(i).toString());
            assertEquals(1, sent.getInt("code"), sent.toString());
        }

        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonObject rows = client.json("op", "table", "vscpsession", session,
                    "name", "chart-test", "from", start.toString(),
                    "to", start.plusSeconds(VALUES.size()).toString());
            if (rows.getBoolean("success") && rows.getInt("count") == VALUES.size()) {
                return;
            }
            Thread.sleep(200);
        }
        fail("The table chart-test did not receive the " + VALUES.size() + " measurements.");
    }

    private static void setLocalTime(WebDriver driver, String id, Instant time) {
        ((JavascriptExecutor) driver).executeScript(
                "var d = new Date(arguments[1]);"
                        + "d.setMinutes(d.getMinutes() - d.getTimezoneOffset());"
                        + "document.getElementById(arguments[0]).value ="
                        + " d.toISOString().slice(0, 19);", id, time.toEpochMilli());
    }

    private static void requireInstalled(Path program, String name) {
        if (!Files.isExecutable(program)) {
            fail(name + " is missing: " + program + " is not executable; install it with"
                    + " `apt-get install chromium chromium-driver`.");
        }
    }

    private static WebDriver startChromium(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(BUILD_DIR.resolve("chromedriver-chart.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=900,1000", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }
}
