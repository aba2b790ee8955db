package org.kyosei.detection;

import java.util.Arrays;

import org.kyosei.domain.NodeLabel;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

/**
 * The base rate of ties to organization members among comparable people: for each person with a
 * tie, the share of the other residents of their community whose tie is at least as strong. Where
 * members live among residents, many neighbours and friends have such a tie, so one more is common
 * and says little; in a community where nobody else has one, it is rare. A small community's share
 * is uncertain, so it is drawn towards the share among everyone, as if {@value #PRIOR} more people
 * of the whole graph had been looked at.
 * <p>
 * {@link #factor} turns a rarity into the weight the evidence keeps: full when at most 1 in
 * {@value #FULL} comparable entities share it, falling with the logarithm of how common it is (1 in
 * 10: a third), and nothing when everyone shares it.
 */
final class TieRarity {
    /** Evidence shared by at most 1 in this many comparable entities keeps its full weight. */
    static final double FULL = 1000;
    /** People of the whole graph a community's share is drawn towards (weight of the overall share). */
    private static final int PRIOR = 20;

    private final int[] home;
    private final double[] rarity;
    private final Int2IntOpenHashMap residents = new Int2IntOpenHashMap();
    private final Int2IntOpenHashMap tied = new Int2IntOpenHashMap();

    private TieRarity(int n) {
        home = new int[n];
        rarity = new double[n];
        Arrays.fill(home, -1);
        Arrays.fill(rarity, 1);
    }

    /** The weight evidence of the given rarity keeps: {@code ln(1/rarity) / ln(FULL)}, in [0, 1]. */
    static double factor(double rarity) {
        return rarity <= 0 ? 1 : TieStrength.clamp(Math.log(1 / rarity) / Math.log(FULL));
    }

    /**
     * The rarity of evidence that {@code others} of {@code comparable} entities (the subject among them)
     * share with the subject, drawn towards none as if {@value #PRIOR} more entities had been looked at.
     */
    static double shared(int others, int comparable) {
        return others <= 0 ? 0 : (double) others / (comparable - 1 + PRIOR);
    }

    static TieRarity of(DetectionGraph graph, OrganizationTies ties, int day) {
        TieRarity r = new TieRarity(graph.nodeCount());
        Int2ObjectOpenHashMap<DoubleArrayList> byCommunity = new Int2ObjectOpenHashMap<>();
        DoubleArrayList everyone = new DoubleArrayList();
        int people = 0;
        for (int x = 0; x < graph.nodeCount(); x++) {
            if (graph.label(x) != NodeLabel.INDIVIDUAL || ties.isMember(x)) {
                continue;
            }
            people++;
            int h = Memberships.home(graph, x, day);
            r.home[x] = h;
            r.residents.addTo(h, 1);
            double s = ties.personStrength(x);
            if (s > 0) {
                r.tied.addTo(h, 1);
                everyone.add(s);
                byCommunity.computeIfAbsent(h, k -> new DoubleArrayList()).add(s);
            }
        }
        double[] all = sorted(everyone);
        Int2ObjectOpenHashMap<double[]> sortedBy = new Int2ObjectOpenHashMap<>();
        byCommunity.forEach((c, values) -> sortedBy.put((int) c, sorted(values)));
        for (int x = 0; x < graph.nodeCount(); x++) {
            double s = graph.label(x) == NodeLabel.INDIVIDUAL && !ties.isMember(x) ? ties.personStrength(x) : 0;
            if (s <= 0) {
                continue;
            }
            double overall = (atLeast(all, s) - 1 + 1.0) / Math.max(1, people);
            int h = r.home[x];
            if (h < 0) {
                r.rarity[x] = overall;
            } else {
                int others = atLeast(sortedBy.get(h), s) - 1;
                r.rarity[x] = (others + PRIOR * overall) / (r.residents.get(h) - 1 + PRIOR);
            }
        }
        return r;
    }

    /** The share of the person's community whose tie is at least as strong as the person's (1 without a tie). */
    double rarity(int person) {
        return rarity[person];
    }

    /** The person's home community as of the day (-1 if none). */
    int home(int person) {
        return home[person];
    }

    /** Non-member people whose home is the community. */
    int residents(int community) {
        return residents.get(community);
    }

    /** Of those, the ones with any tie to organization members. */
    int tied(int community) {
        return tied.get(community);
    }

    /** "3 of the 2,140 residents of C have any tie to organization members" for the person's community, or null. */
    LeadMessage phrase(DetectionGraph graph, int person) {
        int h = home[person];
        if (h < 0) {
            return null;
        }
        return LeadMessage.of("lead.rarity.community", tied(h), residents(h), graph.id(h));
    }

    private static double[] sorted(DoubleArrayList values) {
        double[] a = values.toDoubleArray();
        Arrays.sort(a);
        return a;
    }

    /** How many values of the sorted array are at least {@code s}. */
    private static int atLeast(double[] sorted, double s) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length - lo;
    }
}
