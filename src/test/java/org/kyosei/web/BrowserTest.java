package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver): log in, search, expand, a path
 * search, open a lead, export SVG; screenshots under target/screenshots.
 */
class BrowserTest {
    @TempDir
    static Path tmp;

    private static Chromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.onFixture(tmp, "en-US,en");
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static long nodes() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.kyoseiGraph.nodes().length")).longValue();
    }

    private static void screenshot(String name) {
        chromium.screenshot("investigator-en-" + name);
    }

    private static void waitForStatus(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    @Test
    void anInvestigatorSearchesExpandsFindsPathsAndOpensALead() throws IOException {
        chromium.open("en");
        browser.findElement(By.id("login-user")).sendKeys(WebFixture.user(Role.INVESTIGATOR));
        browser.findElement(By.id("login-password")).sendKeys("wrong");
        browser.findElement(By.id("login-case")).sendKeys("CASE-2026-001");
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "wrong password"));
        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-password")).sendKeys(WebFixture.password(Role.INVESTIGATOR));
        browser.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("login")));
        assertThat(browser.findElement(By.id("whoami")).getText()).contains("Investigator").contains("CASE-2026-001");

        // search, open the broker
        browser.findElement(By.id("search-input")).sendKeys("Sakura");
        browser.findElement(By.id("search-button")).click();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results li[data-id='B1']")));
        hit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), "Sakura Staffing"));
        assertThat(nodes()).isEqualTo(1);

        // the as-of slider to the data's weeks, then expand two hops
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('asof-slider');"
                + "s.value = 156 - Math.round((Date.now() - Date.parse('" + WebFixture.AS_OF + "')) / (7 * 864e5)); s.dispatchEvent(new Event('input'));");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("expand-hops"))).selectByVisibleText("2");
        browser.findElement(By.id("expand-button")).click();
        waitForStatus("entities around B1");
        assertThat(nodes()).isGreaterThan(4);
        assertThat(browser.findElement(By.id("export-gexf")).isEnabled()).as("an expanded neighbourhood can be exported").isTrue();

        // broker panel
        browser.findElement(By.id("broker-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("broker-panel"), "placements, fees total"));
        assertThat(browser.findElement(By.id("broker-panel")).getText()).contains("E1").contains("ADDR1").contains("O1");
        screenshot("1-broker-expanded");

        // path search
        browser.findElement(By.id("path-from")).clear();
        browser.findElement(By.id("path-from")).sendKeys("P1");
        browser.findElement(By.id("path-to")).clear();
        browser.findElement(By.id("path-to")).sendKeys("O1");
        browser.findElement(By.id("path-button")).click();
        waitForStatus("shortest path(s) P1 → O1");
        long onPath = ((Number) ((JavascriptExecutor) browser).executeScript("return window.kyoseiGraph.edges('.path').length")).longValue();
        assertThat(onPath).isPositive();
        screenshot("2-paths");

        // this week's leads (the slider back at today), then the evidence of the first one
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('asof-slider');"
                + "s.value = s.max; s.dispatchEvent(new Event('input'));");
        browser.findElement(By.id("anomalies-button")).click();
        WebElement lead = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#anomaly-list li[data-row='0']")));
        assertThat(lead.getText()).contains("front_broker").contains("B1");
        lead.findElement(By.tagName("strong")).click();
        waitForStatus("Evidence of lead #1");
        @SuppressWarnings("unchecked")
        List<Object> evidence = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.kyoseiGraph.nodes('.evidence').map(n => n.id())");
        assertThat(evidence).contains("B1", "E1", "O1");
        assertThat(browser.findElement(By.id("export-gexf")).isEnabled()).as("the evidence is no neighbourhood to export").isFalse();
        String svg = (String) ((JavascriptExecutor) browser).executeScript("return window.kyoseiSvg()");
        assertThat(svg).startsWith("<svg").contains("Sakura Staffing").contains("CASE-2026-001");
        screenshot("3-lead-evidence");
        assertThat(browser.findElement(By.id("status")).getAttribute("class")).doesNotContain("error");

        // the lead is marked "needs information" with a reason (the prompt answered by the test)
        ((JavascriptExecutor) browser).executeScript("window.prompt = () => 'Waiting for the labour office record';");
        browser.findElement(By.cssSelector("#anomaly-list li[data-row='0'] button[data-decision='NEEDS_INFORMATION']")).click();
        waitForStatus("Decision recorded for lead B1");
        WebElement decided = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#anomaly-list li[data-row='0'] .decision")));
        assertThat(decided.getText()).contains("Needs information").contains("Waiting for the labour office record");
        screenshot("4-lead-decided");
    }
}
