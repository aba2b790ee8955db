package org.kyosei.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link TrailVerifier} asks of anchors: that the trusted key signed them, and that the trail agrees with them. */
final class AnchorChecks {
    private AnchorChecks() {
    }

    /** The first anchor that is unreadable or not signed by a trusted key, named by its file. */
    static Optional<String> signatures(List<AnchorFiles.Found> anchors, List<VerifyingKey> trusted) {
        if (!anchors.isEmpty() && trusted.isEmpty()) {
            return Optional.of(anchors.size() + " anchors were found (" + anchors.getFirst().where()
                    + "...) but no public key to check them against: give --public-key FILE");
        }
        for (AnchorFiles.Found found : anchors) {
            if (found.anchor() == null) {
                return Optional.of(found.where() + " is not a readable anchor (" + found.unreadable() + "): forged or damaged");
            }
            Anchor anchor = found.anchor();
            Optional<VerifyingKey> key = trusted.stream().filter(k -> k.id().equals(anchor.keyId())).findFirst();
            if (key.isEmpty() || !anchor.signedBy(key.get())) {
                return Optional.of(found.where() + " is not signed by the audit key: forged or damaged ("
                        + (key.isEmpty() ? "it names key " + anchor.keyId() + ", trusted: "
                                + String.join(", ", trusted.stream().map(VerifyingKey::id).toList())
                                : "its signature does not match its content") + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * The first disagreement between the trail and the anchors: the trail ending before the furthest anchor's record
     * (records cut off), else the earliest anchor whose record has another hash (records rewritten).
     *
     * @param hashes the hash of the trail's record at each anchor's sequence number, where the trail reaches it
     */
    static Optional<String> against(List<AnchorFiles.Found> anchors, long lastSeq, Map<Long, String> hashes) {
        Optional<AnchorFiles.Found> furthest = anchors.stream().max(Comparator.comparingLong(f -> f.anchor().seq()));
        if (furthest.isPresent() && furthest.get().anchor().seq() > lastSeq) {
            Anchor anchor = furthest.get().anchor();
            return Optional.of("the trail ends at record " + lastSeq + " but an anchor signed " + anchor.time()
                    + " saw record " + anchor.seq() + ": records were cut off (" + furthest.get().where() + ")");
        }
        return anchors.stream().sorted(Comparator.comparingLong(f -> f.anchor().seq()))
                .filter(f -> !f.anchor().hash().equals(hashes.get(f.anchor().seq())))
                .findFirst()
                .map(f -> "record " + f.anchor().seq() + " is not the one an anchor signed " + f.anchor().time()
                        + " saw (" + f.where() + "): the trail was rewritten at or before that record");
    }
}
