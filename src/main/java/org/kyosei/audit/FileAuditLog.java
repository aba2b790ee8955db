package org.kyosei.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail as a folder of hash-chained JSON lines ({@link AuditLines}): append-only, one record per
 * event, each forced to the disk before {@link #record} returns.
 *
 * <p>Writers are serialised by a lock per folder inside the JVM and by an exclusive lock on
 * {@code trail.lock} across processes ({@link TrailHandles}); each append chains to the current last record under
 * that lock, so sequence numbers stay gap-free whoever writes. A log keeps the lock file and the trail open between
 * its appends; {@link #close} releases them. After each append the {@code head} file names the last
 * record, so records cut off the end are detected too.
 *
 * <p>Retention: records older than the retention period are moved, oldest first, to
 * {@code archive/trail-FIRST-LAST.jsonl}; {@code checkpoint.json} keeps every archived segment's SHA-256
 * and the hash of the last archived record, which the first record still in {@code trail.jsonl} chains to.
 * Nothing is deleted, and the archival itself is recorded as an {@code audit.archive} event.
 */
public final class FileAuditLog implements AuditLog, AutoCloseable {
    /** More than a year, as the issue asks. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(400);
    static final String SYSTEM_USER = "kyosei";
    static final String SYSTEM_ROLE = "SYSTEM";

    private final TrailFolder folder;
    private final TrailHandles handles;
    private final Duration retention;
    private final Clock clock;
    /** The trail as this log left it after its last append; guarded by the folder's locks. */
    private TrailState known;

    public FileAuditLog(Path dir) {
        this(dir, DEFAULT_RETENTION, Clock.systemUTC());
    }

    public FileAuditLog(Path dir, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("audit retention must be positive, got " + retention);
        }
        this.folder = new TrailFolder(dir.toAbsolutePath().normalize());
        this.handles = new TrailHandles(folder);
        this.retention = retention;
        this.clock = clock;
    }

    public Path dir() {
        return folder.dir();
    }

    @Override
    public void record(AuditEvent event) {
        recordAll(List.of(event));
    }

    /** Records the events in order with one forced write of the trail and one of the head (group commit). */
    @Override
    public void recordAll(List<AuditEvent> events) {
        repairArchiveAndAppend(PreparedEvent.ofAll(events), true);
    }

    @Override
    public void recordAllPrepared(List<PreparedEvent> events) {
        repairArchiveAndAppend(events, true);
    }

    /**
     * Appends the events, chained as {@link #recordAll} would, but hands them to the operating system without
     * forcing them to the disk and leaves the head where it was; {@link #forceAndAdvanceHead} makes them durable.
     * A crash of the process loses nothing (the kernel holds the bytes); a power cut loses at most what was
     * appended since the last force, and the head never names a record that did not reach the disk.
     */
    void appendWithoutForce(List<PreparedEvent> events) {
        repairArchiveAndAppend(events, false);
    }

    /**
     * Under the folder's locks: finishes an interrupted archival, sets a torn tail aside, archives, then appends.
     * When the trail is exactly as this log left it after its own last append ({@link TrailState}) and nothing is
     * due for archival, none of that can be needed and the append chains to the remembered last record: the
     * common case of a service that is the trail's only writer costs two file-attribute reads, not a re-read of
     * the trail.
     */
    private void repairArchiveAndAppend(List<PreparedEvent> events, boolean forced) {
        if (events.isEmpty()) {
            return;
        }
        handles.locked(() -> {
            TrailState state = known;
            known = null;
            if (state == null || !state.stillDescribes(folder) || state.holdsRecordsBefore(cutoff())) {
                state = null;
                handles.reopen();
                finishInterruptedArchival();
                setTornTailAside();
                archiveExpired();
            }
            known = appendAll(events, forced, state);
            return null;
        });
    }

    private Instant cutoff() {
        return clock.instant().minus(retention);
    }

    /**
     * Forces the trail to the disk, then moves the head to the last record written before the force. Only noting
     * that record and the final rename of the head hold the folder's locks: the forces themselves (milliseconds
     * each) run outside them, so appends, and the answers waiting on them, are not held up by the disk.
     */
    void forceAndAdvanceHead() {
        Last noted = handles.locked(this::lastWritten);
        if (noted == null) {
            return;
        }
        TrailIo.force(folder.active());
        Path ready = folder.dir().resolve("head." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        TrailIo.writeForced(ready, headLine(noted.seq(), noted.hash()));
        try {
            handles.locked(() -> {
                Last head = readHead();
                if (head == null || head.seq() < noted.seq()) {
                    TrailIo.moveAtomically(ready, folder.head());
                    if (known != null) {
                        known = known.withHead(folder);
                    }
                }
                return null;
            });
        } finally {
            TrailIo.deleteQuietly(ready);
        }
    }

    /** The sequence number and hash of a record. */
    private record Last(long seq, String hash) {
    }

    /** The last record appended: as this log left the trail if it still is so, else as read from the trail. */
    private Last lastWritten() {
        TrailState state = known;
        if (state != null && state.stillDescribes(folder)) {
            return new Last(state.lastSeq(), state.lastHash());
        }
        AuditRecord last = lastRecord();
        return last == null ? null : new Last(last.seq(), last.hash());
    }

    /** The record the head file names: null when there is no head file, sequence number -1 when it is malformed. */
    private Last readHead() {
        String text;
        try {
            text = Files.readString(folder.head(), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new AuditException("cannot read " + folder.head() + ": " + e.getMessage(), e);
        }
        String[] fields = text.strip().split(" ");
        return fields.length == 2 && fields[0].matches("\\d{1,18}")
                ? new Last(Long.parseLong(fields[0]), fields[1]) : new Last(-1, "");
    }

    /** The head file's content: the sequence number and hash of the last durable record. */
    private static byte[] headLine(long seq, String hash) {
        return (seq + " " + hash + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Releases the lock file and the trail this log keeps open; a later append opens them again. */
    @Override
    public void close() {
        handles.close();
    }

    private void append(AuditEvent event) {
        appendAll(List.of(PreparedEvent.of(event)), true, null);
    }

    /**
     * Appends the events chained to the last record: the remembered one when {@code known} is given, else the
     * one read from the trail (or the checkpoint), after checking that nothing was cut off the end.
     *
     * @return the trail as this append leaves it
     */
    private TrailState appendAll(List<PreparedEvent> events, boolean forced, TrailState known) {
        long lastSeq;
        String prev;
        if (known != null) {
            lastSeq = known.lastSeq();
            prev = known.lastHash();
        } else {
            AuditRecord last = lastRecord();
            Checkpoint checkpoint = last == null ? Checkpoint.load(folder.checkpoint()) : null;
            lastSeq = last == null ? checkpoint.seq() : last.seq();
            prev = last == null ? checkpoint.hash() : last.hash();
            refuseWhenCutShort(lastSeq, prev);
        }
        Instant firstRecordTime = known != null ? known.firstRecordTime() : firstRecordTime();
        if (firstRecordTime == null) {
            firstRecordTime = events.getFirst().event().time();
        }
        long seq = lastSeq;
        StringBuilder lines = new StringBuilder();
        for (PreparedEvent event : events) {
            seq++;
            String line = AuditLines.format(seq, event.body(), prev);
            prev = AuditLines.hashOf(line);
            lines.append(line).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        TrailIo.append(handles.trail(), folder.active(), bytes, forced);
        if (forced) {
            TrailIo.writeAtomically(folder.head(), headLine(seq, prev));
        }
        // an append without force leaves the head as the check before it found it (under the same lock)
        TrailState.FileStamp head = forced || known == null ? TrailState.FileStamp.of(folder.head()) : known.head();
        return new TrailState(TrailState.FileStamp.of(folder.active()), head, seq, prev, firstRecordTime);
    }

    /** The time of the oldest record still in the trail, or null when it is empty or unreadable. */
    private Instant firstRecordTime() {
        Optional<String> first = TrailIo.firstLine(folder.active());
        try {
            return first.isEmpty() ? null : AuditLines.parse(first.get()).record().time();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Appending after records were cut off the end would hide the cut for ever (the head would move on), so the
     * log fails closed instead: nothing more is recorded, and so nothing more is read, until someone looks.
     */
    private void refuseWhenCutShort(long lastSeq, String lastHash) {
        Last head = readHead();
        if (head == null) {
            if (lastSeq > 1) {
                throw new AuditException(folder.dir() + ": the audit trail is damaged (its head file is missing); "
                        + "run 'kyosei audit verify'");
            }
            return;
        }
        long headSeq = head.seq();
        if (headSeq < 0 || headSeq > lastSeq || (headSeq == lastSeq && !head.hash().equals(lastHash))) {
            throw new AuditException(folder.dir() + ": the audit trail is damaged (the trail ends at record " + lastSeq
                    + " but its head names record " + (headSeq < 0 ? "?" : headSeq) + "); run 'kyosei audit verify'");
        }
    }

    private AuditRecord lastRecord() {
        Optional<String> line = TrailIo.lastLine(folder.active());
        if (line.isEmpty()) {
            return null;
        }
        try {
            return AuditLines.parse(line.get()).record();
        } catch (IllegalArgumentException e) {
            throw new AuditException(folder.active() + ": the last record is unreadable (" + e.getMessage()
                    + "); run 'kyosei audit verify'");
        }
    }

    /**
     * A crash in the middle of an append can leave a last line without its newline: that line was never
     * acknowledged. It is moved to a {@code torn-*.fragment} file beside the trail (not dropped) and the
     * repair is recorded.
     */
    private void setTornTailAside() {
        Path active = folder.active();
        try {
            if (!Files.exists(active) || Files.size(active) == 0 || TrailIo.endsWithNewline(active)) {
                return;
            }
            byte[] bytes = Files.readAllBytes(active);
            int keep = bytes.length;
            while (keep > 0 && bytes[keep - 1] != '\n') {
                keep--;
            }
            Path fragment = folder.dir().resolve("torn-" + clock.millis() + ".fragment");
            TrailIo.writeAtomically(fragment, java.util.Arrays.copyOfRange(bytes, keep, bytes.length));
            try (FileChannel channel = FileChannel.open(active, StandardOpenOption.WRITE)) {
                channel.truncate(keep);
                channel.force(true);
            }
            append(systemEvent("audit.repair", Map.of("fragment", fragment.getFileName().toString(),
                    "bytes", String.valueOf(bytes.length - keep))));
        } catch (IOException e) {
            throw new AuditException("cannot repair " + active + ": " + e.getMessage(), e);
        }
    }

    private void archiveExpired() {
        Instant cutoff = cutoff();
        Optional<String> first = TrailIo.firstLine(folder.active());
        if (first.isEmpty() || !isBefore(first.get(), cutoff)) {
            return;
        }
        List<String> lines = TrailIo.lines(folder.active());
        int expired = 0;
        while (expired < lines.size() && isBefore(lines.get(expired), cutoff)) {
            expired++;
        }
        AuditRecord firstRecord = AuditLines.parse(lines.getFirst()).record();
        AuditRecord lastRecord = AuditLines.parse(lines.get(expired - 1)).record();
        String name = String.format(java.util.Locale.ROOT, "trail-%012d-%012d.jsonl", firstRecord.seq(), lastRecord.seq());
        byte[] archived = joined(lines.subList(0, expired));
        try {
            Files.createDirectories(folder.archiveDir());
        } catch (IOException e) {
            throw new AuditException("cannot create " + folder.archiveDir() + ": " + e.getMessage(), e);
        }
        Path archive = folder.archiveDir().resolve(name);
        TrailIo.writeAtomically(archive, archived);
        String digest = ResultDigest.of(archived);
        Checkpoint.load(folder.checkpoint())
                .plus(new Checkpoint.Segment("archive/" + name, firstRecord.seq(), lastRecord.seq(), lastRecord.hash(), digest))
                .save(folder.checkpoint());
        TrailIo.writeAtomically(folder.active(), joined(lines.subList(expired, lines.size())));
        append(systemEvent("audit.archive", Map.of("file", "archive/" + name, "first", String.valueOf(firstRecord.seq()),
                "last", String.valueOf(lastRecord.seq()), "sha256", digest, "olderThan", cutoff.toString())));
    }

    /** If a crash came after the checkpoint was saved but before the active trail was rewritten, finish the job. */
    private void finishInterruptedArchival() {
        Checkpoint checkpoint = Checkpoint.load(folder.checkpoint());
        Optional<String> first = TrailIo.firstLine(folder.active());
        if (checkpoint.seq() == 0 || first.isEmpty() || seqOf(first.get()) > checkpoint.seq()) {
            return;
        }
        List<String> remaining = new ArrayList<>();
        for (String line : TrailIo.lines(folder.active())) {
            if (seqOf(line) > checkpoint.seq()) {
                remaining.add(line);
            }
        }
        TrailIo.writeAtomically(folder.active(), joined(remaining));
    }

    private static long seqOf(String line) {
        try {
            return AuditLines.parse(line).record().seq();
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isBefore(String line, Instant cutoff) {
        try {
            return AuditLines.parse(line).record().time().isBefore(cutoff);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private AuditEvent systemEvent(String action, Map<String, String> parameters) {
        return new AuditEvent(clock.instant(), SYSTEM_USER, SYSTEM_ROLE, action, parameters, "", List.of(), "OK");
    }

    private static byte[] joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
