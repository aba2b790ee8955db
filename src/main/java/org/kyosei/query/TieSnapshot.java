package org.kyosei.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.kyosei.analytics.graph.Offsets;
import org.kyosei.graph.DatedGraph;
import org.kyosei.query.NeighbourhoodExpansion.Found;
import org.kyosei.query.NeighbourhoodExpansion.TieList;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.ints.IntComparator;

/**
 * The entities and ties of the whole stored graph, held in memory for the investigators' screens: tie lists for
 * {@link NeighbourhoodExpansion} (the same lists, in the same order, as the database's), search by id or name
 * word prefixes, and names of entities. Built from the one {@link DatedGraph}, which it keeps ({@link #graph}).
 * Immutable once built; safe to share between request threads.
 *
 * <p>Layout: entities sorted by id (so an entity's number orders as its id); each entity's ties in one array
 * region, sorted strongest first (confidence, latest start, weight, far entity's id), with its dates as primitive
 * columns for the as-of test and its answer built once. About 82 bytes per relationship end and about 175 per entity
 * with its name words (100,000 individuals: about 200 MB), and the dated graph's columns besides.
 *
 * <p>Search ({@link WordIndex}): an entity matches when every word of the query is a prefix of a word of its id or its
 * name (words: runs of letters and digits, compared in lower case); an exact id comes first, then the others by id.
 */
public final class TieSnapshot implements NeighbourhoodExpansion.TieSource {
    private final String[] ids;
    private final String[] labels;
    private final String[] names;
    private final Map<String, Integer> numberOf;
    private final int[] tieStart;
    private final int[] other;
    /** By tie end: the first and last day it is valid; a missing start is {@code Integer.MAX_VALUE}, end MIN_VALUE. */
    private final int[] since;
    private final int[] until;
    private final Found[] found;
    private final WordIndex index;
    private final ConcurrentLinkedQueue<int[]> markers = new ConcurrentLinkedQueue<>();
    private final SnapshotExpansion expansion;
    private final long loadedAtMillis;
    private final DatedGraph graph;

    private TieSnapshot(DatedGraph graph, long loadedAtMillis) {
        this.graph = graph;
        int n = graph.nodeCount();
        Columns b = new Columns(graph);
        ids = new String[n];
        labels = new String[n];
        names = new String[n];
        numberOf = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) { // the graph numbers its entities in id order already
            ids[k] = graph.id(k);
            labels[k] = graph.label(k);
            names[k] = graph.name(k);
            numberOf.put(ids[k], k);
        }
        int[] degree = new int[n];
        int ends = 0;
        for (int t = 0; t < b.tieCount; t++) {
            degree[graph.src(t)]++;
            degree[graph.dst(t)]++;
            ends += 2;
        }
        tieStart = Offsets.of(degree);
        other = new int[ends];
        int[] relation = new int[ends];
        int[] fill = Arrays.copyOf(tieStart, n);
        Neighbourhood.Tie[] ties = new Neighbourhood.Tie[b.tieCount];
        Map<Long, String> dateText = new HashMap<>();
        for (int t = 0; t < b.tieCount; t++) {
            int s = graph.src(t);
            int d = graph.dst(t);
            ties[t] = new Neighbourhood.Tie(ids[s], graph.typeName(graph.typeCode(t)), ids[d],
                    dateText.computeIfAbsent(b.since[t], day -> LocalDate.ofEpochDay(day).toString()), b.weight[t], b.confidence[t]);
            other[fill[s]] = d;
            relation[fill[s]++] = t;
            other[fill[d]] = s;
            relation[fill[d]++] = t;
        }
        IntComparator byDate = strongestFirst(relation, b, b.since);
        for (int k = 0; k < n; k++) {
            sortStrongestFirst(tieStart[k], tieStart[k + 1], relation, byDate);
        }
        since = new int[ends];
        until = new int[ends];
        found = new Found[ends];
        for (int e = 0; e < ends; e++) {
            int t = relation[e];
            int start = graph.since(t);
            int end = graph.until(t);
            since[e] = start == DatedGraph.NO_DATE ? Integer.MAX_VALUE : start;
            until[e] = end == DatedGraph.NO_DATE ? Integer.MIN_VALUE : end;
            found[e] = new Found(ties[t], ids[other[e]], labels[other[e]], names[other[e]]);
        }
        expansion = new SnapshotExpansion(ids, labels, names, tieStart, other, relation, b.tieCount, since, until, found,
                strengthRanks(relation, b, dateText));
        index = new WordIndex(ids, names);
        this.loadedAtMillis = loadedAtMillis;
    }

    /**
     * Tie ends (positions in {@code relation} and {@link #other}) strongest first: confidence, then the latest
     * {@code start} (a column by relationship), then weight, then the far entity's number, which orders as its id.
     */
    private IntComparator strongestFirst(int[] relation, Columns b, long[] start) {
        return (x, y) -> {
            int tx = relation[x];
            int ty = relation[y];
            int c = Double.compare(b.confidence[ty], b.confidence[tx]);
            if (c == 0) {
                c = Long.compare(start[ty], start[tx]);
            }
            if (c == 0) {
                c = Double.compare(b.weight[ty], b.weight[tx]);
            }
            return c != 0 ? c : Integer.compare(other[x], other[y]);
        };
    }

    /**
     * Each tie end's place in the whole graph's order of {@link NeighbourhoodExpansion#STRONGEST_FIRST}, ends that
     * compare equal sharing one. The sort reads primitive columns that order as that comparator's fields do (its start
     * dates are compared as texts, so each day is ranked by its text), not the ends' answers: those are objects spread
     * over the heap, and 2 million ends made this sort most of the time a read of the graph took. A change to that
     * comparator must be made here too; {@code TieSnapshotTest} fails otherwise, since the expansion on these ranks
     * must equal the general one.
     */
    private int[] strengthRanks(int[] relation, Columns b, Map<Long, String> dateText) {
        Long[] days = dateText.keySet().toArray(Long[]::new);
        Arrays.sort(days, Comparator.comparing(dateText::get));
        Map<Long, Integer> dayRank = new HashMap<>(2 * days.length);
        for (int r = 0; r < days.length; r++) {
            dayRank.put(days[r], r);
        }
        long[] startTextRank = new long[b.tieCount];
        for (int t : relation) {
            startTextRank[t] = dayRank.get(b.since[t]);
        }
        IntComparator byDateText = strongestFirst(relation, b, startTextRank);
        int ends = relation.length;
        int[] order = IntStream.range(0, ends).toArray();
        IntArrays.parallelQuickSort(order, byDateText);
        int[] rank = new int[ends];
        int current = 0;
        for (int i = 1; i < ends; i++) {
            if (byDateText.compare(order[i - 1], order[i]) != 0) {
                current = i;
            }
            rank[order[i]] = current;
        }
        return rank;
    }

    /**
     * The neighbourhood of {@code id} exactly as {@link NeighbourhoodExpansion#expand} computes it on this snapshot,
     * computed on its arrays; empty when no such entity exists.
     */
    public Optional<NeighbourhoodExpansion.Expansion> expand(String id, int hops, LocalDate asOf, int cap) {
        Integer k = numberOf.get(id);
        return k == null ? Optional.empty() : expansion.expand(k, hops, asOf, cap);
    }

    /** Sorts one entity's tie ends, {@code from} to {@code to} in {@code relation} and {@link #other}, by {@code order}. */
    private void sortStrongestFirst(int from, int to, int[] relation, IntComparator order) {
        int size = to - from;
        if (size < 2) {
            return;
        }
        int[] index = IntStream.range(from, to).toArray();
        IntArrays.mergeSort(index, order); // stable: equal ties keep the order they were read in
        int[] o = new int[size];
        int[] r = new int[size];
        for (int i = 0; i < size; i++) {
            o[i] = other[index[i]];
            r[i] = relation[index[i]];
        }
        System.arraycopy(o, 0, other, from, size);
        System.arraycopy(r, 0, relation, from, size);
    }

    /** The lower-case runs of letters and digits of a text (the words search compares). */
    public static List<String> words(String text) {
        return WordIndex.words(text);
    }

    /** The id of entity number {@code k} (entities are numbered in id order). */
    public String id(int k) {
        return ids[k];
    }

    /** The label of entity number {@code k}, or "" when it has none. */
    public String label(int k) {
        return labels[k];
    }

    /**
     * Calls {@code visit} with each tie end of entity {@code k} valid on {@code asOf} ({@code since <= asOf <= until}):
     * the far entity's number and the relationship's type. A relationship shows at both its ends, a self-loop twice.
     */
    public void activeEnds(int k, LocalDate asOf, EndVisitor visit) {
        long day = day(asOf);
        for (int e = tieStart[k]; e < tieStart[k + 1]; e++) {
            if (since[e] <= day && until[e] >= day) {
                visit.end(other[e], found[e].tie().type());
            }
        }
    }

    /**
     * The epoch day of {@code asOf} for the tie ends' as-of test, kept strictly between the int markers of a missing
     * start and end, so a date past the int range of days still finds no tie without a start valid.
     */
    static long day(LocalDate asOf) {
        return Math.clamp(asOf.toEpochDay(), Integer.MIN_VALUE + 1L, Integer.MAX_VALUE - 1L);
    }

    /** Receives a tie end: the far entity's number and the relationship's type. */
    @FunctionalInterface
    public interface EndVisitor {
        void end(int far, String type);
    }

    public int entities() {
        return ids.length;
    }

    /** Tie ends held: twice the relationships. */
    public int tieEnds() {
        return other.length;
    }

    /** When the graph was read, in epoch milliseconds. */
    public long loadedAtMillis() {
        return loadedAtMillis;
    }

    @Override
    public Map<String, TieList> tieLists(List<String> wanted, LocalDate asOf, int limit) {
        Map<String, TieList> lists = new HashMap<>();
        long day = day(asOf);
        int[] marker = borrowMarker();
        try {
            for (String id : wanted) {
                Integer k = numberOf.get(id);
                if (k != null) {
                    lists.put(id, tieList(k, day, limit, marker));
                }
            }
        } finally {
            markers.add(marker);
        }
        return lists;
    }

    private TieList tieList(int k, long day, int limit, int[] marker) {
        List<Found> kept = new ArrayList<>();
        int stamp = ++marker[marker.length - 1];
        long reachable = 0;
        for (int e = tieStart[k]; e < tieStart[k + 1]; e++) {
            if (since[e] > day || until[e] < day) {
                continue;
            }
            int far = other[e];
            if (marker[far] != stamp) {
                marker[far] = stamp;
                reachable++;
            }
            if (kept.size() < limit) {
                kept.add(found[e]);
            }
        }
        return new TieList(labels[k], names[k], Collections.unmodifiableList(kept), reachable, limit);
    }

    /** A marker array (one slot per entity, the last holding the stamp) for counting distinct far entities. */
    private int[] borrowMarker() {
        int[] marker = markers.poll();
        if (marker == null || marker[marker.length - 1] == Integer.MAX_VALUE) {
            marker = new int[ids.length + 1];
        }
        return marker;
    }

    /** Entities whose id equals {@code text}, then those each of whose query words prefixes an id or name word, by id. */
    public List<EntityMatch> search(String text, int limit) {
        List<EntityMatch> hits = new ArrayList<>();
        Integer exact = numberOf.get(text);
        if (exact != null) {
            hits.add(match(exact));
        }
        List<String> query = WordIndex.words(text);
        if (query.isEmpty() || hits.size() >= limit) {
            return hits;
        }
        for (int k : index.search(query, limit - hits.size(), exact == null ? -1 : exact)) {
            hits.add(match(k));
        }
        return hits;
    }

    private EntityMatch match(int k) {
        return new EntityMatch(ids[k], labels[k], names[k]);
    }

    /**
     * The snapshot of the whole dated graph: every entity and every relationship, a missing start or end date read as
     * never valid (as the database's as-of test reads it).
     */
    public static TieSnapshot of(DatedGraph graph, long loadedAtMillis) {
        return new TieSnapshot(graph, loadedAtMillis);
    }

    /** The dated graph this snapshot was built from. */
    public DatedGraph graph() {
        return graph;
    }

    /** The columns of the graph's relationships the ordering of tie ends reads, a missing start as the last day. */
    private static final class Columns {
        final int tieCount;
        final long[] since;
        final double[] weight;
        final double[] confidence;

        Columns(DatedGraph graph) {
            tieCount = graph.edgeCount();
            since = new long[tieCount];
            weight = new double[tieCount];
            confidence = new double[tieCount];
            for (int t = 0; t < tieCount; t++) {
                int start = graph.since(t);
                since[t] = start == DatedGraph.NO_DATE ? LocalDate.MAX.toEpochDay() : start;
                weight[t] = graph.weight(t);
                confidence[t] = graph.confidence(t);
            }
        }
    }

    /** Collects entities without ties (for tests of search) and builds the snapshot. */
    public static final class Builder {
        private final DatedGraph.Builder graph = DatedGraph.builder();

        /** Adds an entity; an id seen before is ignored. */
        public Builder entity(String id, String label, String name) {
            graph.node(id, label, name, null, null);
            return this;
        }

        public TieSnapshot build(long loadedAtMillis) {
            return new TieSnapshot(graph.build(), loadedAtMillis);
        }
    }
}
