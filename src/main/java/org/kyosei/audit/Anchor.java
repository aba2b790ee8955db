package org.kyosei.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed statement that the trail held record {@code seq} with hash {@code hash} at {@code time}: a checkpoint kept
 * outside the audit folder, as Certificate Transparency's signed tree heads or CloudTrail's digest files are. Whoever
 * can rewrite the trail and its head cannot make one without the signing key, so a trail cut back behind an anchor,
 * or rewritten before it, no longer verifies.
 *
 * <p>The signature is Ed25519 over {@link #signedText}: the lines {@code kyosei-audit-anchor/1}, the sequence number,
 * the hash, the time and the key id, each ending with a newline. As JSON (one object, one line):
 * {@code {"anchor":"kyosei-audit-anchor/1","seq":..,"hash":"..","time":"..","keyId":"..","signature":"base64"}}.
 */
public record Anchor(long seq, String hash, String time, String keyId, String signature) {
    public static final String FORMAT = "kyosei-audit-anchor/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    /** Signs the head with the key, at {@code time} (kept to the millisecond). */
    public static Anchor sign(TrailHead head, Instant time, SigningKey key) {
        String when = time.truncatedTo(ChronoUnit.MILLIS).toString();
        String keyId = key.verifying().id();
        byte[] signature = key.sign(signedText(head.seq(), head.hash(), when, keyId));
        return new Anchor(head.seq(), head.hash(), when, keyId, Base64.getEncoder().encodeToString(signature));
    }

    public TrailHead head() {
        return new TrailHead(seq, hash);
    }

    /** The exact bytes the signature covers. */
    static byte[] signedText(long seq, String hash, String time, String keyId) {
        return (FORMAT + "\n" + seq + "\n" + hash + "\n" + time + "\n" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the key signed this anchor (a different key, or any change to a field or the signature, fails). */
    public boolean signedBy(VerifyingKey key) {
        if (!key.id().equals(keyId)) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return key.verifies(signedText(seq, hash, time, keyId), bytes);
    }

    /** One line of JSON, without newline. */
    public String json() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("anchor", FORMAT);
        fields.put("seq", seq);
        fields.put("hash", hash);
        fields.put("time", time);
        fields.put("keyId", keyId);
        fields.put("signature", signature);
        return JSON.writeValueAsString(fields);
    }

    /** @throws IllegalArgumentException when the text is not an anchor */
    static Anchor parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (node == null || !node.isObject() || !FORMAT.equals(node.path("anchor").asString(""))) {
            throw new IllegalArgumentException("not a " + FORMAT + " object");
        }
        if (!node.path("seq").isIntegralNumber() || node.path("seq").asLong() < 1) {
            throw new IllegalArgumentException("no sequence number");
        }
        String hash = node.path("hash").asString("");
        String time = node.path("time").asString("");
        String keyId = node.path("keyId").asString("");
        if (!HEX64.matcher(hash).matches() || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("malformed hash or key id");
        }
        try {
            Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed time");
        }
        return new Anchor(node.path("seq").asLong(), hash, time, keyId, node.path("signature").asString(""));
    }
}
