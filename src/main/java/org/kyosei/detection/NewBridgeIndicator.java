package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * NEW_BRIDGE: a newcomer (first recorded in the last five weeks) who is already the link between a community and an organization's
 * members: in contact with members on one side and with people of the community on the other,
 * where nobody else in the community has a tie of their own to the organization (an articulation
 * point between the two sides). Score: the square root of the tie to the members (the structure
 * matters more than the count of calls), times a saturating reach into the
 * community, times how new the person is (full within a week, fading over the next four), divided
 * among the community's other links to the same organization if there are any. Links of the
 * community to another organization (say, a member of another group living there) do not share
 * the score: the newcomer is still the only bridge to this organization's circle.
 */
final class NewBridgeIndicator implements Indicator {
    private static final double DIRECT_TIE = 0.05;
    private static final int FRESH_DAYS = 7;
    private static final int FADE_DAYS = 14;
    private static final int MAX_AGE_DAYS = 35;

    @Override
    public String name() {
        return "NEW_BRIDGE";
    }

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        Long2IntOpenHashMap links = directLinks(graph, ties, day);
        List<Lead> leads = new ArrayList<>();
        for (int x = 0; x < graph.nodeCount(); x++) {
            OrganizationTies.Tie tie = ties.person(x);
            if (tie == null || graph.label(x) != NodeLabel.INDIVIDUAL || tie.strength() < DIRECT_TIE) {
                continue;
            }
            int community = Memberships.home(graph, x, day);
            if (community < 0) {
                continue;
            }
            int person = x;
            int[] orgSince = {Integer.MAX_VALUE};
            int[] sideSince = {Integer.MAX_VALUE};
            IntArrayList side = new IntArrayList();
            graph.both(x, RelationType.CONTACT, day, e -> {
                int y = graph.other(e, person);
                if (ties.isMember(y)) {
                    orgSince[0] = Math.min(orgSince[0], graph.since(e));
                } else if (ties.personStrength(y) < DIRECT_TIE && Memberships.home(graph, y, day) == community) {
                    sideSince[0] = Math.min(sideSince[0], graph.since(e));
                    if (!side.contains(y)) {
                        side.add(y);
                    }
                }
            });
            if (side.isEmpty() || orgSince[0] == Integer.MAX_VALUE) {
                continue;
            }
            int formed = Math.max(orgSince[0], sideSince[0]);
            int appeared = firstRecord(graph, x, day);
            if (formed == DetectionGraph.ALWAYS || appeared == DetectionGraph.ALWAYS || day - appeared > MAX_AGE_DAYS) {
                continue;
            }
            int age = day - appeared;
            double novelty = age <= FRESH_DAYS ? 1 : Math.exp(-(age - FRESH_DAYS) / (double) FADE_DAYS);
            int others = Math.max(0, links.get(key(community, tie.organization())) - 1);
            double common = ties.rarity().rarity(x);
            double score = Math.sqrt(tie.strength() * TieRarity.factor(common)) * TieStrength.saturate(side.size(), 3)
                    * novelty / (1 + others);
            if (score < 0.01) {
                continue;
            }
            side.sort(null);
            List<String> evidence = new ArrayList<>(tie.paths().subList(0, Math.min(3, tie.paths().size())));
            for (int k = 0; k < Math.min(5, side.size()); k++) {
                evidence.add(graph.id(x) + ">" + graph.id(side.getInt(k)));
            }
            evidence.add(graph.id(x) + ">" + graph.id(community));
            LeadMessage sentence = LeadMessage.of("lead.newBridge", java.time.LocalDate.ofEpochDay(appeared).toString(),
                    graph.id(x), tie.members(), graph.id(tie.organization()), side.size(), graph.id(community),
                    others == 0 ? LeadMessage.of("lead.newBridge.only") : LeadMessage.of("lead.newBridge.oneOf", others + 1));
            leads.add(new Lead(graph.id(x), NodeLabel.INDIVIDUAL, name(), TieStrength.clamp(score), sentence, evidence,
                    common));
        }
        return leads;
    }

    /** The day of the person's first record of any kind up to the day ({@link DetectionGraph#ALWAYS} if undated). */
    private static int firstRecord(DetectionGraph graph, int person, int day) {
        int[] first = {Integer.MAX_VALUE};
        for (RelationType type : RelationType.values()) {
            graph.out(person, type, day, e -> first[0] = Math.min(first[0], graph.since(e)));
            graph.in(person, type, day, e -> first[0] = Math.min(first[0], graph.since(e)));
        }
        return first[0];
    }

    /**
     * Per community and organization, how many of the community's people (members included) have a
     * direct tie to that organization: a member by affiliation, anyone else by their strongest tie.
     */
    private static Long2IntOpenHashMap directLinks(DetectionGraph graph, OrganizationTies ties, int day) {
        Long2IntOpenHashMap links = new Long2IntOpenHashMap();
        for (int y = 0; y < graph.nodeCount(); y++) {
            if (graph.label(y) != NodeLabel.INDIVIDUAL) {
                continue;
            }
            int organization = ties.isMember(y) ? ties.organizationOf(y)
                    : ties.personStrength(y) >= DIRECT_TIE ? ties.person(y).organization() : -1;
            int c = organization < 0 ? -1 : Memberships.home(graph, y, day);
            if (c >= 0) {
                links.addTo(key(c, organization), 1);
            }
        }
        return links;
    }

    private static long key(int community, int organization) {
        return (long) community << 32 | organization & 0xffffffffL;
    }
}
