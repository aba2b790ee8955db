package org.kyosei.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a trail end to end: every archived segment against the SHA-256 in the checkpoint, then every record
 * (archived and active) for its own hash, its sequence number and its link to the record before, and finally
 * the {@code head} file against the last record. Stops at the first broken record and names it.
 */
public final class TrailVerifier {
    private final TrailFolder folder;

    public TrailVerifier(Path dir) {
        this.folder = new TrailFolder(dir.toAbsolutePath().normalize());
    }

    public Verification verify() {
        if (!Files.exists(folder.active()) && !Files.exists(folder.checkpoint())) {
            throw new AuditException("no audit trail in " + folder.dir());
        }
        return TrailHandles.lockedOnce(folder, this::verifyLocked);
    }

    private Verification verifyLocked() {
        Chain chain = new Chain();
        Checkpoint checkpoint = Checkpoint.load(folder.checkpoint());
        for (Checkpoint.Segment segment : checkpoint.segments()) {
            Path file = folder.dir().resolve(segment.file());
            if (!Files.exists(file)) {
                return chain.broken("archived records " + segment.first() + ".." + segment.last() + " are missing: no file " + file);
            }
            byte[] bytes = read(file);
            if (!ResultDigest.of(bytes).equals(segment.sha256())) {
                return chain.broken("archive " + file + " was altered: its SHA-256 differs from the checkpoint's");
            }
            Optional<String> problem = chain.follow(file, TrailIo.lines(file), 0);
            if (problem.isPresent()) {
                return chain.broken(problem.get());
            }
            if (chain.lastSeq != segment.last() || !chain.lastHash.equals(segment.lastHash())) {
                return chain.broken("archive " + file + " does not end at record " + segment.last() + " as the checkpoint says");
            }
        }
        long archived = chain.records;
        if (chain.lastSeq != checkpoint.seq() || !chain.lastHash.equals(checkpoint.hash())) {
            return chain.broken(folder.checkpoint() + " does not match the archived records");
        }
        Optional<String> problem = chain.follow(folder.active(), TrailIo.lines(folder.active()), checkpoint.seq());
        if (problem.isPresent()) {
            return chain.broken(problem.get());
        }
        Optional<String> headProblem = checkHead(chain);
        if (headProblem.isPresent()) {
            return chain.broken(headProblem.get());
        }
        return new Verification(chain.records, archived, chain.lastSeq, chain.lastHash, Optional.empty());
    }

    private Optional<String> checkHead(Chain chain) {
        if (!Files.exists(folder.head())) {
            return chain.records == 0 ? Optional.empty()
                    : Optional.of(folder.head() + " is missing: cannot tell whether records were cut off the end");
        }
        String[] head = new String(read(folder.head()), StandardCharsets.UTF_8).strip().split(" ");
        long headSeq;
        try {
            headSeq = Long.parseLong(head[0]);
        } catch (NumberFormatException e) {
            return Optional.of(folder.head() + " is unreadable");
        }
        if (headSeq > chain.lastSeq) {
            return Optional.of("record " + (chain.lastSeq + 1) + " is missing: the trail ends at record " + chain.lastSeq
                    + " but record " + headSeq + " was written (records were cut off the end)");
        }
        String hashAtHead = chain.hashAt(headSeq);
        if (hashAtHead != null && (head.length < 2 || !hashAtHead.equals(head[1]))) {
            return Optional.of("record " + headSeq + " differs from the one written (its hash is not the one in " + folder.head() + ")");
        }
        return Optional.empty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state of the walk along the chain. */
    private static final class Chain {
        long records;
        long lastSeq;
        String lastHash = AuditLines.GENESIS;
        private final java.util.Map<Long, String> recentHashes = new java.util.LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Long, String> eldest) {
                return size() > 4;
            }
        };

        /** Walks the lines; leading records at or below {@code skipUpTo} were archived by an interrupted archival. */
        Optional<String> follow(Path file, List<String> lines, long skipUpTo) {
            boolean leading = true;
            for (int i = 0; i < lines.size(); i++) {
                String where = "(line " + (i + 1) + " of " + file + ")";
                AuditLines.Parsed parsed;
                try {
                    parsed = AuditLines.parse(lines.get(i));
                } catch (IllegalArgumentException e) {
                    return Optional.of("record " + (lastSeq + 1) + " " + where + " is unreadable: " + e.getMessage());
                }
                AuditRecord record = parsed.record();
                if (leading && skipUpTo > 0 && record.seq() <= skipUpTo && parsed.hashMatches()) {
                    continue;
                }
                leading = false;
                if (!parsed.hashMatches()) {
                    return Optional.of("record " + record.seq() + " " + where + " was altered: its hash does not match its content");
                }
                long expected = lastSeq + 1;
                if (record.seq() > expected) {
                    return Optional.of("record " + expected + " is missing: " + where + " holds record " + record.seq());
                }
                if (record.seq() < expected) {
                    return Optional.of("record " + record.seq() + " " + where + " is out of order or repeated: record "
                            + expected + " was expected");
                }
                if (!record.prev().equals(lastHash)) {
                    return Optional.of("record " + record.seq() + " " + where + " does not chain to record " + lastSeq
                            + ": a record before it was removed, inserted or reordered");
                }
                records++;
                lastSeq = record.seq();
                lastHash = record.hash();
                recentHashes.put(lastSeq, lastHash);
            }
            return Optional.empty();
        }

        String hashAt(long seq) {
            return recentHashes.get(seq);
        }

        Verification broken(String problem) {
            return new Verification(records, 0, lastSeq, lastHash, Optional.of(problem));
        }
    }
}
