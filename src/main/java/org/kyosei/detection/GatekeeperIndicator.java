package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * GATEKEEPER: a person, not a member, whose contacts join organization members on one side and
 * many people of their own circle on the other, who have no tie of their own to the organization
 * (the gatekeeper is the broker between the two sides). Score: the strength of the tie to the
 * members (repeated, high-count, confident, recent contact) times a saturating measure of the
 * reach on the community side, times the share of that side that depends on the gatekeeper. A
 * community organiser with a wide reach but no tie scores nothing; a casual contact with a member
 * is too weak to count.
 * <p>
 * "Many" is measured against an ordinary person: only the reach beyond the median reach of the
 * gatekeeper's community counts (everyone has a few friends and neighbours without a tie of their
 * own). So a person in contact with a member who merely has the usual circle, or a little more, is
 * not a bridge to many; one who reaches far beyond it is. The tie to the members is weighed by how
 * common such a tie is among the gatekeeper's fellow residents ({@link TieRarity}).
 */
final class GatekeeperIndicator implements Indicator {
    /** Reach beyond the typical one (sum of contact strengths) at which the reach factor is about 0.63. */
    private static final double REACH_SCALE = 7;
    /** A community with fewer non-member people than this is measured against everyone's median reach. */
    private static final int MIN_COMMUNITY = 20;
    /** A contact at least this tied to the organization has a tie of their own (is not on the community side). */
    private static final double OWN_TIE = 0.05;

    @Override
    public String name() {
        return "GATEKEEPER";
    }

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        TypicalReach typical = TypicalReach.of(graph, ties, day);
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
                if (ties.personStrength(y) < OWN_TIE) {
                    dependent++;
                    reach += p.getDoubleValue();
                    strongest.add(y);
                }
            }
            if (people == 0) {
                continue;
            }
            double excess = Math.max(0, reach - typical.of(Memberships.home(graph, x, day)));
            double reachFactor = 1 - Math.exp(-Math.pow(excess / REACH_SCALE, 2));
            double bridging = (double) dependent / people;
            double score = tie.strength() * TieRarity.factor(tie.rarity()) * reachFactor * (0.5 + 0.5 * bridging);
            if (score < 0.01) {
                continue;
            }
            strongest.sort(null);
            List<String> evidence = new ArrayList<>(tie.paths().subList(0, Math.min(3, tie.paths().size())));
            for (int k = 0; k < Math.min(5, strongest.size()); k++) {
                evidence.add(graph.id(x) + ">" + graph.id(strongest.getInt(k)));
            }
            LeadMessage sentence = LeadMessage.of("lead.gatekeeper", graph.id(x), tie.members(),
                    graph.id(tie.organization()), dependent, baseRate(graph, ties, x));
            leads.add(new Lead(graph.id(x), NodeLabel.INDIVIDUAL, name(), TieStrength.clamp(score), sentence, evidence,
                    tie.rarity()));
        }
        return leads;
    }

    /** "; 3 of the 2,140 residents of C have any tie to organization members", or "" without a community. */
    static Object baseRate(DetectionGraph graph, OrganizationTies ties, int person) {
        LeadMessage phrase = ties.rarity().phrase(graph, person);
        return phrase == null ? "" : LeadMessage.of("lead.gatekeeper.baseRate", phrase);
    }

    /**
     * The reach of a person into people without a tie of their own: the sum over contact partners
     * of the pair's strength, as {@link OrganizationTies#contacts} gives it. Reuses its buffers, as
     * it runs for every person (most have a handful of partners, so a linear search beats a map).
     */
    private static final class ReachCounter {
        private final DetectionGraph graph;
        private final OrganizationTies ties;
        private final int day;
        private final IntArrayList partners = new IntArrayList();
        private final DoubleArrayList strengths = new DoubleArrayList();

        ReachCounter(DetectionGraph graph, OrganizationTies ties, int day) {
            this.graph = graph;
            this.ties = ties;
            this.day = day;
        }

        double reach(int person) {
            partners.clear();
            strengths.clear();
            graph.both(person, RelationType.CONTACT, day, e -> {
                int y = graph.other(e, person);
                if (y == person || ties.isMember(y) || ties.personStrength(y) >= OWN_TIE) {
                    return;
                }
                double row = TieStrength.contactRow(graph, e, day);
                int k = partners.indexOf(y);
                if (k < 0) {
                    partners.add(y);
                    strengths.add(row);
                } else {
                    strengths.set(k, TieStrength.noisyOr(strengths.getDouble(k), row));
                }
            });
            double reach = 0;
            for (int k = 0; k < strengths.size(); k++) {
                reach += strengths.getDouble(k);
            }
            return reach;
        }
    }

    /** The median reach of ordinary (non-member) people, per community and over everyone. */
    private record TypicalReach(Int2DoubleOpenHashMap perCommunity, double everyone) {
        static TypicalReach of(DetectionGraph graph, OrganizationTies ties, int day) {
            Int2ObjectOpenHashMap<DoubleArrayList> byCommunity = new Int2ObjectOpenHashMap<>();
            DoubleArrayList all = new DoubleArrayList();
            ReachCounter counter = new ReachCounter(graph, ties, day);
            for (int y = 0; y < graph.nodeCount(); y++) {
                if (graph.label(y) != NodeLabel.INDIVIDUAL || ties.isMember(y)) {
                    continue;
                }
                double reach = counter.reach(y);
                all.add(reach);
                byCommunity.computeIfAbsent(Memberships.home(graph, y, day), k -> new DoubleArrayList()).add(reach);
            }
            Int2DoubleOpenHashMap perCommunity = new Int2DoubleOpenHashMap();
            for (var entry : byCommunity.int2ObjectEntrySet()) {
                if (entry.getIntKey() >= 0 && entry.getValue().size() >= MIN_COMMUNITY) {
                    perCommunity.put(entry.getIntKey(), median(entry.getValue()));
                }
            }
            return new TypicalReach(perCommunity, median(all));
        }

        /** The typical reach in the community (everyone's if the community is small or unknown). */
        double of(int community) {
            return perCommunity.getOrDefault(community, everyone);
        }

        private static double median(DoubleArrayList values) {
            if (values.isEmpty()) {
                return 0;
            }
            double[] sorted = values.toDoubleArray();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
