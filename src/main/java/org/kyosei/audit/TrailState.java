package org.kyosei.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * What a writer last saw of the trail, right after its own append: which files the trail and its head were
 * (identity, size, modification time), the last record's sequence number and hash, and the first record's time.
 *
 * <p>As long as both files are still exactly as seen ({@link #stillDescribes}), nobody else wrote, repaired,
 * archived or cut the trail in between (every other writer appends, which changes the size, or replaces a file,
 * which changes its identity), so the next append can chain to the remembered record without reading the trail
 * again. Anything else sends the writer back to the full checks.
 */
record TrailState(FileStamp active, FileStamp head, long lastSeq, String lastHash, Instant firstRecordTime) {

    /** A file as the file system describes it; {@code null} fields when it does not exist. */
    record FileStamp(Object key, long size, long modifiedNanos) {
        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                return new FileStamp(attributes.fileKey(), attributes.size(),
                        modified.getEpochSecond() * 1_000_000_000L + modified.getNano());
            } catch (NoSuchFileException e) {
                return new FileStamp(null, -1, -1);
            } catch (IOException e) {
                throw new AuditException("cannot read the attributes of " + file + ": " + e.getMessage(), e);
            }
        }

        boolean knowable() {
            return key != null;
        }
    }

    /** True when the trail and head files are still exactly the ones this state was taken from. */
    boolean stillDescribes(TrailFolder folder) {
        return active.knowable() && Objects.equals(active, FileStamp.of(folder.active()))
                && Objects.equals(head, FileStamp.of(folder.head()));
    }

    /** True when the oldest record in the trail is older than the cutoff (archival is due). */
    boolean holdsRecordsBefore(Instant cutoff) {
        return firstRecordTime != null && firstRecordTime.isBefore(cutoff);
    }

    /** The same state after the head file was rewritten by the same writer. */
    TrailState withHead(TrailFolder folder) {
        return new TrailState(active, FileStamp.of(folder.head()), lastSeq, lastHash, firstRecordTime);
    }
}
