package org.kyosei.analytics.centrality;

/**
 * Breadth-first search from up to {@value #BATCH} sources at once, one bit per source in a
 * {@code long} per node (M. Then et al., <i>The more the merrier: efficient multi-source graph
 * traversal</i>, PVLDB 8(4):449–460, 2014). Each level scans the adjacency of the nodes newly
 * reached by <i>any</i> source once, OR-ing the source bits forward, so sources whose searches
 * overlap share the memory traffic: on small-world graphs a batch of 64 costs a few single
 * searches. Per node and level, the sources that reached it at that level are reported as a bit
 * set.
 *
 * <p>Reusable (one instance per worker): {@code 24n} bytes of bit sets plus two {@code 4n}-byte
 * frontier lists and a {@code 4n}-byte list of touched nodes; cleared incrementally after each
 * batch. Unweighted only.
 */
final class MultiSourceBfs {

    /** Sources per batch: one bit each in a {@code long}. */
    static final int BATCH = Long.SIZE;

    /** Receives, for each node and level, the sources that first reached it at that level. */
    @FunctionalInterface
    interface Visitor {
        void reached(int node, long sources, int level);
    }

    private final int[] offsets;
    private final int[] targets;
    private final long[] seen;
    private final long[] visit;
    private final long[] next;
    private int[] frontier;
    private int[] nextFrontier;
    private final int[] touched;

    MultiSourceBfs(Adjacency graph) {
        int n = graph.nodeCount();
        this.offsets = graph.offsets();
        this.targets = graph.targets();
        this.seen = new long[n];
        this.visit = new long[n];
        this.next = new long[n];
        this.frontier = new int[n];
        this.nextFrontier = new int[n];
        this.touched = new int[n];
    }

    /**
     * Searches from {@code sources[from..to)} (at most {@value #BATCH}, distinct); source
     * {@code sources[from + i]} is bit {@code i}. The sources themselves (level 0) are not
     * reported.
     */
    void run(int[] sources, int from, int to, Visitor visitor) {
        int count = to - from;
        if (count > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " sources per batch, got " + count);
        }
        int[] offsets = this.offsets;
        int[] targets = this.targets;
        long[] seen = this.seen;
        long[] visit = this.visit;
        long[] next = this.next;
        int touchedCount = 0;
        int frontierSize = 0;
        for (int i = 0; i < count; i++) {
            int s = sources[from + i];
            if (seen[s] == 0) {
                touched[touchedCount++] = s;
                frontier[frontierSize++] = s;
            }
            seen[s] |= 1L << i;
            visit[s] |= 1L << i;
        }
        for (int level = 1; frontierSize > 0; level++) {
            int[] current = frontier;
            int[] upcoming = nextFrontier;
            int upcomingSize = 0;
            for (int j = 0; j < frontierSize; j++) {
                int v = current[j];
                long bits = visit[v];
                visit[v] = 0;
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    long fresh = bits & ~seen[w];
                    if (fresh != 0) {
                        long before = next[w];
                        if (before == 0) {
                            upcoming[upcomingSize++] = w;
                        }
                        next[w] = before | fresh;
                    }
                }
            }
            for (int j = 0; j < upcomingSize; j++) {
                int w = upcoming[j];
                long fresh = next[w];
                next[w] = 0;
                if (seen[w] == 0) {
                    touched[touchedCount++] = w;
                }
                seen[w] |= fresh;
                visit[w] = fresh;
                visitor.reached(w, fresh, level);
            }
            frontier = upcoming;
            nextFrontier = current;
            frontierSize = upcomingSize;
        }
        for (int i = 0; i < touchedCount; i++) {
            seen[touched[i]] = 0;
        }
    }
}
