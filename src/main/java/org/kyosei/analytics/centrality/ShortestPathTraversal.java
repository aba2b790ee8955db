package org.kyosei.analytics.centrality;

import java.util.Arrays;

import org.kyosei.analytics.graph.IndexedMinHeap;

/**
 * Single-source shortest-path distances, reusable across sources: BFS (hops) or Dijkstra with an
 * {@link IndexedMinHeap} (weights as lengths, already checked to be positive). After
 * {@link #run(int)} the reached nodes are {@link #reached(int) reached(0..count-1)} in
 * non-decreasing distance order, the source first. One instance per worker.
 */
abstract sealed class ShortestPathTraversal {
    final int[] offsets;
    final int[] targets;
    final int[] order;
    int count;

    private ShortestPathTraversal(Adjacency graph) {
        this.offsets = graph.offsets();
        this.targets = graph.targets();
        this.order = new int[graph.nodeCount()];
    }

    static ShortestPathTraversal of(Adjacency graph, Weighting weighting) {
        return weighting == Weighting.WEIGHTED ? new Dijkstra(graph) : new Bfs(graph);
    }

    /** Clears the previous run and traverses from {@code source}; returns the number reached. */
    abstract int run(int source);

    /** The {@code i}-th node reached, {@code 0 <= i < count}. */
    final int reached(int i) {
        return order[i];
    }

    /** Distance of a node reached by the last run. */
    abstract double distance(int node);

    /** Breadth-first search, distances in hops. */
    static final class Bfs extends ShortestPathTraversal {
        private final int[] hops;

        Bfs(Adjacency graph) {
            super(graph);
            this.hops = new int[graph.nodeCount()];
            Arrays.fill(hops, -1);
        }

        @Override
        int run(int source) {
            int[] hops = this.hops;
            int[] order = this.order;
            for (int i = 0; i < count; i++) {
                hops[order[i]] = -1;
            }
            hops[source] = 0;
            order[0] = source;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = order[head];
                int next = hops[v] + 1;
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    if (hops[w] < 0) {
                        hops[w] = next;
                        order[tail++] = w;
                    }
                }
            }
            count = tail;
            return tail;
        }

        @Override
        double distance(int node) {
            return hops[node];
        }
    }

    /** Dijkstra's algorithm, distances as sums of weights. */
    static final class Dijkstra extends ShortestPathTraversal {
        private final double[] weights;
        private final double[] dist;
        private final boolean[] settled;
        private final IndexedMinHeap heap;

        Dijkstra(Adjacency graph) {
            super(graph);
            this.weights = graph.weights();
            this.dist = new double[graph.nodeCount()];
            this.settled = new boolean[graph.nodeCount()];
            this.heap = new IndexedMinHeap(graph.nodeCount(), false);
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            heap.keys(dist);
        }

        @Override
        int run(int source) {
            double[] dist = this.dist;
            int[] order = this.order;
            for (int i = 0; i < count; i++) {
                dist[order[i]] = Double.POSITIVE_INFINITY;
                settled[order[i]] = false;
            }
            dist[source] = 0.0;
            heap.insert(source);
            int done = 0;
            while (!heap.isEmpty()) {
                int v = heap.pollMin();
                settled[v] = true;
                order[done++] = v;
                double dv = dist[v];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    if (settled[w]) {
                        continue;
                    }
                    double candidate = dv + weights[e];
                    double dw = dist[w];
                    if (candidate < dw) {
                        dist[w] = candidate;
                        if (dw == Double.POSITIVE_INFINITY) {
                            heap.insert(w);
                        } else {
                            heap.decreased(w);
                        }
                    }
                }
            }
            count = done;
            return done;
        }

        @Override
        double distance(int node) {
            return dist[node];
        }
    }
}
