package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Text from outside is bounded before it is stored, and escaped before it is shown. */
class StoredTextTest {
    private static final String NUL_AND_ANSI = "P1\u0000\u001b[31mred\u001b[0m\u009b2J\u202eevil";

    @TempDir
    Path dir;

    private static AuditEvent event(String caseReference, Map<String, String> parameters) {
        return new AuditEvent(Instant.parse("2026-12-07T09:00:00Z"), "officer", "CLI", "ego", parameters, caseReference,
                List.of(), "OK");
    }

    @Test
    void aFiveThousandCharacterCaseReferenceIsStoredCutWithItsLength() {
        try (FileAuditLog log = new FileAuditLog(dir)) {
            log.record(event("C".repeat(5000), Map.of("ID", "x".repeat(3000))));
        }
        AuditRecord stored = new TrailReader(dir).read(r -> true).getFirst();
        assertThat(stored.caseReference()).isEqualTo("C".repeat(200) + "…(5000 characters)");
        assertThat(stored.parameters().get("ID")).startsWith("x".repeat(1000) + "…(3000 characters, sha256 ")
                .endsWith(ResultDigest.of("x".repeat(3000)) + ")");
        assertThat(event("CASE-7", Map.of()).caseReference()).as("short values untouched").isEqualTo("CASE-7");
        assertThat(event("a" + "😀".repeat(150), Map.of()).caseReference()).as("never half a character")
                .isEqualTo("a" + "😀".repeat(99) + "…(151 characters)");
    }

    @Test
    void aRequestWithThousandsOfParametersKeepsFiftyAndSaysHowManyMore() {
        Map<String, String> many = new LinkedHashMap<>();
        many.put("path", "/api/entities/P1");
        for (int i = 0; i < 5000; i++) {
            many.put("p" + i, "v");
        }
        many.put("n".repeat(500), "v");
        Map<String, String> kept = event("", many).parameters();
        assertThat(kept).hasSize(AuditLimits.MAX_PARAMETERS).containsEntry("path", "/api/entities/P1")
                .containsEntry(AuditLimits.MORE_PARAMETERS, "4953 more parameters not recorded");
        assertThat(event("", Map.of("n".repeat(500), "v")).parameters().keySet().iterator().next())
                .hasSize(100 + "…(500 characters)".length());
    }

    @Test
    void controlAndDirectionCharactersArePrintedAsEscapesAndJsonStaysExact() {
        assertThat(TerminalText.printable(NUL_AND_ANSI))
                .isEqualTo("P1\\u0000\\u001b[31mred\\u001b[0m\\u009b2J\\u202eevil");
        assertThat(TerminalText.printable("佐藤 葵, Nguyễn, 😀 tab\tnew\nline"))
                .isEqualTo("佐藤 葵, Nguyễn, 😀 tab\\u0009new\\u000aline");
        assertThat(TerminalText.printable(null)).isEmpty();

        JsonMapper json = JsonMapper.builder(JsonFactory.builder().characterEscapes(TerminalText.JSON_ESCAPES).build()).build();
        String written = json.writeValueAsString(Map.of("v", NUL_AND_ANSI + "\u007f 佐藤 😀"));
        assertThat(written.chars().filter(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)).isEmpty();
        assertThat(json.readTree(written).path("v").asString()).isEqualTo(NUL_AND_ANSI + "\u007f 佐藤 😀");
    }
}
