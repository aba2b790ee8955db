package org.kyosei.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a trail end to end: the signature of every anchor it is given, every archived segment against the SHA-256
 * in the checkpoint, then every record (archived and active) for its own hash, its sequence number and its link to
 * the record before, the {@code head} file against the last record, and finally that the trail holds each anchor's
 * record with the anchor's hash. Stops at the first problem and names it.
 *
 * <p>The head file lives in the audit folder, so whoever can write there can cut records off the end and rewrite
 * the head to match; only an anchor signed before the cut, kept where they cannot reach, shows it.
 */
public final class TrailVerifier {
    private final TrailFolder folder;

    public TrailVerifier(Path dir) {
        this.folder = new TrailFolder(dir.toAbsolutePath().normalize());
    }

    /** Checks the trail on its own (no anchors). */
    public Verification verify() {
        return verify(List.of(), List.of());
    }

    /**
     * Checks the trail and, against it, every anchor found.
     *
     * @param trusted the public keys whose signatures are accepted (an anchor names its key by id)
     */
    public Verification verify(List<AnchorFiles.Found> anchors, List<VerifyingKey> trusted) {
        if (!Files.exists(folder.active()) && !Files.exists(folder.checkpoint())) {
            throw new AuditException("no audit trail in " + folder.dir());
        }
        Optional<String> forged = AnchorChecks.signatures(anchors, trusted);
        if (forged.isPresent()) {
            return new Verification(0, 0, 0, AuditLines.GENESIS, anchors.size(), forged);
        }
        List<Anchor> signed = anchors.stream().map(AnchorFiles.Found::anchor).toList();
        return TrailHandles.lockedOnce(folder, () -> verifyLocked(anchors, signed));
    }

    private Verification verifyLocked(List<AnchorFiles.Found> found, List<Anchor> anchors) {
        Chain chain = new Chain(anchors.size());
        anchors.forEach(anchor -> chain.want(anchor.seq()));
        Head head = readHead();
        if (head != null && head.seq() >= 0) {
            chain.want(head.seq());
        }
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
        Optional<String> headProblem = checkHead(chain, head);
        if (headProblem.isPresent()) {
            return chain.broken(headProblem.get());
        }
        Optional<String> anchorProblem = AnchorChecks.against(found, chain.lastSeq, chain.found);
        if (anchorProblem.isPresent()) {
            return chain.broken(anchorProblem.get());
        }
        return new Verification(chain.records, archived, chain.lastSeq, chain.lastHash, anchors.size(), Optional.empty());
    }

    /** The head file's record; null when there is no head file, sequence number -1 when it is unreadable. */
    private record Head(long seq, String hash) {
    }

    private Head readHead() {
        if (!Files.exists(folder.head())) {
            return null;
        }
        String[] head = new String(read(folder.head()), StandardCharsets.UTF_8).strip().split(" ");
        try {
            return new Head(Long.parseLong(head[0]), head.length < 2 ? "" : head[1]);
        } catch (NumberFormatException e) {
            return new Head(-1, "");
        }
    }

    private Optional<String> checkHead(Chain chain, Head head) {
        if (head == null) {
            return chain.records == 0 ? Optional.empty()
                    : Optional.of(folder.head() + " is missing: cannot tell whether records were cut off the end");
        }
        if (head.seq() < 0) {
            return Optional.of(folder.head() + " is unreadable");
        }
        if (head.seq() > chain.lastSeq) {
            return Optional.of("record " + (chain.lastSeq + 1) + " is missing: the trail ends at record " + chain.lastSeq
                    + " but record " + head.seq() + " was written (records were cut off the end)");
        }
        String hashAtHead = chain.found.get(head.seq());
        if (hashAtHead != null && !hashAtHead.equals(head.hash())) {
            return Optional.of("record " + head.seq() + " differs from the one written (its hash is not the one in "
                    + folder.head() + ")");
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
        /** The sequence numbers whose hashes are wanted (the head's, the anchors'), and the hashes found for them. */
        private final java.util.Set<Long> wanted;
        final java.util.Map<Long, String> found = new java.util.HashMap<>();

        Chain(int expected) {
            wanted = new java.util.HashSet<>(expected + 1);
        }

        void want(long seq) {
            wanted.add(seq);
        }

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
                if (wanted.contains(lastSeq)) {
                    found.put(lastSeq, lastHash);
                }
            }
            return Optional.empty();
        }

        Verification broken(String problem) {
            return new Verification(records, 0, lastSeq, lastHash, 0, Optional.of(problem));
        }
    }
}
