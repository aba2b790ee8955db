package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Every role's screen in headless Chromium, in Japanese and in English: each shows only what the role may do and
 * issues no request the role is refused (no 401 or 403 in Chrome's network log). Screenshots under
 * target/screenshots, named role-language-feature.
 */
class RoleScreensBrowserTest {
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

    @BeforeEach
    void forgetRefusals() {
        browser.open(null);
        browser.answers(401, 403);
    }

    @AfterEach
    void noRequestWasRefused() {
        assertThat(browser.answers(401, 403)).as("requests refused to the role's own screen").isEmpty();
        browser.js("localStorage.clear()");
    }

    private static WebElement visible(String css) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void waitForText(String id, String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** Only the screen of the role shows: the others' sections stay hidden. */
    private static void onlyTheScreenOf(Role role) {
        for (Role other : Role.values()) {
            @SuppressWarnings("unchecked")
            List<Boolean> shown = (List<Boolean>) browser.js("return Array.from(document.querySelectorAll('[data-screen=\"'"
                    + " + arguments[0] + '\"]')).map(e => !e.hidden)", other.name());
            assertThat(shown).as(other + " sections").isNotEmpty().allMatch(s -> s == (other == role));
        }
    }

    @Test
    void japaneseWhenTheBrowserPrefersItAndTheSwitchIsRemembered() {
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ja");
        assertThat(text("login-button")).isEqualTo("ログイン");
        assertThat(browser.driver.findElement(By.id("login-case")).getAttribute("placeholder")).startsWith("例");
        browser.screenshot("login-ja");
        browser.driver.findElement(By.id("lang-select")).click(); // a click the login overlay would intercept fails here
        new Select(browser.driver.findElement(By.id("lang-select"))).selectByValue("en");
        browser.wait.until(d -> "en".equals(browser.js("return document.documentElement.lang")));
        assertThat(text("login-button")).isEqualTo("Log in");
        browser.driver.navigate().refresh();
        browser.waitForMessages();
        assertThat(browser.js("return document.documentElement.lang")).as("the choice survives a reload").isEqualTo("en");
        assertThat(text("login-button")).isEqualTo("Log in");
        browser.screenshot("login-en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void theOfficeReviewsTheWeeklyListUnderPseudonymsAndOpensALeadWithAReason(String lang) {
        browser.login(Role.OFFICE, lang);
        onlyTheScreenOf(Role.OFFICE);
        visible("#office-list li[data-row='1']");
        assertThat(browser.driver.findElements(By.cssSelector("#office-trend .bar"))).as("one bar per week with a list").hasSize(3);
        assertThat(new Select(browser.driver.findElement(By.id("office-week"))).getFirstSelectedOption().getAttribute("value"))
                .as("the latest week").isEqualTo(LocalDate.now().toString());
        String list = text("office-list");
        assertThat(list).doesNotContain("B1").doesNotContain("Ken Sato").contains("P-");
        assertThat(list).contains(lang.equals("ja") ? "フロント仲介業者" : "Front broker");
        browser.screenshot("office-" + lang + "-weekly-list");

        new Select(browser.driver.findElement(By.id("office-status"))).selectByValue("PERSISTING");
        assertThat(browser.driver.findElements(By.cssSelector("#office-list li[data-row]"))).hasSize(1);
        assertThat(text("office-list")).contains("gatekeeper");
        new Select(browser.driver.findElement(By.id("office-status"))).selectByValue("");
        new Select(browser.driver.findElement(By.id("office-indicator"))).selectByValue("front_broker");
        assertThat(browser.driver.findElements(By.cssSelector("#office-list li[data-row]"))).hasSize(1);
        browser.screenshot("office-" + lang + "-filtered");

        WebElement lead = visible("#office-list li[data-row='0']");
        lead.findElement(By.cssSelector("button[data-decision='NEEDS_INFORMATION']")).click();
        browser.wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
        lead = visible("#office-list li[data-row='0']");
        lead.findElement(By.cssSelector("input.reason")).sendKeys("労働局の記録を待つ " + lang);
        lead.findElement(By.cssSelector("button[data-decision='NEEDS_INFORMATION']")).click();
        browser.wait.until(d -> text("office-list").contains("労働局の記録を待つ " + lang));
        WebElement decided = visible("#office-list li[data-row='0'] .decision");
        assertThat(decided.getText()).contains(lang.equals("ja") ? "要追加情報" : "Needs information").contains("労働局の記録を待つ " + lang);

        lead = visible("#office-list li[data-row='0']");
        lead.findElement(By.cssSelector("input.reason")).sendKeys("Interpreter needed for the interview");
        lead.findElement(By.cssSelector("button.open-lead")).click();
        WebElement opened = visible("#office-list li[data-row='0'] .opened");
        assertThat(opened.getText()).contains("B1").contains("O1");
        browser.screenshot("office-" + lang + "-opened-with-reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anAnalystRunsASavedQueryFromItsFormAndAnAdHocStatement(String lang) throws IOException {
        browser.login(Role.ANALYST, lang);
        onlyTheScreenOf(Role.ANALYST);
        visible("#query-params");
        new Select(browser.driver.findElement(By.id("query-select"))).selectByValue("broker-placements-by-week");
        browser.driver.findElement(By.id("query-run")).click();
        WebElement error = visible("#query-params .field-error");
        assertThat(error.getText()).isEqualTo(lang.equals("ja") ? "入力してください。" : "Required.");
        assertThat(browser.answers(400)).as("a form the browser found wrong is not sent").isEmpty();
        browser.screenshot("analyst-" + lang + "-validation");

        new Select(browser.driver.findElement(By.id("query-select"))).selectByValue("shared-identifiers");
        WebElement minUsers = browser.driver.findElement(By.cssSelector("#query-params input[name='minUsers']"));
        assertThat(minUsers.getAttribute("type")).isEqualTo("number");
        minUsers.clear();
        minUsers.sendKeys("1");
        browser.js("document.querySelector(\"#query-params input[name='asOf']\").value = arguments[0]", WebFixture.AS_OF);
        browser.driver.findElement(By.id("query-run")).click();
        WebElement table = visible("#result-table table");
        assertThat(table.getText()).contains("P-").doesNotContain("ADDR1").doesNotContain("Sakura");
        // headings translated from the RETURN aliases, the alias kept as the tooltip; the CSV keeps the aliases
        WebElement users = table.findElement(By.cssSelector("th[data-column='users']"));
        assertThat(users.getText()).isEqualTo(lang.equals("ja") ? "使用者数" : "Users");
        assertThat(users.getAttribute("title")).isEqualTo("users");
        assertThat(table.findElement(By.cssSelector("th[data-column='organization_members']")).getText())
                .isEqualTo(lang.equals("ja") ? "組織構成員数" : "Organization members");
        assertThat(table.getText()).as("the dataset's codes in the screen's language").contains(lang.equals("ja") ? "住所" : "Address")
                .doesNotContain("ADDRESS");
        browser.driver.findElement(By.id("result-csv")).click();
        Path csv = browser.downloads.resolve("kyosei-shared-identifiers.csv");
        browser.wait.until(d -> Files.isRegularFile(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\ufeffidentifier,kind,users,brokers,employers,organization_members");
        assertThat(lines.size()).isGreaterThan(1);
        Files.delete(csv);
        browser.screenshot("analyst-" + lang + "-saved-query");

        WebElement editor = browser.driver.findElement(By.id("cypher-text"));
        editor.clear();
        editor.sendKeys("MATCH (n) DETACH DELETE n");
        browser.driver.findElement(By.id("cypher-run")).click();
        waitForText("cypher-refusal", lang.equals("ja") ? "拒否されました" : "Refused");
        String refusal = text("cypher-refusal");
        assertThat(refusal).doesNotContain("\n").doesNotContain("Exception").hasSizeGreaterThan(15);
        assertThat(browser.answers(400)).hasSize(1);
        browser.screenshot("analyst-" + lang + "-refused");
        editor.clear();
        editor.sendKeys("MATCH (b:Broker) RETURN count(b) AS brokers");
        browser.driver.findElement(By.id("cypher-run")).click();
        browser.wait.until(d -> !d.findElements(By.cssSelector("#result-table th[data-column='brokers']")).isEmpty());
        assertThat(text("result-table")).contains(lang.equals("ja") ? "仲介業者数" : "Brokers");
        assertThat(text("cypher-refusal")).isEmpty();
        // a value holding markup is shown as text, never as markup
        editor.clear();
        editor.sendKeys("RETURN '<img src=x id=injected>' AS html");
        browser.driver.findElement(By.id("cypher-run")).click();
        browser.wait.until(d -> text("result-table").contains("<img src=x id=injected>"));
        assertThat(text("result-table")).as("an alias without a heading in the bundle is shown as it is").contains("html");
        assertThat(browser.driver.findElements(By.id("injected"))).isEmpty();
        browser.screenshot("analyst-" + lang + "-cypher");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anAuditorSearchesTheTrailAndSeesItIsIntact(String lang) {
        String caseReference = "CASE-AUDIT-UI-" + lang;
        new WebFixture.Request(WebFixture.user(Role.INVESTIGATOR), WebFixture.password(Role.INVESTIGATOR), caseReference)
                .get("/api/entities/B1");
        browser.login(Role.AUDITOR, lang);
        onlyTheScreenOf(Role.AUDITOR);
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("audit-verify"), "class", "ok"));
        assertThat(text("audit-verify")).startsWith(lang.equals("ja") ? "改ざんなし" : "Intact");
        visible("#audit-table table");

        browser.driver.findElement(By.id("audit-case")).sendKeys(caseReference);
        browser.driver.findElement(By.id("audit-subject")).sendKeys("B1");
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        browser.js("document.getElementById('audit-since').value = arguments[0];"
                + "document.getElementById('audit-until').value = arguments[0];", today);
        browser.driver.findElement(By.id("audit-search")).click();
        browser.wait.until(d -> text("audit-summary").startsWith(lang.equals("ja") ? "記録 1 件" : "1 records"));
        assertThat(text("audit-table")).contains("investigator").contains("GET /api/entities/{id}").contains(caseReference);
        browser.screenshot("auditor-" + lang + "-search");

        browser.js("document.getElementById('audit-until').value = arguments[0];", LocalDate.parse(today).minusDays(1).toString());
        browser.js("document.getElementById('audit-since').value = '';");
        browser.driver.findElement(By.id("audit-search")).click();
        browser.wait.until(d -> text("audit-summary").startsWith(lang.equals("ja") ? "記録 0 件" : "0 records"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anAdministratorAddsAUserChangesItsRoleAndDisablesIt(String lang) {
        String name = "newcomer-" + lang;
        browser.login(Role.ADMIN, lang);
        onlyTheScreenOf(Role.ADMIN);
        visible("#admin-users tr[data-name='office']");
        browser.driver.findElement(By.id("admin-name")).sendKeys(name);
        new Select(browser.driver.findElement(By.id("admin-role"))).selectByValue("ANALYST");
        browser.driver.findElement(By.id("admin-password")).sendKeys("short");
        browser.driver.findElement(By.id("admin-save")).click();
        waitForText("admin-error", "12");
        browser.screenshot("admin-" + lang + "-password-refused");
        assertThat(browser.answers(400)).hasSize(1);

        String password = "Kawa-" + lang + "-lantern-orchid";
        browser.driver.findElement(By.id("admin-password")).clear();
        browser.driver.findElement(By.id("admin-password")).sendKeys(password);
        browser.driver.findElement(By.id("admin-save")).click();
        WebElement row = visible("#admin-users tr[data-name='" + name + "']");
        assertThat(new Select(row.findElement(By.cssSelector("select.role"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ANALYST");
        assertThat(new WebFixture.Request(name, password, "CASE-2026-001").get("/api/me").json().path("role").asString())
                .isEqualTo("ANALYST");

        new Select(row.findElement(By.cssSelector("select.role"))).selectByValue("AUDITOR");
        waitForText("status", lang.equals("ja") ? name + " の役割を 監査 に変更しました。" : name + " is now Auditor.");
        assertThat(new WebFixture.Request(name, password, "CASE-2026-001").get("/api/me").json().path("role").asString())
                .isEqualTo("AUDITOR");

        browser.js("window.confirm = () => true;");
        visible("#admin-users tr[data-name='" + name + "'] button.disable").click();
        // The row is drawn again once the service answered: the disable button goes ("無効にする" holds "無効" itself).
        browser.wait.until(d -> d.findElements(By.cssSelector("#admin-users tr[data-name='" + name + "'] button.disable")).isEmpty()
                && text("admin-users").contains(lang.equals("ja") ? "無効" : "disabled"));
        assertThat(new WebFixture.Request(name, password, "CASE-2026-001").get("/api/me").status()).isEqualTo(401);
        assertThat(browser.driver.findElements(By.cssSelector("#admin-users tr[data-name='admin'] button.disable")))
                .as("an administrator cannot disable themselves").isEmpty();
        browser.screenshot("admin-" + lang + "-users");
    }

    /**
     * GraphML, GEXF and the two CSVs of the view (B1 with two pages of three): each saved file parses and holds the
     * entities on screen; the request carried the credentials and case header (no 401 or 403, checked after each test).
     */
    private static void exportsHoldTheNeighbourhoodOnScreen(String lang) throws IOException {
        int shown = ((Number) browser.js("return window.kyoseiGraph.nodes().length")).intValue();
        @SuppressWarnings("unchecked")
        List<String> placed = (List<String>) browser.js("return window.kyoseiGraph.edges('[type = \"PLACED\"]').map(e => e.data('caption'))");
        assertThat(placed).as("tie labels in the screen's language").isNotEmpty().allMatch(lang.equals("ja") ? "紹介"::equals : "placed"::equalsIgnoreCase);
        assertThat(text("export-csv-nodes")).isEqualTo(lang.equals("ja") ? "CSV（対象）" : "CSV (entities)");
        assertThat(browser.driver.findElement(By.id("export-graphml")).getAttribute("title"))
                .contains(lang.equals("ja") ? "GraphML で書き出し" : "as GraphML");
        for (String format : List.of("graphml", "gexf")) {
            browser.driver.findElement(By.id("export-" + format)).click();
            Path file = downloaded("." + format);
            assertThat(file.getFileName().toString()).startsWith("neighbourhood-B1-");
            assertThat(xmlNodes(file)).as(format + " entities").isEqualTo(shown);
            Files.delete(file);
        }
        browser.driver.findElement(By.id("export-csv-nodes")).click();
        Path nodes = downloaded(".nodes.csv");
        List<String> rows = Files.readAllLines(nodes, StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).isEqualTo("id,label,name,hop");
        assertThat(rows.subList(1, rows.size())).hasSize(shown).anyMatch(r -> r.startsWith("B1,"));
        Files.delete(nodes);
        browser.driver.findElement(By.id("export-csv-ties")).click();
        Path ties = downloaded(".ties.csv");
        rows = Files.readAllLines(ties, StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).isEqualTo("src,type,dst,since,weight,confidence");
        assertThat(rows.size()).isGreaterThan(1);
        Files.delete(ties);
        waitForText("status", lang.equals("ja") ? "B1 の近傍を" : "the neighbourhood of B1");
        browser.screenshot("investigator-" + lang + "-exported");
    }

    /** The file a download saved whose name ends so, once Chrome finished writing it. */
    private static Path downloaded(String suffix) {
        return browser.wait.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The number of node elements of a GraphML or GEXF file, parsed without DTDs or external entities. */
    private static int xmlNodes(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "node").getLength();
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anInvestigatorFindsTheLatestListClearsAndLogsOut(String lang) throws IOException {
        Path todays = WebFixture.reports().resolve(LocalDate.now().toString());
        Path aside = WebFixture.reports().resolve("set-aside");
        Files.move(todays, aside); // as on the demo's Monday: the latest list is dated a day of an earlier week
        try {
            browser.login(Role.INVESTIGATOR, lang);
            onlyTheScreenOf(Role.INVESTIGATOR);
            assertThat(text("whoami")).contains(lang.equals("ja") ? "捜査員" : "Investigator").contains("CASE-2026-001");
            browser.driver.findElement(By.id("anomalies-button")).click();
            visible("#anomaly-list li[data-row='0']");
            assertThat(browser.driver.findElement(By.id("status")).getAttribute("class")).doesNotContain("error");
            assertThat(text("status")).contains(lang.equals("ja") ? "2026年10月12日" : "October 12, 2026");
        } finally {
            Files.move(aside, todays);
        }
        browser.driver.findElement(By.id("search-input")).sendKeys("Sakura");
        browser.driver.findElement(By.id("search-button")).click();
        visible("#search-results li[data-id='B1']").click();
        waitForText("details", "Sakura Staffing");
        assertThat(text("details")).contains(lang.equals("ja") ? "派遣・紹介業者" : "Agency").doesNotContain("AGENCY");
        browser.wait.until(d -> ((Number) browser.js("return window.kyoseiGraph.nodes().length")).intValue() == 1);
        double zoom = ((Number) browser.js("return window.kyoseiGraph.zoom()")).doubleValue();
        assertThat(zoom).as("one entity is not blown up to fill the canvas").isLessThanOrEqualTo(1.5);
        browser.screenshot("investigator-" + lang + "-one-entity");

        // a hub's ties page by page ("Next 200", here 3 at a time)
        browser.js("window.kyoseiPageSize(3)");
        browser.js("const s = document.getElementById('asof-slider');"
                + "s.value = 156 - Math.round((Date.now() - Date.parse('" + WebFixture.AS_OF + "')) / (7 * 864e5)); s.dispatchEvent(new Event('input'));");
        browser.driver.findElement(By.id("expand-button")).click();
        visible("#expand-more");
        assertThat(((Number) browser.js("return window.kyoseiGraph.nodes().length")).intValue()).isEqualTo(4);
        browser.driver.findElement(By.id("expand-more")).click();
        browser.wait.until(d -> ((Number) browser.js("return window.kyoseiGraph.nodes().length")).intValue() > 4);
        browser.js("window.kyoseiPageSize(200)");
        exportsHoldTheNeighbourhoodOnScreen(lang);

        browser.driver.findElement(By.id("clear-button")).click();
        assertThat(browser.driver.findElement(By.id("export-graphml")).isEnabled()).as("nothing to export after Clear").isFalse();
        assertThat(((Number) browser.js("return window.kyoseiGraph.elements().length")).intValue()).isZero();
        assertThat(text("details")).doesNotContain("Sakura").isEqualTo(lang.equals("ja") ? "対象をクリックしてください。" : "Click an entity.");
        assertThat(browser.driver.findElement(By.id("expand-button")).isEnabled()).isFalse();

        browser.driver.findElement(By.id("logout-button")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        browser.waitForMessages();
        assertThat(browser.js("return window.Kyosei.session.auth")).as("the credentials are forgotten").isNull();
        assertThat(WebFixture.audit().events().stream().anyMatch(e -> e.action().equals("POST /api/logout")
                && e.user().equals("investigator"))).isTrue();
        browser.screenshot("investigator-" + lang + "-logged-out");
    }
}
