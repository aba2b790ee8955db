package org.kyosei.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands a neighbourhood hop by hop, keeping at most {@code cap} entities. Within a hop the ties with the
 * highest confidence, the latest start and the highest weight come first, so a hub with thousands of links
 * shows its strongest ones; across the hop the strongest ties win the places under the cap.
 *
 * <p>Each entity's valid ties as of a date come from a {@link TieSource}: sorted strongest first, at most
 * {@value #MIN_TIES_KEPT} (or the room under the cap, if larger), with the number of distinct entities they
 * reach. So the ties among shown entities through a hub are those among the hub's kept ties. How many
 * entities the cap left out comes from the same lists: exact when one entity was being expanded at the last
 * hop, otherwise a lower bound.
 */
public final class NeighbourhoodExpansion {
    /** The fewest ties read per entity, whatever the cap. */
    public static final int MIN_TIES_KEPT = 1000;

    /** A tie of an entity, with the entity on its far side and that entity's label and name ({@code null} if none). */
    public record Found(Neighbourhood.Tie tie, String other, String label, String name) {
    }

    /**
     * An entity's label and name, its strongest valid ties as of a date (at most {@code limit}), and how many
     * distinct entities all its valid ties reach; {@code complete} when the list holds all of them.
     */
    public record TieList(String label, String name, List<Found> ties, long reachable, int limit) {
        public boolean complete() {
            return ties.size() < limit;
        }
    }

    /** Where the tie lists come from: the database, or an in-memory snapshot of it. */
    @FunctionalInterface
    public interface TieSource {
        /** The tie lists of the given entities as of {@code asOf}, each at most {@code limit} long; unknown ids left out. */
        Map<String, TieList> tieLists(List<String> ids, LocalDate asOf, int limit);
    }

    /**
     * A capped neighbourhood and how many entities within the hops were left out: {@code more} exactly, or at
     * least {@code more} when {@code moreAtLeast}.
     */
    public record Expansion(Neighbourhood neighbourhood, long more, boolean moreAtLeast) {
    }

    /** Strongest first: confidence, then the latest start, then weight, then the far entity's id. */
    public static final Comparator<Found> STRONGEST_FIRST = NeighbourhoodExpansion::compareStrength;

    private static int compareStrength(Found a, Found b) {
        int c = Double.compare(b.tie().confidence(), a.tie().confidence());
        if (c != 0) {
            return c;
        }
        String sinceA = a.tie().since();
        String sinceB = b.tie().since();
        if (sinceA == null || sinceB == null) {
            c = sinceA == null ? (sinceB == null ? 0 : 1) : -1; // an unknown start last
        } else {
            c = sinceB.compareTo(sinceA);
        }
        if (c != 0) {
            return c;
        }
        c = Double.compare(b.tie().weight(), a.tie().weight());
        return c != 0 ? c : a.other().compareTo(b.other());
    }

    private NeighbourhoodExpansion() {
    }

    /** How many ties to read per entity for a given cap. */
    public static int tiesKept(int cap) {
        return Math.max(MIN_TIES_KEPT, cap + 1);
    }

    /** The neighbourhood of {@code id} with how many more entities the cap left out, or empty when no such entity exists. */
    public static Optional<Expansion> expand(TieSource source, String id, int hops, LocalDate asOf, int cap) {
        int limit = tiesKept(cap);
        Map<String, TieList> centre = source.tieLists(List.of(id), asOf, limit);
        if (!centre.containsKey(id)) {
            return Optional.empty();
        }
        Map<String, Neighbourhood.Member> members = new LinkedHashMap<>();
        members.put(id, new Neighbourhood.Member(id, centre.get(id).label(), centre.get(id).name(), 0));
        Set<Neighbourhood.Tie> tieKeys = new HashSet<>(4 * cap);
        List<Neighbourhood.Tie> ties = new ArrayList<>(2 * cap);
        List<String> frontier = List.of(id);
        Map<String, TieList> lists = centre;
        long more = 0;
        boolean moreAtLeast = false;
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            if (hop > 1) {
                lists = source.tieLists(frontier, asOf, limit);
            }
            int room = cap - members.size() + 1; // one more than fits tells that the cap was reached
            List<Found> candidates = new ArrayList<>(Math.min(frontier.size() * room, 16 * cap));
            long widest = 0;
            for (String from : frontier) {
                TieList list = lists.get(from);
                if (list == null) {
                    continue;
                }
                // f is itself a member and not its own neighbour: at most members - 1 of its neighbours are known
                widest = Math.max(widest, list.reachable() - (members.size() - 1));
                // the first `room` new entities of each list (all their ties before the room is full): so a larger cap
                // keeps the same entities first, and a later page never repeats or skips one of an earlier page
                Set<String> fresh = new HashSet<>();
                for (Found f : list.ties()) {
                    if (members.containsKey(f.other())) {
                        addTie(f.tie(), tieKeys, ties);
                    } else if (fresh.contains(f.other()) || fresh.size() < room) {
                        fresh.add(f.other());
                        candidates.add(f);
                    }
                }
            }
            candidates.sort(STRONGEST_FIRST);
            List<String> next = new ArrayList<>();
            Set<String> leftOut = new LinkedHashSet<>();
            for (Found f : candidates) {
                if (!members.containsKey(f.other())) {
                    if (members.size() >= cap) {
                        leftOut.add(f.other());
                        continue;
                    }
                    members.put(f.other(), new Neighbourhood.Member(f.other(), f.label(), f.name(), hop));
                    next.add(f.other());
                }
                addTie(f.tie(), tieKeys, ties);
            }
            if (!leftOut.isEmpty()) {
                // the new entities of this hop number at least the widest single expansion and all those seen
                long newAtThisHop = Math.max(widest, next.size() + leftOut.size());
                more = newAtThisHop - next.size();
                moreAtLeast = frontier.size() > 1 || hop < hops;
                break;
            }
            frontier = next;
        }
        return Optional.of(new Expansion(new Neighbourhood(List.copyOf(members.values()), List.copyOf(ties), cap, more > 0),
                more, moreAtLeast));
    }

    /** A relationship is identified by (src, type, dst, since), so equal ties are the same relationship. */
    private static void addTie(Neighbourhood.Tie tie, Set<Neighbourhood.Tie> tieKeys, List<Neighbourhood.Tie> ties) {
        if (tieKeys.add(tie)) {
            ties.add(tie);
        }
    }
}
