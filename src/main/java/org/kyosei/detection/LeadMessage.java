package org.kyosei.detection;

import java.util.List;
import java.util.Objects;

/**
 * A lead's explanation as data: a message key of the {@code i18n/leads} bundles (keys
 * {@code lead.*}) and its arguments, rendered by {@link LeadText} in the reader's language. An
 * argument is a number, a string (ids, dates, amounts already formatted), a nested message, or a
 * {@link Joined} list of messages.
 */
public record LeadMessage(String key, List<Object> args) {
    public LeadMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static LeadMessage of(String key, Object... args) {
        return new LeadMessage(key, List.of(args));
    }

    /** Messages joined pairwise with the two-argument message {@code key} ("{0} and {1}"). */
    public record Joined(String key, List<LeadMessage> parts) {
        public Joined {
            Objects.requireNonNull(key, "key");
            parts = List.copyOf(parts);
        }
    }
}
