package org.kyosei.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kyosei.review.LeadDecision;
import org.kyosei.review.LeadDecisions;

/**
 * The week's leads and their review: the anomaly list of a week, the leads a caller names (by real subject id for a
 * role that sees identities, by pseudonym for one that does not, so a pseudonymous role cannot probe real ids), the
 * list as a pseudonymous role sees it, and the decisions made on leads.
 */
public final class LeadReview {
    private final AnomalyLists lists;
    private final Redactor redactor;
    private final LeadDecisions decisions;

    public LeadReview(AnomalyLists lists, Redactor redactor, LeadDecisions decisions) {
        this.lists = lists;
        this.redactor = redactor;
        this.decisions = decisions;
    }

    /** The list of the week holding {@code asOf} (null: the latest). */
    /** Every week that has a list, the latest first, with its counts. */
    public List<AnomalyLists.Week> weeks() {
        return lists.weeks();
    }

    public Optional<AnomalyLists.WeeklyList> week(LocalDate asOf) {
        return lists.forWeekOf(Optional.ofNullable(asOf));
    }

    /** The rows whose subject the caller named (and whose indicator is {@code indicator}, when given). */
    public List<ListedLead> named(AnomalyLists.WeeklyList list, String subject, String indicator, boolean byPseudonym) {
        return list.rows().stream()
                .filter(row -> byPseudonym ? redactor.pseudonym(row.subjectId()).equals(subject) : row.subjectId().equals(subject))
                .filter(row -> indicator == null || indicator.isBlank() || row.indicator().equals(indicator))
                .toList();
    }

    /** A row as a role that may not see identities gets it: ids pseudonymised, names in the explanation withheld. */
    public ListedLead pseudonymised(ListedLead row) {
        List<String> ids = new ArrayList<>();
        ids.add(row.subjectId());
        StringBuilder evidence = new StringBuilder();
        for (String token : row.evidence().split("(?<=[>|])|(?=[>|])")) {
            if (token.equals(">") || token.equals("|") || token.isBlank()) {
                evidence.append(token);
            } else {
                evidence.append(redactor.pseudonym(token));
                ids.add(token);
            }
        }
        return row.shown(redactor.pseudonym(row.subjectId()), evidence.toString(), redactor.redactText(row.explanation(), ids));
    }

    public String pseudonym(String id) {
        return redactor.pseudonym(id);
    }

    /** {@code text} with entity ids pseudonymised and the names of those (and of {@code related}) withheld. */
    public String redact(String text, Collection<String> related) {
        return redactor.redactText(text, related);
    }

    public void record(LeadDecision decision) {
        decisions.record(decision);
    }

    /** The latest decision of each lead made at or before {@code until}. */
    public List<LeadDecision> latestAsOf(Instant until) {
        return decisions.latestAsOf(until);
    }
}
