package org.kyosei.detection;

import java.util.List;
import java.util.Objects;

import org.kyosei.domain.NodeLabel;

/**
 * One lead for review: a subject, the indicator that found it, a score in [0, 1], one plain
 * sentence in English, the evidence as paths of node ids ({@code a>b>c} each), for a lead resting on
 * a tie to an organization the tie's rarity: the share of comparable entities with such a tie (NaN
 * when the lead does not rest on one), and the sentence as a message key with its arguments, which
 * {@link LeadText} renders in Japanese or English (null for a lead read back from a stored run).
 */
public record Lead(String subjectId, NodeLabel subjectLabel, String indicator, double score, String explanation,
                   List<String> evidencePaths, double rarity, LeadMessage message) {
    /** A lead that does not rest on a tie (or whose tie's rarity is unknown, as for stored runs). */
    public Lead(String subjectId, NodeLabel subjectLabel, String indicator, double score, String explanation,
                List<String> evidencePaths) {
        this(subjectId, subjectLabel, indicator, score, explanation, evidencePaths, Double.NaN);
    }

    /** A lead known by its English sentence only (as stored runs keep it). */
    public Lead(String subjectId, NodeLabel subjectLabel, String indicator, double score, String explanation,
                List<String> evidencePaths, double rarity) {
        this(subjectId, subjectLabel, indicator, score, explanation, evidencePaths, rarity, null);
    }

    /** A lead explained by a message; its English sentence is the message rendered in English. */
    public Lead(String subjectId, NodeLabel subjectLabel, String indicator, double score, LeadMessage message,
                List<String> evidencePaths, double rarity) {
        this(subjectId, subjectLabel, indicator, score, LeadText.english(message), evidencePaths, rarity, message);
    }

    public Lead {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectLabel, "subjectLabel");
        Objects.requireNonNull(indicator, "indicator");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside [0, 1]: " + score);
        }
        evidencePaths = List.copyOf(evidencePaths);
    }

    /** The evidence as CLI.md writes it: paths joined by {@code |}. */
    public String evidence() {
        return String.join("|", evidencePaths);
    }

    /** The key of a lead across weeks: one row per (subject, indicator). */
    public String key() {
        return subjectId + "\u0000" + indicator;
    }
}
