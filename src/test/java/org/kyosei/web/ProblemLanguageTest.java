package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.ProblemMessages;
import org.kyosei.security.Role;

/**
 * RFC 7807 problems in the language of {@code Accept-Language}: Japanese when preferred, English when asked or when
 * nothing (or nothing usable) is asked; from the controllers' advice, the security filters, the error page, the
 * firewall and Tomcat's own refusals alike.
 */
class ProblemLanguageTest {
    @TempDir
    static Path tmp;

    private static final String JA = "ja-JP,ja;q=0.9,en;q=0.8";

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
    }

    /** A problem asked for with each language: status, title and detail in Japanese and in English. */
    private record Expected(String what, WebFixture.Request caller, String method, String path, int status, String titleJa,
                            String detailJa, String titleEn, String detailEn) {
    }

    @Test
    void problemsAreInThePreferredLanguageAndEnglishByDefault() {
        WebFixture.Request investigator = WebFixture.as(Role.INVESTIGATOR);
        List<Expected> cases = List.of(
                new Expected("a limit", investigator, "GET", "/api/entities/P1/neighbourhood?hops=9", 400, "不正なリクエスト",
                        "hops は 1 から 4 の範囲で指定してください（指定値: 9）", "Bad Request", "hops must be between 1 and 4, got 9"),
                new Expected("a big limit, no digit grouping", investigator, "GET", "/api/entities/P1/neighbourhood?offset=1000000", 400,
                        "不正なリクエスト", "offset は 0 から 100000 の範囲", "Bad Request", "offset must be between 0 and 100000, got 1000000"),
                new Expected("a malformed number", investigator, "GET", "/api/entities/P1/neighbourhood?hops=two", 400, "不正なリクエスト",
                        "hops: 'two' は整数ではありません", "Bad Request", "hops: 'two' is not a whole number"),
                new Expected("a missing parameter", investigator, "GET", "/api/paths?from=P1", 400, "不正なリクエスト",
                        "パラメータ to は必須です", "Bad Request", "the parameter to is required"),
                new Expected("no case reference", investigator.withoutCase(), "GET", "/api/entities/P1", 400, "不正なリクエスト",
                        "X-Kyosei-Case ヘッダーに事件番号", "Bad Request", "reading a person's data needs a case or purpose reference"),
                new Expected("an unknown export format", investigator, "GET", "/api/entities/P1/neighbourhood/export?format=pdf", 400,
                        "不正なリクエスト", "format には graphml、gexf、csv-nodes、csv-ties", "Bad Request", "format must be graphml, gexf"),
                new Expected("an unknown entity", investigator, "GET", "/api/entities/NOPE", 404, "見つかりません",
                        "エンティティ 'NOPE' はありません", "Not Found", "no entity 'NOPE'"),
                new Expected("a week without a list", investigator, "GET", "/api/anomalies?asOf=2001-01-01", 404, "見つかりません",
                        "その週の異常リストはありません", "Not Found", "no anomaly list for that week; 'kyosei report weekly' writes one"),
                new Expected("no user", WebFixture.anonymous(), "GET", "/api/entities/P1", 401, "認証が必要です",
                        "HTTP Basic でログインしてください（'kyosei user add'", "Unauthorized", "log in with HTTP Basic (a user made with 'kyosei user add')"),
                // a user name no one has: the failed logins lock no one (two languages only: each counts against the address)
                new Expected("a wrong password", new WebFixture.Request("no-such-user-ja", "not-the-password-123", "CASE-1"), "GET",
                        "/api/me", 401, "認証が必要です",
                        "ユーザー名またはパスワードが違います", "Unauthorized", "unknown user or wrong password"),
                new Expected("a role refused", WebFixture.as(Role.AUDITOR), "GET", "/api/entities/B1", 403, "権限がありません",
                        "あなたのロールでは GET /api/entities/B1 を使用できません", "Forbidden", "your role may not use GET /api/entities/B1"),
                new Expected("an unknown file", WebFixture.anonymous(), "GET", "/app/no-such-file.js", 404, "見つかりません",
                        "そのパスはありません", "Not Found", "no such path"),
                new Expected("TRACE", WebFixture.anonymous(), "TRACE", "/api/me", 405, "許可されていないメソッドです",
                        "このパスではこのメソッドを使用できません", "Method Not Allowed", "this method is not allowed on this path"),
                new Expected("the firewall", investigator, "GET", "/api/entities/a;b=c", 400, "不正なリクエスト",
                        "URL にサービスが受け付けない文字（エンコードされた '%'、'/'、';'、'\\'、NUL）が含まれています", "Bad Request",
                        "the URL holds characters the service does not accept (an encoded '%', '/', ';', '\\' or NUL)"));
        for (Expected c : cases) {
            WebFixture.Answer ja = c.caller().accepting(JA).send(c.method(), c.path(), null);
            assertThat(ja.status()).as(c.what() + ": " + ja.response().body()).isEqualTo(c.status());
            assertThat(ja.header("Content-Type")).as(c.what()).startsWith("application/problem+json");
            assertThat(ja.json().path("title").asString()).as(c.what()).isEqualTo(c.titleJa());
            assertThat(ja.detail()).as(c.what()).contains(c.detailJa());
            String[] others = c.what().equals("a wrong password") ? new String[] {null} : new String[] {null, "en",
                    "en-US,en;q=0.9,ja;q=0.5", "fr-FR", "*", "ja;q=abc", "x".repeat(2_000), "ja;q=0.1,en;q=0.2"};
            for (String english : others) {
                WebFixture.Answer en = (english == null ? c.caller() : c.caller().accepting(english)).send(c.method(), c.path(), null);
                assertThat(en.status()).as(c.what() + " " + english).isEqualTo(c.status());
                assertThat(en.json().path("title").asString()).as(c.what() + " " + english).isEqualTo(c.titleEn());
                assertThat(en.detail()).as(c.what() + " " + english).contains(c.detailEn());
            }
        }
    }

    @Test
    void tomcatsOwnRefusalsAreInThePreferredLanguageToo() throws IOException {
        for (String language : new String[] {"ja", "en", null}) {
            try (Socket socket = new Socket("127.0.0.1", WebFixture.server().port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + (language == null ? "" : "Accept-Language: " + language + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                in.transferTo(answer);
                String text = answer.toString(StandardCharsets.UTF_8);
                assertThat(text).as(language).startsWith("HTTP/1.1 400").contains("application/problem+json");
                assertThat(text).as(language).contains("ja".equals(language) ? "リクエストはサービスに届く前に拒否されました"
                        : "the request was refused before it reached the service");
            }
        }
    }

    @Test
    void theLanguageIsJapaneseOnlyWhenPreferredOverEnglish() {
        assertThat(ProblemMessages.locale("ja")).isEqualTo(Locale.JAPANESE);
        assertThat(ProblemMessages.locale("ja-JP")).isEqualTo(Locale.JAPANESE);
        assertThat(ProblemMessages.locale("fr;q=1.0, ja;q=0.5, en;q=0.4")).isEqualTo(Locale.JAPANESE);
        assertThat(ProblemMessages.locale("en;q=0.9, ja;q=0.8")).isEqualTo(Locale.ENGLISH);
        for (String other : new String[] {null, "", "  ", "de", "*", ";;;", "ja;q=2", "ja;q=", "\u0000", "x".repeat(600)}) {
            assertThat(ProblemMessages.locale(other)).as(String.valueOf(other)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void bothBundlesHaveTheSameProblemKeysAndEveryMessageFormats() throws IOException {
        Properties en = bundle("en");
        Properties ja = bundle("ja");
        assertThat(keys(ja, "problem.")).isEqualTo(keys(en, "problem.")).isNotEmpty();
        for (String key : keys(en, "problem.")) {
            String name = key.substring("problem.".length());
            Object[] args = {"A", "B", "C", "D"};
            String english = ProblemMessages.text(Locale.ENGLISH, name, args);
            String japanese = ProblemMessages.text(Locale.JAPANESE, name, args);
            assertThat(english).as(key).isNotBlank().doesNotContain("{0}").doesNotContain("''");
            assertThat(japanese).as(key).isNotBlank().doesNotContain("{0}").doesNotContain("''").isNotEqualTo(english);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemLanguageTest.class.getResourceAsStream("/i18n/problems_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties properties, String prefix) {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        return keys;
    }
}
