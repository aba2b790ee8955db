package org.kyosei.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text form of a record: one JSON object per line, fields in a fixed order, ending with
 * {@code "hash"}, the SHA-256 of the exact UTF-8 bytes of the line before {@code ,"hash":"}. Hashing the
 * bytes as written (not a re-serialisation) makes any edit, even of white space, visible.
 */
final class AuditLines {
    /** The {@code prev} of the very first record. */
    static final String GENESIS = "0".repeat(64);
    /** Above this many returned ids, a record keeps their count and digest instead of the ids. */
    static final int MAX_INLINE_IDS = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HASH_FIELD = ",\"hash\":\"";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private AuditLines() {
    }

    /** The line (without newline) for an event stored as record {@code seq} after the record hashed {@code prev}. */
    static String format(long seq, AuditEvent event, String prev) {
        return format(seq, body(event), prev);
    }

    /**
     * The line for record {@code seq} from an event's {@link #body}: only numbering, chaining and hashing are left,
     * the cheap part that must happen in trail order.
     */
    static String format(long seq, String body, String prev) {
        String prefix = "{\"seq\":" + seq + "," + body + ",\"prev\":\"" + prev + "\"";
        return prefix + HASH_FIELD + ResultDigest.of(prefix) + "\"}";
    }

    /**
     * The fields of an event's line between {@code seq} and {@code prev} ({@code "time":...,"outcome":"..."}), as
     * written there. Rendering them is most of the work of a record (hundreds of ids, parameters), and needs neither
     * the sequence number nor the previous hash, so it can happen before the trail is locked.
     */
    static String body(AuditEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", event.time().toString());
        node.put("user", nonNull(event.user()));
        node.put("role", nonNull(event.role()));
        node.put("action", nonNull(event.action()));
        ObjectNode parameters = node.putObject("parameters");
        // values were bounded when the event was made (AuditLimits)
        new TreeMap<>(event.parameters()).forEach((key, value) -> parameters.put(key, nonNull(value)));
        node.put("case", nonNull(event.caseReference()));
        List<String> ids = event.resultIds();
        node.put("idCount", ids.size());
        if (ids.size() <= MAX_INLINE_IDS) {
            ArrayNode array = node.putArray("ids");
            ids.forEach(array::add);
        } else {
            node.put("idDigest", ResultDigest.ofIds(ids));
        }
        node.put("outcome", nonNull(event.outcome()));
        String object = JSON.writeValueAsString(node);
        return object.substring(1, object.length() - 1);
    }

    /** The hash of a line {@link #format} made (its last 64 characters before the closing {@code "}}). */
    static String hashOf(String formattedLine) {
        return formattedLine.substring(formattedLine.length() - 66, formattedLine.length() - 2);
    }

    /** A line as read back, with whether its stored hash matches its content. */
    record Parsed(AuditRecord record, boolean hashMatches) {
    }

    /** @throws IllegalArgumentException when the line is not a record at all */
    static Parsed parse(String line) {
        int at = line.lastIndexOf(HASH_FIELD);
        if (at < 0 || !line.endsWith("\"}")) {
            throw new IllegalArgumentException("not a record (no hash at its end)");
        }
        String prefix = line.substring(0, at);
        String hash = line.substring(at + HASH_FIELD.length(), line.length() - 2);
        if (!HEX64.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a record (malformed hash)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a record (not JSON)");
        }
        if (node == null || !node.isObject() || !node.path("seq").isIntegralNumber()) {
            throw new IllegalArgumentException("not a record (no sequence number)");
        }
        Map<String, String> parameters = new TreeMap<>();
        node.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asString("")));
        List<String> ids = new ArrayList<>();
        node.path("ids").forEach(id -> ids.add(id.asString("")));
        Instant time;
        try {
            time = Instant.parse(node.path("time").asString(""));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a record (bad time)");
        }
        AuditRecord record = new AuditRecord(node.path("seq").asLong(), time, text(node, "user"), text(node, "role"),
                text(node, "action"), parameters, text(node, "case"), ids, node.path("idCount").asInt(ids.size()),
                text(node, "idDigest"), text(node, "outcome"), text(node, "prev"), hash);
        return new Parsed(record, ResultDigest.of(prefix).equals(hash));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString("");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
