package org.kyosei.audit;

import java.util.Optional;

/**
 * The outcome of checking a trail: how many records were checked (archived ones included), the last record,
 * and, when broken, one line naming the first broken record and why.
 */
public record Verification(long records, long archived, long lastSeq, String lastHash, Optional<String> problem) {
    public boolean intact() {
        return problem.isEmpty();
    }
}
