package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A line built from a body prepared beforehand is, byte for byte, the line of the whole record serialised at once. */
class AuditLinesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TEXTS = {"", "kenji", "GET /api/entities/{id}/neighbourhood", "Nguyễn \"Văn\" An\\", "佐藤\n葵",
        "\u0001control", "x".repeat(300)};

    /** The line as the trail has always written it: one object, seq first and prev last, hashed before "hash". */
    private static String wholeRecordLine(long seq, AuditEvent event, String prev) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", seq);
        node.put("time", event.time().toString());
        node.put("user", event.user());
        node.put("role", event.role());
        node.put("action", event.action());
        ObjectNode parameters = node.putObject("parameters");
        new TreeMap<>(event.parameters()).forEach(parameters::put); // bounded when the event was made (AuditLimits)
        node.put("case", event.caseReference());
        node.put("idCount", event.resultIds().size());
        if (event.resultIds().size() <= AuditLines.MAX_INLINE_IDS) {
            ArrayNode ids = node.putArray("ids");
            event.resultIds().forEach(ids::add);
        } else {
            node.put("idDigest", ResultDigest.ofIds(event.resultIds()));
        }
        node.put("outcome", event.outcome());
        node.put("prev", prev);
        String body = JSON.writeValueAsString(node);
        String prefix = body.substring(0, body.length() - 1);
        return prefix + ",\"hash\":\"" + ResultDigest.of(prefix) + "\"}";
    }

    @Test
    void aPreparedBodyMakesTheLineOfTheWholeRecord() {
        Random random = new Random(3);
        String prev = AuditLines.GENESIS;
        for (long seq = 1; seq <= 300; seq++) {
            List<String> ids = new ArrayList<>();
            for (int n = random.nextInt(4) == 0 ? 1001 + random.nextInt(50) : random.nextInt(300); n > 0; n--) {
                ids.add("P" + random.nextInt(1_000_000));
            }
            Map<String, String> parameters = new TreeMap<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                parameters.put(text(random) + n, text(random));
            }
            AuditEvent event = new AuditEvent(Instant.ofEpochSecond(1_790_000_000L + random.nextInt(1_000_000), random.nextInt(1_000_000_000)),
                    text(random), text(random), text(random), parameters, text(random), ids, text(random));
            String line = AuditLines.format(seq, PreparedEvent.of(event).body(), prev);
            assertThat(line).isEqualTo(wholeRecordLine(seq, event, prev)).isEqualTo(AuditLines.format(seq, event, prev));
            AuditLines.Parsed parsed = AuditLines.parse(line);
            assertThat(parsed.hashMatches()).isTrue();
            assertThat(parsed.record().seq()).isEqualTo(seq);
            assertThat(parsed.record().ids()).isEqualTo(ids.size() <= AuditLines.MAX_INLINE_IDS ? ids : List.of());
            prev = AuditLines.hashOf(line);
        }
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
