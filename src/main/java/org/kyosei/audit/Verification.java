package org.kyosei.audit;

import java.util.Optional;

/**
 * The outcome of checking a trail: how many records were checked (archived ones included), the last record, how
 * many signed anchors it was checked against, and, when broken, one line naming the first problem found.
 */
public record Verification(long records, long archived, long lastSeq, String lastHash, int anchors,
                           Optional<String> problem) {
    public boolean intact() {
        return problem.isEmpty();
    }
}
