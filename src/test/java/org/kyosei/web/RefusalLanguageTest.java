package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.Role;

/**
 * The refusals an analyst or an administrator meets most, a statement the read-only policy refuses and a password
 * the policy refuses, in the language the request prefers; English, as the command line words them, otherwise.
 */
class RefusalLanguageTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void data() throws IOException {
        WebFixture.reset(tmp);
        WebFixture.server().bean(org.kyosei.application.AnalystQueries.class).rebuildNow();
    }

    private static WebFixture.Answer cypher(String statement, String languages) {
        WebFixture.Request analyst = WebFixture.as(Role.ANALYST);
        return (languages == null ? analyst : analyst.accepting(languages))
                .post("/api/cypher", "{\"statement\": \"" + statement + "\"}");
    }

    @Test
    void aRefusedStatementIsExplainedInJapaneseWhenPreferred() {
        WebFixture.Answer japanese = cypher("MATCH (n) DETACH DELETE n", "ja-JP,ja;q=0.9");
        assertThat(japanese.status()).isEqualTo(400);
        assertThat(japanese.json().path("title").asString()).isEqualTo("不正なリクエスト");
        assertThat(japanese.detail()).isEqualTo("この文はグラフに書き込みます。実行できるのは読み取り専用の文だけです。");
        assertThat(japanese.json().path("parameter").asString()).isEqualTo("statement");

        WebFixture.Answer english = cypher("MATCH (n) DETACH DELETE n", null);
        assertThat(english.detail()).isEqualTo("refused: the statement writes to the graph, and only read-only statements may run here");
        assertThat(WebFixture.audit().last().outcome()).isNotEqualTo("OK");

        assertThat(cypher("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "ja").detail())
                .isEqualTo("LOAD CSV はファイルを読むため、ここでは実行できません。");
        assertThat(cypher("SHOW TRANSACTIONS", "ja").detail()).startsWith("管理コマンド（").contains("）はここでは実行できません");
        assertThat(cypher("CALL dbms.listConfig()", "ja").detail()).contains("dbms.listConfig").contains("は使えません");
        assertThat(cypher("MATCH (n) RETURN n LIMIT 1", "ja").status()).isEqualTo(200);
    }

    @Test
    void aRefusedPasswordIsExplainedInJapaneseWhenPreferredWithTheHostileNameAsText() {
        WebFixture.Request admin = WebFixture.as(Role.ADMIN);
        WebFixture.Answer japanese = admin.accepting("ja").put("/api/users/newbie", "{\"role\": \"ANALYST\", \"password\": \"short\"}");
        assertThat(japanese.status()).isEqualTo(400);
        assertThat(japanese.detail()).isEqualTo("ユーザー「newbie」のパスワードは 12 文字以上にしてください。");
        WebFixture.Answer english = admin.put("/api/users/newbie", "{\"role\": \"ANALYST\", \"password\": \"short\"}");
        assertThat(english.detail()).isEqualTo("the password of user 'newbie' must have at least 12 characters");
        assertThat(admin.accepting("ja").put("/api/users/newbie", "{\"role\": \"ANALYST\", \"password\": \"newbie-lantern-orchid\"}").detail())
                .isEqualTo("ユーザー「newbie」のパスワードにユーザー名を含めないでください。");
        assertThat(admin.accepting("ja").put("/api/users/%7B0%7D'x", "{\"role\": \"ANALYST\", \"password\": \"short\"}").detail())
                .as("a name the user rule refuses is refused before its password is looked at").startsWith("user name '{0}'x' must be");
        assertThat(admin.accepting("ja").put("/api/users/o.k@x-1", "{\"role\": \"ANALYST\", \"password\": \"short\"}").detail())
                .isEqualTo("ユーザー「o.k@x-1」のパスワードは 12 文字以上にしてください。");
    }

    @Test
    void aReviewOrSearchTheScreenSentWrongIsExplainedInJapaneseWhenPreferred() {
        String decision = "{\"subject\": \"B1\", \"indicator\": \"front_broker\", \"decision\": \"MAYBE\", \"reason\": \"checked the placements\"}";
        WebFixture.Answer japanese = WebFixture.as(Role.INVESTIGATOR).accepting("ja").post("/api/anomalies/decisions", decision);
        assertThat(japanese.status()).isEqualTo(400);
        assertThat(japanese.detail()).isEqualTo("判断は CONFIRMED、DISMISSED、NEEDS_INFORMATION のいずれかにしてください。");
        assertThat(WebFixture.as(Role.INVESTIGATOR).post("/api/anomalies/decisions", decision).detail())
                .isEqualTo("decision must be CONFIRMED, DISMISSED or NEEDS_INFORMATION");
        String shortReason = decision.replace("MAYBE", "CONFIRMED").replace("checked the placements", "ok");
        assertThat(WebFixture.as(Role.INVESTIGATOR).accepting("ja").post("/api/anomalies/decisions", shortReason).detail())
                .matches("理由を \\d+〜\\d+ 文字で 1 行に書いてください。");
        assertThat(WebFixture.as(Role.INVESTIGATOR).post("/api/anomalies/decisions", shortReason).detail())
                .matches("give a reason of \\d+-\\d+ characters on one line");
        assertThat(WebFixture.as(Role.INVESTIGATOR).accepting("ja").get("/api/entities?q=" + "x".repeat(201)).detail())
                .isEqualTo("検索語 q は 1〜200 文字にしてください。");
    }
}
