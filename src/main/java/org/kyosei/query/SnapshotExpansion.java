package org.kyosei.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.kyosei.query.NeighbourhoodExpansion.Expansion;
import org.kyosei.query.NeighbourhoodExpansion.Found;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * {@link NeighbourhoodExpansion#expand} computed on a {@link TieSnapshot}'s arrays: the same members, ties, order and
 * counts, but with entity numbers, stamp arrays and precomputed strength ranks instead of maps of ids, tie lists and
 * comparisons of ties. An investigator's 2-hop neighbourhood passes over tens of thousands of tie ends (a community
 * has thousands of members); here each costs a few array reads.
 *
 * <p>{@code rank[e]} orders the tie ends of the whole graph strongest first ({@link NeighbourhoodExpansion#STRONGEST_FIRST}
 * on the ends' {@link Found}s), equal ties sharing a rank, so a stable sort of candidates by rank is the sort of the
 * general algorithm.
 */
final class SnapshotExpansion {
    private final String[] ids;
    private final String[] labels;
    private final String[] names;
    private final int[] tieStart;
    private final int[] other;
    private final int[] relation;
    private final int[] since;
    private final int[] until;
    private final Found[] found;
    private final int[] rank;
    private final int relations;
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();

    SnapshotExpansion(String[] ids, String[] labels, String[] names, int[] tieStart, int[] other, int[] relation, int relations,
                      int[] since, int[] until, Found[] found, int[] rank) {
        this.ids = ids;
        this.labels = labels;
        this.names = names;
        this.tieStart = tieStart;
        this.other = other;
        this.relation = relation;
        this.relations = relations;
        this.since = since;
        this.until = until;
        this.found = found;
        this.rank = rank;
    }

    /** Per-request marks, one slot per entity or relationship: a slot is marked when it holds the current stamp. */
    private static final class Scratch {
        final int[] member;
        final int[] seen;
        /** The new entities one frontier entity's list has offered in this hop. */
        final int[] offered;
        final int[] tie;
        /** A hop's candidate tie ends, in the order found. */
        final IntArrayList candidates = new IntArrayList(4096);
        /** Sort keys of the candidates: rank in the high half, place in {@link #candidates} in the low half. */
        long[] keys = new long[4096];
        int stamp;

        Scratch(int entities, int relations) {
            member = new int[entities];
            seen = new int[entities];
            offered = new int[entities];
            tie = new int[relations];
        }

        /** A stamp no slot holds yet. */
        int next() {
            if (stamp == Integer.MAX_VALUE) {
                Arrays.fill(member, 0);
                Arrays.fill(seen, 0);
                Arrays.fill(offered, 0);
                Arrays.fill(tie, 0);
                stamp = 0;
            }
            return ++stamp;
        }
    }

    /** See {@link NeighbourhoodExpansion#expand}; {@code centre} is the entity's number. */
    Optional<Expansion> expand(int centre, int hops, LocalDate asOf, int cap) {
        Scratch scratch = scratches.poll();
        if (scratch == null) {
            scratch = new Scratch(ids.length, relations);
        }
        try {
            return Optional.of(expand(centre, hops, TieSnapshot.day(asOf), cap, scratch));
        } finally {
            scratches.add(scratch);
        }
    }

    private Expansion expand(int centre, int hops, long day, int cap, Scratch s) {
        int limit = NeighbourhoodExpansion.tiesKept(cap);
        int memberStamp = s.next();
        int tieStamp = s.next();
        List<Neighbourhood.Member> members = new ArrayList<>(Math.min(cap, 256));
        s.member[centre] = memberStamp;
        members.add(member(centre, 0));
        List<Neighbourhood.Tie> ties = new ArrayList<>(2 * cap);
        IntArrayList frontier = IntArrayList.of(centre);
        long more = 0;
        boolean moreAtLeast = false;
        IntArrayList candidates = s.candidates;
        for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
            int room = cap - members.size() + 1; // one more than fits tells that the cap was reached
            candidates.clear();
            long widest = 0;
            for (int f = 0; f < frontier.size(); f++) {
                int from = frontier.getInt(f);
                int listed = 0;
                int fresh = 0;
                long reachable = 0;
                int reachStamp = s.next();
                int offeredStamp = s.next();
                for (int e = tieStart[from]; e < tieStart[from + 1]; e++) {
                    if (since[e] > day || until[e] < day) {
                        continue;
                    }
                    int far = other[e];
                    if (s.seen[far] != reachStamp) {
                        s.seen[far] = reachStamp;
                        reachable++;
                    }
                    if (listed < limit) {
                        listed++;
                        if (s.member[far] == memberStamp) {
                            addTie(e, s, tieStamp, ties);
                        } else if (s.offered[far] == offeredStamp) {
                            candidates.add(e); // another tie to an entity this list already offered
                        } else if (fresh < room) {
                            s.offered[far] = offeredStamp;
                            candidates.add(e);
                            fresh++;
                        }
                    }
                }
                // from is itself a member and not its own neighbour: at most members - 1 of its neighbours are known
                widest = Math.max(widest, reachable - (members.size() - 1));
            }
            long[] byRank = sortByRank(candidates, s);
            IntArrayList next = new IntArrayList(Math.min(room, 256));
            int leftOutStamp = s.next();
            int leftOut = 0;
            for (int c = 0; c < candidates.size(); c++) {
                int e = candidates.getInt((int) byRank[c]);
                int far = other[e];
                if (s.member[far] != memberStamp) {
                    if (members.size() >= cap) {
                        if (s.seen[far] != leftOutStamp) {
                            s.seen[far] = leftOutStamp;
                            leftOut++;
                        }
                        continue;
                    }
                    s.member[far] = memberStamp;
                    members.add(member(far, hop));
                    next.add(far);
                }
                addTie(e, s, tieStamp, ties);
            }
            if (leftOut > 0) {
                // the new entities of this hop number at least the widest single expansion and all those seen
                long newAtThisHop = Math.max(widest, next.size() + leftOut);
                more = newAtThisHop - next.size();
                moreAtLeast = frontier.size() > 1 || hop < hops;
                break;
            }
            frontier = next;
        }
        return new Expansion(new Neighbourhood(Collections.unmodifiableList(members), Collections.unmodifiableList(ties), cap,
                more > 0), more, moreAtLeast);
    }

    /**
     * The candidates' places in {@code candidates}, strongest tie first and equal ones in the order found (the stable
     * sort of the general algorithm): one primitive sort of (rank, place) keys, each rank read once.
     */
    private long[] sortByRank(IntArrayList candidates, Scratch s) {
        int n = candidates.size();
        if (s.keys.length < n) {
            s.keys = new long[Math.max(n, 2 * s.keys.length)];
        }
        long[] keys = s.keys;
        for (int c = 0; c < n; c++) {
            keys[c] = (long) rank[candidates.getInt(c)] << 32 | c;
        }
        Arrays.sort(keys, 0, n);
        return keys;
    }

    private Neighbourhood.Member member(int k, int hop) {
        return new Neighbourhood.Member(ids[k], labels[k], names[k], hop);
    }

    private void addTie(int e, Scratch s, int tieStamp, List<Neighbourhood.Tie> ties) {
        int t = relation[e];
        if (s.tie[t] != tieStamp) {
            s.tie[t] = tieStamp;
            ties.add(found[e].tie());
        }
    }
}
