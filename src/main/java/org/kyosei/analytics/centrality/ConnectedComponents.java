package org.kyosei.analytics.centrality;

import java.util.Arrays;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * The connected components of an undirected {@link CsrGraph}, labelled {@code 0..count-1} in
 * order of their smallest node id. Found by breadth-first search in {@code O(n + m)} time and
 * {@code 8n} bytes (labels and a queue), plus the sizes.
 */
public final class ConnectedComponents {
    private final int[] labels;
    private final int[] sizes;

    private ConnectedComponents(int[] labels, int[] sizes) {
        this.labels = labels;
        this.sizes = sizes;
    }

    /** Labels the components of {@code graph}. */
    public static ConnectedComponents of(CsrGraph graph) {
        Checks.graph(graph);
        int n = graph.nodeCount();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int[] queue = new int[n];
        int[] sizes = new int[Math.max(1, n)];
        int count = 0;
        for (int start = 0; start < n; start++) {
            if (labels[start] >= 0) {
                continue;
            }
            labels[start] = count;
            queue[0] = start;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    if (labels[w] < 0) {
                        labels[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            sizes[count++] = tail;
        }
        return new ConnectedComponents(labels, Arrays.copyOf(sizes, count));
    }

    /** Number of components (0 for the empty graph; an isolated node is a component). */
    public int count() {
        return sizes.length;
    }

    /** The component label of {@code node}. */
    public int label(int node) {
        return labels[node];
    }

    /** Number of nodes in component {@code label}. */
    public int size(int label) {
        return sizes[label];
    }

    /** Number of nodes in the component of {@code node}, itself included. */
    public int componentSizeOf(int node) {
        return sizes[labels[node]];
    }

    /** Size of the largest component, 0 for the empty graph. */
    public int largestSize() {
        int max = 0;
        for (int size : sizes) {
            max = Math.max(max, size);
        }
        return max;
    }

    /** A copy of the labels, one per node. */
    public int[] labels() {
        return labels.clone();
    }
}
