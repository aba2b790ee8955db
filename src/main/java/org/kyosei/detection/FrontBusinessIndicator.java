package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.domain.NodeLabel;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * A broker or employer tied to an organization ({@link OrganizationTies}) that is actively placing
 * or employing people. The score is the tie's strength times a saturating measure of recent
 * activity (a business with one placement weighs a little less than one with five; one with five
 * hundred no more than one with ten), so a large business without a tie scores nothing.
 */
abstract class FrontBusinessIndicator implements Indicator {
    /** Days counted as "recent" activity. */
    private static final int RECENT_DAYS = 91;
    private static final int EVIDENCE_WORKERS = 5;

    private final NodeLabel label;

    FrontBusinessIndicator(NodeLabel label) {
        this.label = label;
    }

    /** The active placements (broker) or employments (employer) of the business. */
    abstract void workers(DetectionGraph graph, int business, int day, DetectionGraph.EdgeVisitor visit);

    abstract int worker(DetectionGraph graph, int edge);

    /** The key of the lead's message (lead.front.broker, lead.front.employer). */
    abstract String messageKey();

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        List<Lead> leads = new ArrayList<>();
        for (int b = 0; b < graph.nodeCount(); b++) {
            OrganizationTies.Tie tie = ties.business(b);
            if (graph.label(b) != label || tie == null) {
                continue;
            }
            double[] activity = {0};
            int[] recent = {0};
            IntArrayList people = new IntArrayList();
            workers(graph, b, day, e -> {
                int w = worker(graph, e);
                if (ties.isMember(w)) {
                    return;
                }
                people.add(w);
                activity[0] += TieStrength.row(graph, e, day);
                if (graph.hasSince(e) && day - graph.since(e) <= RECENT_DAYS) {
                    recent[0]++;
                }
            });
            double score = tie.strength() * (0.3 + 0.7 * TieStrength.saturate(activity[0], 3));
            List<String> evidence = new ArrayList<>(tie.paths().subList(0, Math.min(3, tie.paths().size())));
            for (int k = 0; k < Math.min(EVIDENCE_WORKERS, people.size()); k++) {
                evidence.add(graph.id(b) + ">" + graph.id(people.getInt(k)));
            }
            LeadMessage sentence = LeadMessage.of(messageKey(), graph.id(b), graph.id(tie.organization()),
                    new LeadMessage.Joined("lead.join.semicolon", tie.phrases()), people.size(), recent[0]);
            leads.add(new Lead(graph.id(b), label, name(), TieStrength.clamp(score), sentence, evidence, tie.rarity()));
        }
        return leads;
    }
}
