package org.kyosei.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditLog;

import tools.jackson.databind.json.JsonMapper;

/**
 * A plain append-only JSON-lines audit file, NOT hash-chained: what {@code kyosei serve} records into until the
 * hash-chained implementation of {@code org.kyosei.audit} is wired in its place (one line in
 * {@code cli/ServeCommand}). Synchronous: each record is written and forced to disk before {@link #record}
 * returns.
 */
public final class InterimAuditLog implements AuditLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Path file;

    public InterimAuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void record(AuditEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", event.time().toString());
        line.put("user", event.user());
        line.put("role", event.role());
        line.put("action", event.action());
        line.put("parameters", event.parameters());
        line.put("case", event.caseReference());
        line.put("resultIds", event.resultIds());
        line.put("outcome", event.outcome());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit file " + file, e);
        }
    }
}
