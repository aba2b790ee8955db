package org.kyosei.detection;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;

/**
 * A community's exposure as of a day: how many of its people are within two steps of an
 * organization member, through contacts (member - person - person) or through a business a member
 * operates (member - business - worker). A path counts when the product of its ties' strengths
 * reaches {@link #MIN_PATH}, so one faint sighting exposes nobody.
 *
 * <p>Exposure is also counted by where it enters: a person is exposed <em>from within</em> their
 * community when they are a first step themselves (in contact with a member, or working for a
 * business one operates) or are reached through a first-step person of the same community. A person
 * reached only through a first-step person living elsewhere is exposure spilling over from that
 * other community: it grows whenever that community's does, and belongs to that community's lead.
 */
final class ExposureCounter {
    static final double MIN_PATH = 0.03;

    private ExposureCounter() {
    }

    /**
     * Per community: exposed people ({@code people}), those exposed from within ({@code fromWithin}),
     * how many of the latter are reached through its largest single entry point (a first-step person:
     * themselves if they are one, else the fellow resident they are reached through), how many of them
     * through a member who lives in the community (the member a first-step person is most strongly tied
     * to, or runs the business they work for), and its people.
     */
    record Exposure(Int2IntOpenHashMap people, Int2IntOpenHashMap fromWithin, Int2IntOpenHashMap largestEntry,
                    Int2IntOpenHashMap throughResidentMembers, Int2IntOpenHashMap population) {
    }

    /** People per home community as of the day (the denominator of a community's exposure share). */
    static Int2IntOpenHashMap population(DetectionGraph graph, int day) {
        Int2IntOpenHashMap population = new Int2IntOpenHashMap();
        for (int x = 0; x < graph.nodeCount(); x++) {
            if (graph.label(x) == NodeLabel.INDIVIDUAL) {
                int c = Memberships.home(graph, x, day);
                if (c >= 0) {
                    population.addTo(c, 1);
                }
            }
        }
        return population;
    }

    private static int homeOf(Int2IntOpenHashMap cache, DetectionGraph graph, int person, int day) {
        if (!cache.containsKey(person)) {
            cache.put(person, Memberships.home(graph, person, day));
        }
        return cache.get(person);
    }

    static Exposure exposure(DetectionContext context) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        Int2DoubleOpenHashMap first = new Int2DoubleOpenHashMap();
        Int2IntOpenHashMap memberOf = new Int2IntOpenHashMap();
        memberOf.defaultReturnValue(-1);
        for (int x = 0; x < graph.nodeCount(); x++) {
            if (graph.label(x) == NodeLabel.INDIVIDUAL && ties.personStrength(x) >= MIN_PATH) {
                first.put(x, ties.personStrength(x));
                memberOf.put(x, strongestMember(graph, ties, x, day));
            }
        }
        for (int m = 0; m < graph.nodeCount(); m++) {
            if (!ties.isMember(m)) {
                continue;
            }
            double a = ties.affiliation(m);
            graph.out(m, RelationType.OPERATES, day, op -> {
                int business = graph.dst(op);
                double s = a * TieStrength.row(graph, op, day);
                DetectionGraph.EdgeVisitor worker = e -> {
                    int w = graph.label(graph.src(e)) == NodeLabel.INDIVIDUAL ? graph.src(e) : graph.dst(e);
                    double path = s * TieStrength.row(graph, e, day);
                    if (!ties.isMember(w) && path >= MIN_PATH && path > first.get(w)) {
                        first.put(w, path);
                        memberOf.put(w, graph.src(op));
                    }
                };
                graph.out(business, RelationType.PLACED, day, worker);
                graph.in(business, RelationType.EMPLOYED_BY, day, worker);
            });
        }
        Int2IntOpenHashMap home = new Int2IntOpenHashMap();
        home.defaultReturnValue(-1);
        for (int x : first.keySet()) {
            home.put(x, Memberships.home(graph, x, day));
        }
        Int2DoubleOpenHashMap reached = new Int2DoubleOpenHashMap(first);
        Int2DoubleOpenHashMap reachedWithin = new Int2DoubleOpenHashMap(first);
        Int2IntOpenHashMap entryOf = new Int2IntOpenHashMap();
        for (int x : first.keySet()) {
            entryOf.put(x, x);
        }
        for (var entry : first.int2DoubleEntrySet()) {
            int x = entry.getIntKey();
            double s = entry.getDoubleValue();
            for (var partner : OrganizationTies.contacts(graph, x, day).int2DoubleEntrySet()) {
                int y = partner.getIntKey();
                double path = s * partner.getDoubleValue();
                if (ties.isMember(y) || path < MIN_PATH || first.containsKey(y)) {
                    continue;
                }
                if (path > reached.get(y)) {
                    reached.put(y, path);
                }
                int c = home.get(x);
                if (c >= 0 && path > reachedWithin.get(y) && c == homeOf(home, graph, y, day)) {
                    reachedWithin.put(y, path);
                    entryOf.put(y, x);
                }
            }
        }
        Int2IntOpenHashMap perCommunity = new Int2IntOpenHashMap();
        for (int y : reached.keySet()) {
            int c = homeOf(home, graph, y, day);
            if (c >= 0) {
                perCommunity.addTo(c, 1);
            }
        }
        Int2IntOpenHashMap withinCommunity = new Int2IntOpenHashMap();
        Int2ObjectOpenHashMap<Int2IntOpenHashMap> perEntry = new Int2ObjectOpenHashMap<>();
        Int2IntOpenHashMap throughResident = new Int2IntOpenHashMap();
        for (int y : reachedWithin.keySet()) {
            int c = home.get(y);
            if (c >= 0) {
                withinCommunity.addTo(c, 1);
                int entry = entryOf.get(y);
                perEntry.computeIfAbsent(c, k -> new Int2IntOpenHashMap()).addTo(entry, 1);
                int member = memberOf.get(entry);
                if (member >= 0 && homeOf(home, graph, member, day) == c) {
                    throughResident.addTo(c, 1);
                }
            }
        }
        return new Exposure(perCommunity, withinCommunity, largest(perEntry), throughResident, population(graph, day));
    }

    private static Int2IntOpenHashMap largest(Int2ObjectOpenHashMap<Int2IntOpenHashMap> counts) {
        Int2IntOpenHashMap largest = new Int2IntOpenHashMap();
        counts.forEach((c, perKey) -> largest.put((int) c, perKey.values().intStream().max().orElse(0)));
        return largest;
    }

    /** The member whose contact with the person, times the member's affiliation, is strongest (lowest index on ties). */
    private static int strongestMember(DetectionGraph graph, OrganizationTies ties, int person, int day) {
        int best = -1;
        double strongest = 0;
        for (var partner : OrganizationTies.contacts(graph, person, day).int2DoubleEntrySet()) {
            int m = partner.getIntKey();
            double s = partner.getDoubleValue() * ties.affiliation(m);
            if (ties.isMember(m) && (s > strongest || s == strongest && m < best)) {
                best = m;
                strongest = s;
            }
        }
        return best;
    }
}
