package org.kyosei.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads the records of a trail, archived ones first, for listing; unreadable lines are skipped (verify names them). */
public final class TrailReader {
    private final TrailFolder folder;

    public TrailReader(Path dir) {
        this.folder = new TrailFolder(dir.toAbsolutePath().normalize());
    }

    public List<AuditRecord> read(Predicate<AuditRecord> filter) {
        if (!Files.exists(folder.active()) && !Files.exists(folder.checkpoint())) {
            throw new AuditException("no audit trail in " + folder.dir());
        }
        return TrailHandles.lockedOnce(folder, () -> {
            Checkpoint checkpoint = Checkpoint.load(folder.checkpoint());
            List<AuditRecord> records = new ArrayList<>();
            for (Checkpoint.Segment segment : checkpoint.segments()) {
                collect(TrailIo.lines(folder.dir().resolve(segment.file())), 0, filter, records);
            }
            collect(TrailIo.lines(folder.active()), checkpoint.seq(), filter, records);
            return records;
        });
    }

    private static void collect(List<String> lines, long after, Predicate<AuditRecord> filter, List<AuditRecord> into) {
        for (String line : lines) {
            try {
                AuditRecord record = AuditLines.parse(line).record();
                if (record.seq() > after && filter.test(record)) {
                    into.add(record);
                }
            } catch (IllegalArgumentException e) {
                // verify reports it
            }
        }
    }
}
