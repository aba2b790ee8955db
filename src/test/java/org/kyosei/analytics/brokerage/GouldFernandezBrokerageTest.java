package org.kyosei.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kyosei.analytics.graph.CsrGraph;
import org.kyosei.analytics.structure.GraphFixtures;

class GouldFernandezBrokerageTest {

    private final BrokerageRoles brokerage = new GouldFernandezBrokerage(1);

    @Test
    void emptySingleAndK2HaveNoBrokerage() {
        assertThat(brokerage.compute(GraphFixtures.empty(), new int[0]).total()).isEmpty();
        assertThat(brokerage.compute(GraphFixtures.single(), new int[] {0}).total()).containsExactly(0);
        assertThat(brokerage.compute(GraphFixtures.k2(), new int[] {0, 1}).total()).containsExactly(0, 0);
    }

    @Test
    void coordinatorAllInOneGroup() {
        BrokerageCounts c = brokerage.compute(GraphFixtures.path(3), new int[] {0, 0, 0});
        assertRoles(c, 1, 2, 0, 0, 0, 0);
        assertThat(c.total()).containsExactly(0, 2, 0);
    }

    @Test
    void itinerantBetweenTwoMembersOfAnotherGroup() {
        assertRoles(brokerage.compute(GraphFixtures.path(3), new int[] {0, 1, 0}), 1, 0, 2, 0, 0, 0);
    }

    @Test
    void representativeAndGatekeeperWhenOneEndSharesTheBrokersGroup() {
        // a -> b -> c with A = B != C is representative; c -> b -> a is gatekeeper.
        assertRoles(brokerage.compute(GraphFixtures.path(3), new int[] {0, 0, 1}), 1, 0, 0, 1, 1, 0);
        assertRoles(brokerage.compute(GraphFixtures.path(3), new int[] {1, 0, 0}), 1, 0, 0, 1, 1, 0);
    }

    @Test
    void liaisonBetweenTwoOtherGroups() {
        assertRoles(brokerage.compute(GraphFixtures.path(3), new int[] {0, 1, 2}), 1, 0, 0, 0, 0, 2);
    }

    @Test
    void closedTriangleIsNoBrokerage() {
        BrokerageCounts c = brokerage.compute(GraphFixtures.cycle(3), new int[] {0, 1, 2});
        assertThat(c.total()).containsExactly(0, 0, 0);
    }

    @Test
    void starCentreMixesRoles() {
        // Centre 0 in group 0; leaves 1 (group 0), 2 and 3 (group 1).
        // Pairs {1,2} and {1,3}: representative + gatekeeper each; {2,3}: itinerant twice.
        BrokerageCounts c = brokerage.compute(GraphFixtures.star(3), new int[] {0, 0, 1, 1});
        assertRoles(c, 0, 0, 2, 2, 2, 0);
        assertThat(c.total()[0]).isEqualTo(6);
    }

    @Test
    void cycleOfFourCountsTheOppositeCorners() {
        // Every node brokers its two neighbours, which are not adjacent.
        BrokerageCounts c = brokerage.compute(GraphFixtures.cycle(4), new int[] {0, 0, 0, 0});
        assertThat(c.coordinator()).containsExactly(2, 2, 2, 2);
    }

    @Test
    void disconnectedGraph() {
        BrokerageCounts c = brokerage.compute(GraphFixtures.disconnected(), new int[] {0, 1, 2, 0, 1, 2});
        assertThat(c.total()).containsOnly(0);
    }

    @Test
    void groupLabelsMayBeAnyInts() {
        CsrGraph g = GraphFixtures.karate();
        int[] groups = new int[34];
        int[] shifted = new int[34];
        for (int v = 0; v < 34; v++) {
            groups[v] = v % 3;
            shifted[v] = -1000 + 7 * (v % 3);
        }
        assertThat(brokerage.compute(g, shifted).total()).isEqualTo(brokerage.compute(g, groups).total());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void matchesBruteForceOnRandomGraphs(long seed) {
        CsrGraph g = GraphFixtures.gnp(120, 0.08, seed);
        int[] groups = randomGroups(g.nodeCount(), 4, seed);
        assertEqualsBruteForce(brokerage.compute(g, groups), bruteForce(g, groups));
    }

    @Test
    void parallelRunMatchesBruteForce() {
        CsrGraph g = GraphFixtures.gnp(1100, 0.01, 9); // more than one chunk of NodeRanges.CHUNK nodes
        int[] groups = randomGroups(g.nodeCount(), 3, 9);
        assertEqualsBruteForce(new GouldFernandezBrokerage(4).compute(g, groups), bruteForce(g, groups));
    }

    @Test
    void karateClubMatchesBruteForce() {
        CsrGraph g = GraphFixtures.karate();
        int[] groups = randomGroups(34, 2, 5);
        assertEqualsBruteForce(brokerage.compute(g, groups), bruteForce(g, groups));
    }

    @Test
    void invalidArgumentsAreNamed() {
        assertThatThrownBy(() -> brokerage.compute(GraphFixtures.path(3), new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("groups has 2 entries for a graph of 3 nodes");
        assertThatThrownBy(() -> new GouldFernandezBrokerage(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concurrency must be >= 1, got 0");
    }

    private static void assertRoles(BrokerageCounts c, int node, long coordinator, long itinerant,
            long representative, long gatekeeper, long liaison) {
        assertThat(new long[] {c.count(BrokerageRole.COORDINATOR, node), c.count(BrokerageRole.ITINERANT, node),
                c.count(BrokerageRole.REPRESENTATIVE, node), c.count(BrokerageRole.GATEKEEPER, node),
                c.count(BrokerageRole.LIAISON, node)})
                .containsExactly(coordinator, itinerant, representative, gatekeeper, liaison);
    }

    private static int[] randomGroups(int n, int groups, long seed) {
        Random random = new Random(seed);
        int[] g = new int[n];
        for (int v = 0; v < n; v++) {
            g[v] = random.nextInt(groups);
        }
        return g;
    }

    /** Every directed two-path a -> b -> c with a, c distinct and not adjacent, classified directly: O(n^3). */
    static long[][] bruteForce(CsrGraph g, int[] group) {
        int n = g.nodeCount();
        boolean[][] adjacent = new boolean[n][n];
        for (int u = 0; u < n; u++) {
            for (int e = g.firstEdge(u); e < g.endEdge(u); e++) {
                adjacent[u][g.targets()[e]] = true;
            }
        }
        long[][] counts = new long[5][n];
        for (int b = 0; b < n; b++) {
            for (int a = 0; a < n; a++) {
                if (!adjacent[a][b]) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    if (a == c || a == b || c == b || !adjacent[b][c] || adjacent[a][c]) {
                        continue;
                    }
                    int ga = group[a];
                    int gb = group[b];
                    int gc = group[c];
                    BrokerageRole role;
                    if (ga == gb && gb == gc) {
                        role = BrokerageRole.COORDINATOR;
                    } else if (ga == gc) {
                        role = BrokerageRole.ITINERANT;
                    } else if (ga == gb) {
                        role = BrokerageRole.REPRESENTATIVE;
                    } else if (gb == gc) {
                        role = BrokerageRole.GATEKEEPER;
                    } else {
                        role = BrokerageRole.LIAISON;
                    }
                    counts[role.ordinal()][b]++;
                }
            }
        }
        return counts;
    }

    private static void assertEqualsBruteForce(BrokerageCounts actual, long[][] expected) {
        long[] total = new long[actual.nodeCount()];
        for (BrokerageRole role : BrokerageRole.values()) {
            assertThat(actual.counts(role)).as("%s", role).isEqualTo(expected[role.ordinal()]);
            for (int v = 0; v < total.length; v++) {
                total[v] += expected[role.ordinal()][v];
            }
        }
        assertThat(actual.total()).isEqualTo(total);
    }
}
