package org.kyosei.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Signs the head of one trail: the last record forced to the disk, as its {@code head} file names it (never a
 * record a power cut could still take away, so an anchor never outlives its record). Anchors go to the anchors
 * folder, outside the audit folder, and wherever a caller writes them (a weekly report's folder). The signing key is
 * loaded (or made) on first use.
 */
public final class TrailAnchors {
    private final TrailFolder folder;
    private final Path keyFile;
    private final Path anchorsDir;
    private final Clock clock;
    private SigningKey key;
    private TrailHead lastAnchored;

    /**
     * @param auditDir   the trail's folder
     * @param keyFile    the private signing key (made there on first use)
     * @param anchorsDir where {@link #anchorHead} appends
     */
    public TrailAnchors(Path auditDir, Path keyFile, Path anchorsDir, Clock clock) {
        this.folder = new TrailFolder(auditDir.toAbsolutePath().normalize());
        this.keyFile = keyFile;
        this.anchorsDir = anchorsDir;
        this.clock = clock;
    }

    public Path anchorsDir() {
        return anchorsDir;
    }

    /** The trail's durable head, signed now; empty while the trail has no record. */
    public synchronized Optional<Anchor> signHead() {
        Optional<TrailHead> head = durableHead();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (key == null) {
            key = SigningKeys.loadOrCreate(keyFile);
        }
        return Optional.of(Anchor.sign(head.get(), clock.instant(), key));
    }

    /** {@link #signHead} and appends the anchor to the anchors folder. */
    public synchronized Optional<Anchor> anchorHead() {
        Optional<Anchor> anchor = signHead();
        anchor.ifPresent(a -> {
            AnchorFiles.append(anchorsDir, a);
            lastAnchored = a.head();
        });
        return anchor;
    }

    /** {@link #anchorHead} unless the head is still the one this object anchored last (an idle service adds nothing). */
    public synchronized Optional<Anchor> anchorHeadIfMoved() {
        Optional<TrailHead> head = durableHead();
        return head.isEmpty() || head.get().equals(lastAnchored) ? Optional.empty() : anchorHead();
    }

    /**
     * The record the head file names, after checking it against the end of the trail: the head may trail the last
     * record (a service writes before it forces) but never pass it, and names the last record by its hash.
     */
    Optional<TrailHead> durableHead() {
        String text;
        try {
            text = Files.readString(folder.head(), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new AuditException("cannot read " + folder.head() + ": " + e.getMessage(), e);
        }
        String[] fields = text.split(" ");
        if (fields.length != 2 || !fields[0].matches("\\d{1,18}") || !fields[1].matches("[0-9a-f]{64}")) {
            throw new AuditException(folder.head() + " is unreadable; run 'kyosei audit verify'");
        }
        TrailHead head = new TrailHead(Long.parseLong(fields[0]), fields[1]);
        Optional<String> lastLine = TrailIo.lastLine(folder.active());
        if (lastLine.isPresent()) {
            AuditRecord last;
            try {
                last = AuditLines.parse(lastLine.get()).record();
            } catch (IllegalArgumentException e) {
                return Optional.of(head);                // a torn append: the next writer sets it aside
            }
            if (last.seq() < head.seq() || (last.seq() == head.seq() && !last.hash().equals(head.hash()))) {
                throw new AuditException(folder.dir() + ": the audit trail is damaged (it ends at record " + last.seq()
                        + " but its head names record " + head.seq() + "); run 'kyosei audit verify'");
            }
        }
        return head.seq() < 1 ? Optional.empty() : Optional.of(head);
    }
}
