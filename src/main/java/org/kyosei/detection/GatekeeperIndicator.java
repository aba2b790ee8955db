package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kyosei.domain.NodeLabel;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * GATEKEEPER: a person, not a member, whose contacts join organization members on one side and
 * many people of their own circle on the other, who have no tie of their own to the organization
 * (the gatekeeper is the broker between the two sides). Score: the strength of the tie to the
 * members (repeated, high-count, confident, recent contact) times a saturating measure of the
 * reach on the community side, times the share of that side that depends on the gatekeeper. A
 * community organiser with a wide reach but no tie scores nothing; a casual contact with a member
 * is too weak to count.
 */
final class GatekeeperIndicator implements Indicator {
    /** Reach (sum of contact strengths) at which the reach factor is about 0.63. */
    private static final double REACH_SCALE = 9;

    @Override
    public String name() {
        return "GATEKEEPER";
    }

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        List<Lead> leads = new ArrayList<>();
        for (int x = 0; x < graph.nodeCount(); x++) {
            OrganizationTies.Tie tie = ties.person(x);
            if (tie == null || graph.label(x) != NodeLabel.INDIVIDUAL) {
                continue;
            }
            Int2DoubleOpenHashMap partners = OrganizationTies.contacts(graph, x, day);
            double reach = 0;
            int people = 0;
            int dependent = 0;
            IntArrayList strongest = new IntArrayList();
            for (var p : partners.int2DoubleEntrySet()) {
                int y = p.getIntKey();
                if (ties.isMember(y)) {
                    continue;
                }
                people++;
                if (ties.personStrength(y) < 0.05) {
                    dependent++;
                    reach += p.getDoubleValue();
                    strongest.add(y);
                }
            }
            if (people == 0) {
                continue;
            }
            double reachFactor = 1 - Math.exp(-Math.pow(reach / REACH_SCALE, 2));
            double bridging = (double) dependent / people;
            double score = tie.strength() * reachFactor * (0.5 + 0.5 * bridging);
            if (score < 0.01) {
                continue;
            }
            strongest.sort(null);
            List<String> evidence = new ArrayList<>(tie.paths().subList(0, Math.min(3, tie.paths().size())));
            for (int k = 0; k < Math.min(5, strongest.size()); k++) {
                evidence.add(graph.id(x) + ">" + graph.id(strongest.getInt(k)));
            }
            String sentence = String.format(Locale.ROOT,
                    "Person %s is in repeated contact with %d member%s of organization %s and in contact with %d people "
                            + "who have no tie of their own to it, a bridge between the two sides.",
                    graph.id(x), tie.members(), tie.members() == 1 ? "" : "s", graph.id(tie.organization()), dependent);
            leads.add(new Lead(graph.id(x), NodeLabel.INDIVIDUAL, name(), TieStrength.clamp(score), sentence, evidence));
        }
        return leads;
    }
}
