package org.kyosei.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the active trail starts after archival: the last archived record (sequence number and hash, which the
 * first active record's {@code prev} must equal) and every archived segment with the SHA-256 of its file.
 */
record Checkpoint(long seq, String hash, List<Segment> segments) {
    static final Checkpoint NONE = new Checkpoint(0, AuditLines.GENESIS, List.of());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One archived file of records {@code first..last}. */
    record Segment(String file, long first, long last, String lastHash, String sha256) {
    }

    Checkpoint {
        segments = List.copyOf(segments);
    }

    Checkpoint plus(Segment segment) {
        List<Segment> all = new ArrayList<>(segments);
        all.add(segment);
        return new Checkpoint(segment.last(), segment.lastHash(), all);
    }

    static Checkpoint load(Path file) {
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<Segment> segments = new ArrayList<>();
            for (JsonNode s : node.path("segments")) {
                segments.add(new Segment(s.path("file").asString(""), s.path("first").asLong(), s.path("last").asLong(),
                        s.path("lastHash").asString(""), s.path("sha256").asString("")));
            }
            return new Checkpoint(node.path("seq").asLong(), node.path("hash").asString(""), segments);
        } catch (java.io.IOException | JacksonException e) {
            throw new AuditException(file + ": unreadable archive checkpoint: " + e.getMessage(), e);
        }
    }

    void save(Path file) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", seq);
        node.put("hash", hash);
        ArrayNode array = node.putArray("segments");
        for (Segment s : segments) {
            ObjectNode o = array.addObject();
            o.put("file", s.file());
            o.put("first", s.first());
            o.put("last", s.last());
            o.put("lastHash", s.lastHash());
            o.put("sha256", s.sha256());
        }
        TrailIo.writeAtomically(file, (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
