package org.kyosei.review;

import java.time.Instant;
import java.util.List;

/**
 * Where lead decisions are kept ({@code :LeadDecision} nodes, see {@code store/Neo4jLeadDecisions}). Every
 * decision is kept; the current one of a lead is its latest.
 */
public interface LeadDecisions {
    void record(LeadDecision decision);

    /** The latest decision of each lead made at or before {@code until}, ordered by subject and indicator. */
    List<LeadDecision> latestAsOf(Instant until);

    /** Every decision made at or before {@code until}, oldest first (the history the weekly report can show). */
    List<LeadDecision> historyUntil(Instant until);
}
