package org.kyosei.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs every indicator on the graph as of a day and returns the leads worth review, best first;
 * ties broken by subject id and indicator so the order is reproducible. Every lead on an individual
 * passes {@link AssociationRule} first. A lead is listed when it clears the cut-off
 * ({@link #listed}). A lead resting on a tie to an organization is listed when the tie is shared by
 * at most 1 in {@link #RARER_THAN} comparable entities of the same graph (people of the same
 * community, contacts, businesses) and its score reaches {@link #MIN_TIE_SCORE}; the other leads
 * (exploitation, growth), whose scores are already relative to their market or their own history,
 * when their score reaches {@link #MIN_SCORE}.
 */
public final class Detector {
    /** The least score listed for a lead that does not rest on a tie. */
    public static final double MIN_SCORE = 0.2;
    /** The least score listed for a lead resting on a rare tie: weaker evidence is noise however rare. */
    public static final double MIN_TIE_SCORE = 0.1;
    /** A lead resting on a tie is listed only if at most 1 in this many comparable entities has such a tie. */
    public static final int RARER_THAN = 20;

    /** Best first, then by subject and indicator. */
    public static final Comparator<Lead> ORDER = Comparator.comparingDouble(Lead::score).reversed()
            .thenComparing(Lead::subjectId).thenComparing(Lead::indicator);

    /**
     * What a run writes to stderr besides its leads: with {@code timings}, each indicator's time in ms
     * ({@code --timings}); for each subject id in {@code explain}, its candidate leads, listed or not, with score,
     * rarity and whether the association rule admitted them ({@code kyosei detect --explain}).
     */
    public record Diagnostics(boolean timings, Set<String> explain) {
        public static final Diagnostics NONE = new Diagnostics(false, Set.of());

        public Diagnostics {
            explain = Set.copyOf(explain);
        }
    }

    private final List<Indicator> indicators;
    private final Diagnostics diagnostics;

    public Detector() {
        this(Diagnostics.NONE);
    }

    /** Every indicator, with the given diagnostics. */
    public Detector(Diagnostics diagnostics) {
        this(List.of(new FrontBrokerIndicator(), new FrontEmployerIndicator(), new GatekeeperIndicator(),
                new ExploitationHubIndicator(), new FeeSkimmingIndicator(), new InfiltrationGrowthIndicator(),
                new NewBridgeIndicator()), diagnostics);
    }

    public Detector(List<Indicator> indicators) {
        this(indicators, Diagnostics.NONE);
    }

    public Detector(List<Indicator> indicators, Diagnostics diagnostics) {
        this.indicators = List.copyOf(indicators);
        this.diagnostics = diagnostics;
    }

    public List<String> indicatorNames() {
        return indicators.stream().map(Indicator::name).toList();
    }

    /**
     * Every lead of every indicator that the association rule admits, listed or not (scores rounded
     * to four decimals): the candidates the cut-off is applied to.
     */
    public List<Lead> all(DetectionContext context) {
        List<Lead> leads = new ArrayList<>();
        for (Indicator indicator : indicators) {
            long start = System.nanoTime();
            for (Lead lead : indicator.detect(context)) {
                int subject = context.graph().node(lead.subjectId()).orElse(-1);
                boolean admitted = subject < 0 || AssociationRule.admits(context, subject);
                if (admitted) {
                    leads.add(rounded(lead));
                }
                if (diagnostics.explain().contains(lead.subjectId())) {
                    System.err.printf("%s %s score %.4f rarity %.5f %s: %s%n", context.asOf(), indicator.name(), lead.score(),
                            lead.rarity(), admitted ? "admitted" : "not admitted (association only)", lead.explanation());
                }
            }
            if (diagnostics.timings()) {
                System.err.printf("%s %d ms%n", indicator.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        leads.sort(ORDER);
        return leads;
    }

    /** The leads worth review. */
    public List<Lead> detect(DetectionContext context) {
        return reportable(all(context));
    }

    /** The leads of a ranked list that clear the cut-off, in the same order. */
    public static List<Lead> reportable(List<Lead> ranked) {
        return ranked.stream().filter(Detector::listed).toList();
    }

    /** Whether the lead clears the cut-off (see the class comment). */
    public static boolean listed(Lead lead) {
        if (Double.isNaN(lead.rarity())) {
            return lead.score() >= MIN_SCORE;
        }
        return lead.rarity() <= 1.0 / RARER_THAN && lead.score() >= MIN_TIE_SCORE;
    }

    /** Whether the lead falls below the cut-off for weakness rather than for the tie being common. */
    public static boolean tooWeak(Lead lead) {
        return lead.score() < (Double.isNaN(lead.rarity()) ? MIN_SCORE : MIN_TIE_SCORE);
    }

    /** The cut-off in one sentence, for the report. */
    public static String cutOffSentence() {
        return String.format(java.util.Locale.ROOT, "for a lead resting on a tie to an organization, a tie shared by at "
                + "most 1 in %d comparable entities of the same graph (people of the same community, contacts, "
                + "businesses) and a score of at least %.2f; for the other leads (exploitation, growth, already measured "
                + "against their market or their own history), a score of at least %.2f", RARER_THAN, MIN_TIE_SCORE,
                MIN_SCORE);
    }

    private static Lead rounded(Lead lead) {
        double score = Math.round(lead.score() * 10_000) / 10_000.0;
        return new Lead(lead.subjectId(), lead.subjectLabel(), lead.indicator(), score, lead.explanation(),
                lead.evidencePaths(), lead.rarity(), lead.message());
    }
}
