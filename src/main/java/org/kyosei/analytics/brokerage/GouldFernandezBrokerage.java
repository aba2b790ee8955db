package org.kyosei.analytics.brokerage;

import java.util.List;
import java.util.Objects;

import org.kyosei.analytics.community.Partitions;
import org.kyosei.analytics.graph.CsrGraph;

/**
 * Gould–Fernandez brokerage roles on an undirected graph.
 *
 * <p>Definition: a broker {@code b} mediates the two-path {@code a - b - c} when {@code a} and
 * {@code c} are both neighbours of {@code b} and are not adjacent to each other. Gould and
 * Fernandez classify a <em>directed</em> two-path {@code a -> b -> c} by the groups
 * {@code A, B, C} of its nodes: coordinator ({@code A = B = C}), itinerant or consultant
 * ({@code A = C != B}), representative ({@code A = B != C}), gatekeeper ({@code B = C != A}) and
 * liaison (all different); see {@link BrokerageRole}.
 *
 * <p>Direction on an undirected graph: every unordered open two-path {a, c} through {@code b} is
 * counted as the two directed two-paths {@code a -> b -> c} and {@code c -> b -> a}. So a
 * coordinator, itinerant or liaison pair adds 2 to that role, and a pair with exactly one end in
 * {@code b}'s group adds 1 representative and 1 gatekeeper (on an undirected graph the two counts
 * are always equal). The total of a node is twice its number of open unordered two-paths.
 *
 * <p>Reference: R. V. Gould, R. M. Fernandez, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19:89–126 (1989).
 *
 * <p>Computation, without listing every two-path: for each {@code b}, all pairs of neighbours are
 * classified from the counts of neighbours per group (O(deg b)); the adjacent pairs, which are not
 * two-paths, are then subtracted by listing each triangle once (edges oriented from lower to
 * higher (degree, id) rank; Chiba and Nishizeki 1985) and charging it to each of its three
 * corners. Time O(m * a(G)) where a is the arboricity, at most O(m^1.5); memory O(n + m) plus
 * O(n) per worker. Parallel over nodes; the counts are exact integers, identical for every
 * concurrency. Immutable and thread-safe.
 */
public final class GouldFernandezBrokerage implements BrokerageRoles {

    private static final int COORDINATOR = 0;
    private static final int ITINERANT = 1;
    private static final int REPRESENTATIVE = 2;
    private static final int LIAISON = 3;

    private final int concurrency;

    /** Uses all available processors. */
    public GouldFernandezBrokerage() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param concurrency worker threads, at least 1
     * @throws IllegalArgumentException when concurrency is below 1
     */
    public GouldFernandezBrokerage(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.concurrency = concurrency;
    }

    @Override
    public BrokerageCounts compute(CsrGraph graph, int[] groups) {
        Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(groups, "groups must not be null");
        int n = graph.nodeCount();
        if (groups.length != n) {
            throw new IllegalArgumentException("groups has " + groups.length + " entries for a graph of " + n + " nodes");
        }
        int[] group = Partitions.renumberByFirstAppearance(groups);
        int groupCount = 0;
        for (int g : group) {
            groupCount = Math.max(groupCount, g + 1);
        }
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();

        // All neighbour pairs (open or not) per role, from the neighbour counts per group.
        long[] coordinator = new long[n];
        long[] itinerant = new long[n];
        long[] representative = new long[n];
        long[] liaison = new long[n];
        int groups0 = groupCount;
        NodeRanges.run(n, concurrency, () -> new GroupScratch(groups0), (from, to, s) -> {
            for (int b = from; b < to; b++) {
                int gb = group[b];
                int touchedCount = 0;
                for (int e = offsets[b], end = offsets[b + 1]; e < end; e++) {
                    int g = group[targets[e]];
                    if (s.count[g]++ == 0) {
                        s.touched[touchedCount++] = g;
                    }
                }
                long same = 0;
                long other = 0;
                long sumSquaresOther = 0;
                long pairsOther = 0;
                for (int t = 0; t < touchedCount; t++) {
                    int g = s.touched[t];
                    long c = s.count[g];
                    s.count[g] = 0;
                    if (g == gb) {
                        same = c;
                    } else {
                        other += c;
                        sumSquaresOther += c * c;
                        pairsOther += c * (c - 1) / 2;
                    }
                }
                coordinator[b] = same * (same - 1) / 2;
                itinerant[b] = pairsOther;
                representative[b] = same * other;
                liaison[b] = (other * other - sumSquaresOther) / 2;
            }
        });

        // Adjacent pairs are not two-paths: list each triangle once and subtract it at its corners.
        int[] outOffsets = new int[n + 1];
        for (int u = 0; u < n; u++) {
            int count = 0;
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                if (ranksBelow(graph, u, targets[e])) {
                    count++;
                }
            }
            outOffsets[u + 1] = outOffsets[u] + count;
        }
        int[] outTargets = new int[outOffsets[n]];
        for (int u = 0; u < n; u++) {
            int at = outOffsets[u];
            for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                if (ranksBelow(graph, u, targets[e])) {
                    outTargets[at++] = targets[e];
                }
            }
        }
        List<TriangleScratch> closedByWorker = NodeRanges.run(n, concurrency, () -> new TriangleScratch(n),
                (from, to, s) -> {
                    for (int u = from; u < to; u++) {
                        int uStart = outOffsets[u];
                        int uEnd = outOffsets[u + 1];
                        if (uEnd - uStart < 2) {
                            continue;
                        }
                        int mark = u + 1;
                        for (int e = uStart; e < uEnd; e++) {
                            s.markedBy[outTargets[e]] = mark;
                        }
                        for (int e = uStart; e < uEnd; e++) {
                            int v = outTargets[e];
                            for (int f = outOffsets[v], fEnd = outOffsets[v + 1]; f < fEnd; f++) {
                                int w = outTargets[f];
                                if (s.markedBy[w] == mark) {
                                    s.charge(u, group[u], group[v], group[w]);
                                    s.charge(v, group[v], group[u], group[w]);
                                    s.charge(w, group[w], group[u], group[v]);
                                }
                            }
                        }
                    }
                });
        for (TriangleScratch s : closedByWorker) {
            for (int b = 0; b < n; b++) {
                coordinator[b] -= s.closed[4 * b + COORDINATOR];
                itinerant[b] -= s.closed[4 * b + ITINERANT];
                representative[b] -= s.closed[4 * b + REPRESENTATIVE];
                liaison[b] -= s.closed[4 * b + LIAISON];
            }
        }

        // Each unordered open pair stands for two directed two-paths.
        long[] gatekeeper = representative.clone();
        long[] total = new long[n];
        for (int b = 0; b < n; b++) {
            coordinator[b] *= 2;
            itinerant[b] *= 2;
            liaison[b] *= 2;
            total[b] = coordinator[b] + itinerant[b] + representative[b] + gatekeeper[b] + liaison[b];
        }
        return new BrokerageCounts(coordinator, itinerant, representative, gatekeeper, liaison, total);
    }

    /** Orientation for triangle listing: u before v in (degree, id) order. */
    private static boolean ranksBelow(CsrGraph graph, int u, int v) {
        int du = graph.degree(u);
        int dv = graph.degree(v);
        return du < dv || (du == dv && u < v);
    }

    /** The role class of an adjacent pair {a, c} seen from the corner b. */
    static int roleClass(int gb, int ga, int gc) {
        if (ga == gc) {
            return ga == gb ? COORDINATOR : ITINERANT;
        }
        return (ga == gb || gc == gb) ? REPRESENTATIVE : LIAISON;
    }

    private static final class GroupScratch {
        final int[] count;
        final int[] touched;

        GroupScratch(int groups) {
            count = new int[groups];
            touched = new int[groups];
        }
    }

    private static final class TriangleScratch {
        final int[] markedBy;
        final long[] closed;

        TriangleScratch(int n) {
            markedBy = new int[n];
            closed = new long[4 * n];
        }

        void charge(int corner, int gCorner, int ga, int gc) {
            closed[4 * corner + roleClass(gCorner, ga, gc)]++;
        }
    }

    @Override
    public String toString() {
        return "GouldFernandezBrokerage[concurrency=" + concurrency + "]";
    }
}
