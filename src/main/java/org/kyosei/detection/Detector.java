package org.kyosei.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every indicator on the graph as of a day and returns the leads worth review, best first;
 * ties broken by subject id and indicator so the order is reproducible. Every lead on an individual
 * passes {@link AssociationRule} first. A lead is listed when it clears the cut-off
 * ({@link #listed}): a score of at least {@link #MIN_SCORE} and, for a lead resting on a tie to an
 * organization, a tie shared by at most 1 in {@link #RARER_THAN} comparable entities of the same
 * graph (people of the same community, businesses).
 */
public final class Detector {
    /** The least score listed: the strength of evidence below which a lead is noise whatever its rarity. */
    public static final double MIN_SCORE = 0.2;
    /** A lead resting on a tie is listed only if at most 1 in this many comparable entities has such a tie. */
    public static final int RARER_THAN = 20;

    /** Best first, then by subject and indicator. */
    public static final Comparator<Lead> ORDER = Comparator.comparingDouble(Lead::score).reversed()
            .thenComparing(Lead::subjectId).thenComparing(Lead::indicator);

    private final List<Indicator> indicators;

    public Detector() {
        this(List.of(new FrontBrokerIndicator(), new FrontEmployerIndicator(), new GatekeeperIndicator(),
                new ExploitationHubIndicator(), new FeeSkimmingIndicator(), new InfiltrationGrowthIndicator(),
                new NewBridgeIndicator()));
    }

    public Detector(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
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
                if (subject < 0 || AssociationRule.admits(context, subject, indicator)) {
                    leads.add(rounded(lead));
                }
            }
            if (Boolean.getBoolean("kyosei.detect.timing")) {
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

    /** Whether the lead clears the cut-off: score at least {@link #MIN_SCORE}, and a tie rarer than 1 in {@link #RARER_THAN}. */
    public static boolean listed(Lead lead) {
        return lead.score() >= MIN_SCORE && !(lead.rarity() > 1.0 / RARER_THAN);
    }

    /** The cut-off in one sentence, for the report. */
    public static String cutOffSentence() {
        return String.format(java.util.Locale.ROOT, "a score of at least %.2f and, for a lead resting on a tie to an "
                + "organization, a tie shared by at most 1 in %d comparable entities of the same graph (people of the "
                + "same community, businesses)", MIN_SCORE, RARER_THAN);
    }

    private static Lead rounded(Lead lead) {
        double score = Math.round(lead.score() * 10_000) / 10_000.0;
        return new Lead(lead.subjectId(), lead.subjectLabel(), lead.indicator(), score, lead.explanation(),
                lead.evidencePaths(), lead.rarity());
    }
}
