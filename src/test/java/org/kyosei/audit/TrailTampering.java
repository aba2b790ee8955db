package org.kyosei.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits a trail file line by line, the way someone covering their tracks would. */
final class TrailTampering {
    private TrailTampering() {
    }

    static void rewrite(Path file, UnaryOperator<List<String>> change) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            List<String> changed = change.apply(lines);
            Files.writeString(file, String.join("\n", changed) + (changed.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The attack a head file alone cannot show: keeps the first {@code keep} records of the active trail and rewrites
     * {@code head} to name the last one kept, as if nothing had come after it.
     */
    static void cutAndRewriteHead(Path auditDir, int keep) {
        rewrite(auditDir.resolve("trail.jsonl"), lines -> new ArrayList<>(lines.subList(0, keep)));
        AuditRecord last = AuditLines.parse(TrailIo.lastLine(auditDir.resolve("trail.jsonl")).orElseThrow()).record();
        try {
            Files.writeString(auditDir.resolve("head"), last.seq() + " " + last.hash() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
