package org.kyosei.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every indicator on the graph as of a day and returns the leads worth review (score at
 * least {@link #MIN_SCORE}), best first; ties broken by subject id and indicator so the order is
 * reproducible.
 */
public final class Detector {
    /** Leads below this score are not reported. */
    public static final double MIN_SCORE = 0.2;

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

    /** Every lead of every indicator, unfiltered (scores rounded to four decimals). */
    public List<Lead> all(DetectionContext context) {
        List<Lead> leads = new ArrayList<>();
        for (Indicator indicator : indicators) {
            long start = System.nanoTime();
            for (Lead lead : indicator.detect(context)) {
                leads.add(rounded(lead));
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

    /** The leads of a ranked list worth review (score at least {@link #MIN_SCORE}), in the same order. */
    public static List<Lead> reportable(List<Lead> ranked) {
        return ranked.stream().filter(l -> l.score() >= MIN_SCORE).toList();
    }

    private static Lead rounded(Lead lead) {
        double score = Math.round(lead.score() * 10_000) / 10_000.0;
        return new Lead(lead.subjectId(), lead.subjectLabel(), lead.indicator(), score, lead.explanation(),
                lead.evidencePaths());
    }
}
