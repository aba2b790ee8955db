package org.kyosei.audit;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The files of one audit trail folder: the active trail, its head marker, the lock file, the archive
 * checkpoint and the archived segments.
 */
record TrailFolder(Path dir) {
    static final String ACTIVE = "trail.jsonl";

    Path active() { return dir.resolve(ACTIVE); }

    /** The sequence number and hash of the last record written; catches records cut off the end. */
    Path head() { return dir.resolve("head"); }

    Path lock() { return dir.resolve("trail.lock"); }

    Path checkpoint() { return dir.resolve("checkpoint.json"); }

    Path archiveDir() { return dir.resolve("archive"); }

    /** Creates the folder (owner-only where the file system allows) if it does not exist. */
    void create() {
        try {
            if (!Files.isDirectory(dir)) {
                if (posix()) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new AuditException("cannot create the audit folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
