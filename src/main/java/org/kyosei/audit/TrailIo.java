package org.kyosei.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** File operations of the trail: durable appends and replacements, owner-only files, reading first and last lines. */
final class TrailIo {
    private TrailIo() {
    }

    static FileAttribute<?>[] ownerOnly() {
        return TrailFolder.posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /**
     * Appends the bytes through a channel open for appending to {@code file}; {@code force} also waits until they (and
     * the file length) are on the disk.
     */
    static void append(FileChannel channel, Path file, byte[] bytes, boolean force) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (force) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new AuditException("cannot append to the audit trail " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forces what was written to the file to the disk; nothing when the file does not exist yet. */
    static void force(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new AuditException("cannot force the audit trail " + file + " to the disk: " + e.getMessage(), e);
        }
    }

    /** Replaces the file by writing a forced temporary file and moving it over atomically. */
    static void writeAtomically(Path file, byte[] bytes) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new AuditException("cannot write " + file + ": " + e.getMessage(), e);
        }
        writeForced(temp, bytes);
        moveAtomically(temp, file);
    }

    /** Writes a new file (owner only) and forces it to the disk. */
    static void writeForced(Path file, byte[] bytes) {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel channel = FileChannel.open(file, options, ownerOnly())) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new AuditException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Moves a file over another in one step. */
    static void moveAtomically(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AuditException("cannot write " + to + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file if it is there; a failure leaves only a stray temporary file behind. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to do: the file is a temporary one
        }
    }

    static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.getLast().isEmpty()) {
                lines.removeLast();
            }
            return lines;
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> firstLine(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(reader.readLine()).filter(l -> !l.isEmpty());
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file's last byte is a newline (read alone: a trail can be long). */
    static boolean endsWithNewline(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length == 0) {
                return false;
            }
            raf.seek(length - 1);
            return raf.read() == '\n';
        }
    }

    /** The last complete line, read backwards from the end (a trail can be long). */
    static Optional<String> lastLine(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long end = raf.length();
            if (end == 0) {
                return Optional.empty();
            }
            raf.seek(end - 1);
            if (raf.read() == '\n') {
                end--;
            }
            long start = end;
            byte[] chunk = new byte[8192];
            search:
            while (start > 0) {
                int size = (int) Math.min(chunk.length, start);
                raf.seek(start - size);
                raf.readFully(chunk, 0, size);
                for (int i = size - 1; i >= 0; i--) {
                    if (chunk[i] == '\n') {
                        start = start - size + i + 1;
                        break search;
                    }
                }
                start -= size;
            }
            byte[] line = new byte[(int) (end - start)];
            raf.seek(start);
            raf.readFully(line);
            return Optional.of(new String(line, StandardCharsets.UTF_8)).filter(l -> !l.isEmpty());
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
