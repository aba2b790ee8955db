package org.kyosei.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row of a weekly {@code anomalies.csv} as it was read back: each field the column's text as written (a list edited
 * by hand or written by an older version is shown as it is, never rejected), and the entity ids its evidence names.
 * {@code explanationJa} is the explanation in Japanese from the list's {@code anomalies.json}, empty when it has none.
 */
public record ListedLead(String rank, String subjectId, String subjectLabel, String indicator, String score, String status,
                         String firstSeen, String explanation, String evidence, String explanationJa) {
    /** A row with its explanation in English only. */
    public ListedLead(String rank, String subjectId, String subjectLabel, String indicator, String score, String status,
                      String firstSeen, String explanation, String evidence) {
        this(rank, subjectId, subjectLabel, indicator, score, status, firstSeen, explanation, evidence, "");
    }

    /** The file's columns, in order. */
    public static final List<String> COLUMNS = List.of("rank", "subject_id", "subject_label", "indicator", "score", "status",
            "first_seen", "explanation", "evidence");

    /** The lead of a row keyed by {@link #COLUMNS}; a missing column reads as empty. */
    static ListedLead of(Map<String, String> row) {
        return new ListedLead(row.getOrDefault("rank", ""), row.getOrDefault("subject_id", ""), row.getOrDefault("subject_label", ""),
                row.getOrDefault("indicator", ""), row.getOrDefault("score", ""), row.getOrDefault("status", ""),
                row.getOrDefault("first_seen", ""), row.getOrDefault("explanation", ""), row.getOrDefault("evidence", ""),
                row.getOrDefault("explanation_ja", ""));
    }

    /** The row with its explanation in the reader's language: Japanese when asked for and known, else as written. */
    public ListedLead in(Locale locale) {
        boolean japanese = locale != null && "ja".equals(locale.getLanguage()) && !explanationJa.isBlank();
        return japanese ? new ListedLead(rank, subjectId, subjectLabel, indicator, score, status, firstSeen, explanationJa,
                evidence, explanationJa) : this;
    }

    /** The row keyed by the file's column names, in their order: how the API shows it. */
    public Map<String, String> columns() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rank", rank);
        row.put("subject_id", subjectId);
        row.put("subject_label", subjectLabel);
        row.put("indicator", indicator);
        row.put("score", score);
        row.put("status", status);
        row.put("first_seen", firstSeen);
        row.put("explanation", explanation);
        row.put("evidence", evidence);
        return row;
    }

    /** The entity ids of the evidence, in order: its paths ({@code A>B>C}) are separated by {@code |}. */
    public List<String> evidenceIds() {
        List<String> ids = new ArrayList<>();
        for (String id : evidence.split("[>|]")) {
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The same lead with its subject, evidence and explanation as a caller that may not see identities gets them. */
    ListedLead shown(String subject, String shownEvidence, String shownExplanation) {
        return new ListedLead(rank, subject, subjectLabel, indicator, score, status, firstSeen,
                shownExplanation, shownEvidence, "");
    }
}
