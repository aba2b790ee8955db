package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

/**
 * 5,000 elements (2,500 entities, 2,500 ties) in the investigators' graph in headless Chromium: the time to draw them
 * (add, lay out, two frames) and to lay them out again, with the canvas renderer and with the WebGL renderer the UI
 * switches to above 2,000 elements; labels thinned out at the fitted zoom. The timings go to
 * target/screenshots/large-graph-timings.txt.
 */
class LargeGraphBrowserTest {
    @TempDir
    static Path tmp;

    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.onFixture(tmp, "en-US,en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A seeded random graph of 2,500 entities and 2,500 ties: a tree with hubs, and 1 more tie per entity on average. */
    private static final String ELEMENTS = """
            let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
            const types = ['CONTACT', 'PLACED', 'EMPLOYED_BY', 'USES', 'TRANSFER'];
            const els = [];
            for (let i = 0; i < 2500; i++) {
              els.push({ group: 'nodes', data: { id: 'N' + i, label: 'Individual', caption: 'Person ' + i, color: '#4e79a7', shape: 'ellipse' } });
            }
            for (let i = 1; i < 2500; i++) {
              const parent = rnd() < 0.3 ? Math.floor(rnd() * 20) : Math.floor(rnd() * i);
              els.push({ group: 'edges', data: { id: 'E' + i, source: 'N' + parent, target: 'N' + i, type: types[i % 5], confidence: 0.8 } });
            }
            els.push({ group: 'edges', data: { id: 'E0', source: 'N1', target: 'N2', type: 'CONTACT', confidence: 0.8 } });
            """;

    private static final String FRAMES = "await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(boolean webgl) {
        browser.login(Role.INVESTIGATOR, "en");
        if (!webgl) {
            browser.js("window.kyoseiWebglAbove(Infinity)");
        }
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; (async () => {" + ELEMENTS
                        + "let t = performance.now(); const n = window.kyoseiShowElements(els);" + FRAMES
                        + "const draw = performance.now() - t;"
                        + "t = performance.now(); window.kyoseiRelayout();" + FRAMES
                        + "const relayout = performance.now() - t;"
                        + "done(Object.assign({ n, draw, relayout }, window.kyoseiGraphState()));"
                        + "})().catch(e => done({ error: String(e) }));");
    }

    @Test
    void fiveThousandElementsAreDrawnAndLaidOutWithTheCanvasAndTheWebGlRenderer() throws IOException {
        browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
        Map<String, Object> canvas = measure(false);
        browser.screenshot("investigator-en-5000-canvas");
        Map<String, Object> webgl = measure(true);
        browser.screenshot("investigator-en-5000-webgl");
        for (Map<String, Object> run : java.util.List.of(canvas, webgl)) {
            assertThat(run).doesNotContainKey("error");
            assertThat(((Number) run.get("n")).intValue()).isEqualTo(5000);
            assertThat(((Number) run.get("labelled")).intValue()).as("labels thinned out at the fitted zoom").isLessThan(2500);
        }
        assertThat(canvas.get("webgl")).isEqualTo(false);
        String line = LocalDate.now() + " headless Chromium (" + browser.js("return navigator.userAgent.match(/Chrome\\/[0-9.]+/)[0]")
                + "), 2,500 entities + 2,500 ties, fCoSE draft quality, window 1500x950: canvas renderer draw "
                + Math.round(((Number) canvas.get("draw")).doubleValue()) + " ms, re-layout "
                + Math.round(((Number) canvas.get("relayout")).doubleValue()) + " ms; "
                + (Boolean.TRUE.equals(webgl.get("webgl")) ? "WebGL renderer" : "WebGL unavailable, canvas again") + " draw "
                + Math.round(((Number) webgl.get("draw")).doubleValue()) + " ms, re-layout "
                + Math.round(((Number) webgl.get("relayout")).doubleValue()) + " ms"
                + " (mvn -B test -Dtest=LargeGraphBrowserTest)\n";
        System.out.print(line);
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.writeString(Chromium.SCREENSHOTS.resolve("large-graph-timings.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
