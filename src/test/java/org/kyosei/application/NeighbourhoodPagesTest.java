package org.kyosei.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion;
import org.kyosei.query.NeighbourhoodExpansion.Found;
import org.kyosei.query.NeighbourhoodExpansion.TieList;

/**
 * Pages of neighbourhoods of random graphs with parallel ties (several relationships between the same two entities,
 * which once let a larger cap put a new entity before one a smaller cap had shown): disjoint, and together the whole
 * neighbourhood, entities and ties.
 */
class NeighbourhoodPagesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** An undirected random graph with many parallel ties, as a tie source with the general algorithm's rules. */
    private static NeighbourhoodExpansion.TieSource randomGraph(long seed, int entities, int relations) {
        Random random = new Random(seed);
        Map<String, List<Found>> lists = new HashMap<>();
        for (int i = 0; i < entities; i++) {
            lists.put("N" + i, new ArrayList<>());
        }
        for (int r = 0; r < relations; r++) {
            // a few hubs, so pages end inside a hop
            int a = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(entities);
            int b = random.nextInt(entities);
            if (a == b) {
                continue;
            }
            int copies = 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
            for (int c = 0; c < copies; c++) {
                Neighbourhood.Tie tie = new Neighbourhood.Tie("N" + a, "CONTACT", "N" + b, "2026-0" + (1 + random.nextInt(9)) + "-01",
                        random.nextInt(5), random.nextInt(3) / 2.0);
                lists.get("N" + a).add(new Found(tie, "N" + b, "Individual", null));
                lists.get("N" + b).add(new Found(tie, "N" + a, "Individual", null));
            }
        }
        lists.values().forEach(l -> l.sort(NeighbourhoodExpansion.STRONGEST_FIRST));
        return (ids, asOf, limit) -> {
            Map<String, TieList> found = new HashMap<>();
            for (String id : ids) {
                List<Found> all = lists.get(id);
                if (all != null) {
                    long reachable = all.stream().map(Found::other).distinct().count();
                    found.put(id, new TieList("Individual", null, all.subList(0, Math.min(limit, all.size())), reachable, limit));
                }
            }
            return found;
        };
    }

    @Test
    void pagesAreDisjointAndTogetherTheWholeNeighbourhood() {
        for (long seed = 1; seed <= 40; seed++) {
            NeighbourhoodExpansion.TieSource graph = randomGraph(seed, 60, 220);
            NeighbourhoodPages.Source source = (id, hops, asOf, cap) -> NeighbourhoodExpansion.expand(graph, id, hops, asOf, cap);
            for (int hops = 1; hops <= 3; hops++) {
                Neighbourhood whole = source.expand("N0", hops, AS_OF, 10_000).orElseThrow().neighbourhood();
                for (int limit : new int[] {1, 2, 3, 7}) {
                    Set<String> nodes = new LinkedHashSet<>(List.of("N0"));
                    Set<Neighbourhood.Tie> ties = new HashSet<>();
                    List<String> order = new ArrayList<>();
                    for (int offset = 0; ; offset += limit) {
                        NeighbourhoodPages.Page page = NeighbourhoodPages.page(source, "N0", hops, AS_OF, offset, limit).orElseThrow();
                        assertThat(page.nodes().getFirst().id()).isEqualTo("N0");
                        assertThat(page.nodes().size()).isLessThanOrEqualTo(1 + limit);
                        for (Neighbourhood.Member m : page.nodes().subList(1, page.nodes().size())) {
                            assertThat(nodes.add(m.id())).as("seed %d hops %d limit %d offset %d: %s again", seed, hops, limit, offset, m.id())
                                    .isTrue();
                            order.add(m.id());
                        }
                        for (Neighbourhood.Tie t : page.ties()) {
                            assertThat(ties.add(t)).as("seed %d: tie %s on two pages", seed, t).isTrue();
                            assertThat(nodes).as("a page's tie joins entities shown so far").contains(t.src(), t.dst());
                        }
                        if (page.more() == 0) {
                            assertThat(page.moreAtLeast()).isFalse();
                            break;
                        }
                        assertThat(page.nodes()).hasSize(1 + limit);
                    }
                    assertThat(order).as("seed %d hops %d limit %d", seed, hops, limit)
                            .containsExactlyElementsOf(whole.nodes().subList(1, whole.nodes().size()).stream().map(Neighbourhood.Member::id).toList());
                    assertThat(ties).as("seed %d hops %d limit %d", seed, hops, limit).containsExactlyInAnyOrderElementsOf(whole.ties());
                }
            }
        }
    }

    @Test
    void aPageBeyondTheEndHoldsTheCentreOnlyAndAnUnknownIdNothing() {
        NeighbourhoodExpansion.TieSource graph = randomGraph(7, 30, 80);
        NeighbourhoodPages.Source source = (id, hops, asOf, cap) -> NeighbourhoodExpansion.expand(graph, id, hops, asOf, cap);
        NeighbourhoodPages.Page beyond = NeighbourhoodPages.page(source, "N0", 1, AS_OF, 5_000, 10).orElseThrow();
        assertThat(beyond.nodes()).extracting(Neighbourhood.Member::id).containsExactly("N0");
        assertThat(beyond.ties()).isEmpty();
        assertThat(beyond.more()).isZero();
        assertThat(NeighbourhoodPages.page(source, "NOPE", 1, AS_OF, 0, 10)).isEmpty();
        assertThat(NeighbourhoodPages.upTo(source, "NOPE", 1, AS_OF, 0, 10)).isEmpty();
    }
}
