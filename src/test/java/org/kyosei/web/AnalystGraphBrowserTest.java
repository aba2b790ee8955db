package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An analyst shows a query's result in a graph: drawn from the rows alone (analysts may not call the investigators'
 * graph endpoints), one entity per pseudonym the rows name, linked in each row's column order. In Japanese and
 * English, with screenshots, and without a request the analyst is refused.
 */
class AnalystGraphBrowserTest {
    @TempDir
    static Path tmp;

    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.onFixture(tmp, "ja,en-US");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anAnalystShowsAResultInAGraphOfItsPseudonyms(String lang) {
        browser.open(null);
        browser.answers(401, 403);
        browser.login(Role.ANALYST, lang);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cypher-text")));
        assertThat(browser.driver.findElement(By.id("result-graph-show")).isEnabled()).as("nothing to draw yet").isFalse();

        WebElement editor = browser.driver.findElement(By.id("cypher-text"));
        editor.clear();
        editor.sendKeys("RETURN 'no entity here' AS words");
        browser.driver.findElement(By.id("cypher-run")).click();
        browser.wait.until(d -> text("result-table").contains("no entity here"));
        assertThat(browser.driver.findElement(By.id("result-graph-show")).isEnabled()).as("rows naming no entity").isFalse();

        editor.clear();
        editor.sendKeys("MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS tie, b.id AS target ORDER BY source, target LIMIT 25");
        browser.driver.findElement(By.id("cypher-run")).click();
        browser.wait.until(d -> text("result-table").contains("P-"));
        Set<String> named = new HashSet<>();
        Matcher pseudonym = Pattern.compile("P-[0-9a-f]{6,}").matcher(text("result-table"));
        while (pseudonym.find()) {
            named.add(pseudonym.group());
        }
        WebElement show = browser.driver.findElement(By.id("result-graph-show"));
        assertThat(show.isEnabled()).isTrue();
        show.click();
        browser.wait.until(d -> d.findElement(By.id("result-graph")).getAttribute("data-nodes") != null);
        WebElement graph = browser.driver.findElement(By.id("result-graph"));
        assertThat(graph.isDisplayed()).isTrue();
        assertThat(Integer.parseInt(graph.getAttribute("data-nodes"))).isEqualTo(named.size());
        assertThat(Integer.parseInt(graph.getAttribute("data-edges"))).isPositive();
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) browser.js("return Array.from(document.querySelectorAll('#result-graph canvas')).map(c => c.width + 'x' + c.height)");
        assertThat(drawn).as("Cytoscape.js drew on a canvas").isNotEmpty();
        assertThat(text("status")).contains(lang.equals("ja") ? "描きました" : "drawn from the rows");
        assertThat(text("result-table")).doesNotContain("ADDR1").doesNotContain("Sakura");
        browser.screenshot("analyst-" + lang + "-result-graph");

        browser.driver.findElement(By.id("cypher-run")).click(); // a new result hides the old picture
        browser.wait.until(d -> !d.findElement(By.id("result-graph")).isDisplayed());
        assertThat(browser.answers(401, 403)).as("requests refused to the analyst's screen").isEmpty();
        browser.js("localStorage.clear()");
    }
}
