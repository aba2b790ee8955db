package org.kyosei.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where anchors are kept and found. An anchors folder holds one file per day ({@code anchors-YYYY-MM-DD.jsonl}, one
 * anchor per line, appended and forced); a weekly report or {@code audit anchor --out} writes one anchor as a file of
 * its own. In a folder, every {@code .json} or {@code .jsonl} file whose name contains "anchor" is read, sub-folders
 * included, so a whole reports folder can be given.
 */
public final class AnchorFiles {
    /** The file name a weekly report gives its anchor. */
    public static final String REPORT_FILE = "audit-anchor.json";

    private AnchorFiles() {
    }

    /** An anchor as found, or why the text found there is no anchor; {@code where} names the file (and line). */
    public record Found(String where, Anchor anchor, String unreadable) {
    }

    /** Appends the anchor to the folder's file of its day (UTC); creates the folder owner-only. */
    public static Path append(Path dir, Anchor anchor) {
        new TrailFolder(dir).create();
        String day = Instant.parse(anchor.time()).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        Path file = dir.resolve("anchors-" + day + ".jsonl");
        byte[] line = (anchor.json() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), TrailIo.ownerOnly())) {
            TrailIo.append(channel, file, line, true);
        } catch (IOException e) {
            throw new AuditException("cannot write the anchor into " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Writes the anchor as a file of its own (replacing one there), creating its folder. */
    public static void write(Path file, Anchor anchor) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new AuditException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        TrailIo.writeAtomically(file, (anchor.json() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The anchors in a file, or in every anchor file under a folder. A folder or file that does not exist is an error
     * when {@code required}, else holds no anchors.
     */
    public static List<Found> read(Path fileOrDir, boolean required) {
        if (!Files.exists(fileOrDir)) {
            if (required) {
                throw new AuditException("no anchor file or folder " + fileOrDir);
            }
            return List.of();
        }
        if (!Files.isDirectory(fileOrDir)) {
            return readFile(fileOrDir);
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(fileOrDir)) {
            files.filter(Files::isRegularFile).filter(AnchorFiles::looksLikeAnchorFile).sorted()
                    .forEach(file -> found.addAll(readFile(file)));
        } catch (IOException e) {
            throw new AuditException("cannot read the anchors in " + fileOrDir + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static boolean looksLikeAnchorFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("anchor") && (name.endsWith(".json") || name.endsWith(".jsonl"));
    }

    /**
     * Each line of the file is an anchor. A last line without its newline is an append a crash cut short and is
     * skipped; a file holding one anchor spread over several lines is read whole.
     */
    private static List<Found> readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Found> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean unreadable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean torn = i == lines.length - 1;                  // the text after the last newline
            if (line.isEmpty()) {
                continue;
            }
            try {
                found.add(new Found(file + (lines.length > 2 ? " line " + (i + 1) : ""), Anchor.parse(line), null));
            } catch (IllegalArgumentException e) {
                if (!torn || lines.length == 1) {
                    unreadable = true;
                    found.add(new Found(file + " line " + (i + 1), null, e.getMessage()));
                }
            }
        }
        if (unreadable) {
            try {
                return List.of(new Found(file.toString(), Anchor.parse(text), null));
            } catch (IllegalArgumentException e) {
                return found;
            }
        }
        return found;
    }
}
