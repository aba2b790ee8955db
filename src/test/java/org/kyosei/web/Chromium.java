package org.kyosei.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * Debian's headless Chromium driven by Selenium for the browser tests: a preferred language, downloads into a
 * folder, Chrome's performance log (to see every answer's status), and screenshots under target/screenshots.
 */
final class Chromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;
    final Path downloads;

    /** Skips the calling test class when Chromium or its driver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver fonts-noto-cjk)");
    }

    /**
     * A browser on the web fixture, reset with the tiny dataset in {@code tmp}, downloading to {@code tmp/downloads}; the
     * test is skipped where Chromium is not installed.
     */
    static Chromium onFixture(Path tmp, String acceptLanguages) throws java.io.IOException {
        assumeInstalled();
        WebFixture.reset(tmp);
        return new Chromium(acceptLanguages, Files.createDirectories(tmp.resolve("downloads")));
    }

    /** @param acceptLanguages the browser's preferred languages, as in Accept-Language ("ja,en") */
    Chromium(String acceptLanguages, Path downloads) {
        assumeInstalled();
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1500,950",
                "--lang=" + acceptLanguages.split(",")[0], "--accept-lang=" + acceptLanguages);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages,
                "download.default_directory", downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens the UI, waits for its messages, and picks the language with the header's switch (null: leave as detected). */
    void open(String lang) {
        driver.get(WebFixture.server().url());
        waitForMessages();
        if (lang != null && !lang.equals(js("return document.documentElement.lang"))) {
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang-select"))).selectByValue(lang);
            wait.until(d -> lang.equals(js("return document.documentElement.lang")));
        }
    }

    void waitForMessages() {
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.Kyosei && window.Kyosei.i18n && window.Kyosei.i18n.has('ui.title'))")));
    }

    /** Logs in as the fixture's user of that role, in that language, and waits for the role's screen. */
    void login(org.kyosei.security.Role role, String lang) {
        open(lang);
        driver.findElement(By.id("login-user")).sendKeys(WebFixture.user(role));
        driver.findElement(By.id("login-password")).sendKeys(WebFixture.password(role));
        driver.findElement(By.id("login-case")).sendKeys("CASE-2026-001");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("login")));
        wait.until(d -> role.name().equals(js("return document.body.dataset.role")));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The answers with these statuses since the last call, as "STATUS URL", from Chrome's performance log. */
    List<String> answers(int... statuses) {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = WebFixture.JSON.readTree(entry.getMessage()).path("message");
            if (!"Network.responseReceived".equals(message.path("method").asString())) {
                continue;
            }
            JsonNode response = message.path("params").path("response");
            int status = response.path("status").asInt();
            for (int wanted : statuses) {
                if (status == wanted) {
                    found.add(status + " " + response.path("url").asString());
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
