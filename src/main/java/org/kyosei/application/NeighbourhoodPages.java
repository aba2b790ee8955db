package org.kyosei.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion.Expansion;

/**
 * Pages of a capped neighbourhood. Page {@code (offset, limit)} holds the centre and the entities
 * {@code offset+1 .. offset+limit} of the strongest-first order, and the ties it adds to the earlier pages: those of the
 * neighbourhood capped at {@code 1+offset+limit} entities that the one capped at {@code 1+offset} lacks. A larger cap
 * keeps the same entities first and every tie of a smaller one, so the pages of an unchanged graph are disjoint and
 * together they are the whole neighbourhood, ties included.
 */
public final class NeighbourhoodPages {
    /** The most entities after the centre a client may page to. */
    public static final int MAX_OFFSET = 100_000;

    /** Where capped neighbourhoods come from: the in-memory graph or the database. */
    @FunctionalInterface
    public interface Source {
        Optional<Expansion> expand(String id, int hops, LocalDate asOf, int cap);
    }

    /** A page: the centre first, then this page's entities; {@code more} entities come after it (a lower bound when {@code moreAtLeast}). */
    public record Page(List<Neighbourhood.Member> nodes, List<Neighbourhood.Tie> ties, long more, boolean moreAtLeast) {
    }

    private NeighbourhoodPages() {
    }

    /** The page, or empty when there is no such entity. */
    public static Optional<Page> page(Source source, String id, int hops, LocalDate asOf, int offset, int limit) {
        Optional<Expansion> found = source.expand(id, hops, asOf, 1 + offset + limit);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Expansion wide = found.get();
        List<Neighbourhood.Member> members = wide.neighbourhood().nodes();
        List<Neighbourhood.Member> nodes = new ArrayList<>(Math.min(members.size(), limit + 1));
        nodes.add(members.getFirst());
        nodes.addAll(members.subList(Math.min(1 + offset, members.size()), members.size()));
        List<Neighbourhood.Tie> ties = wide.neighbourhood().ties();
        if (offset > 0) {
            Set<Neighbourhood.Tie> earlier = new HashSet<>(source.expand(id, hops, asOf, 1 + offset).orElseThrow()
                    .neighbourhood().ties());
            ties = ties.stream().filter(t -> !earlier.contains(t)).toList();
        }
        return Optional.of(new Page(nodes, ties, wide.more(), wide.moreAtLeast()));
    }

    /**
     * What a client that asked for every page up to {@code (offset, limit)} shows: the centre, the first
     * {@code offset+limit} entities after it and all their ties; empty when there is no such entity.
     */
    public static Optional<Expansion> upTo(Source source, String id, int hops, LocalDate asOf, int offset, int limit) {
        return source.expand(id, hops, asOf, 1 + offset + limit);
    }
}
