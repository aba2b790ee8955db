package org.kyosei.analytics.structure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

import org.kyosei.analytics.graph.CsrGraph;

/**
 * Connected components by breadth-first search from each unlabelled node in ascending id order,
 * so components come out numbered by their smallest node.
 *
 * <p>Time O(n + m); memory two int arrays of n (labels and the queue). Iterative, so safe on
 * graphs of millions of nodes. Stateless and thread-safe.
 */
public final class BfsConnectedComponents implements ConnectedComponents {

    @Override
    public Components compute(CsrGraph graph) {
        return compute(graph, new BitSet());
    }

    @Override
    public Components compute(CsrGraph graph, BitSet removed) {
        Objects.requireNonNull(graph, "graph must not be null");
        Objects.requireNonNull(removed, "removed must not be null");
        int n = graph.nodeCount();
        checkMask(removed, n);
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        int[] labels = new int[n];
        Arrays.fill(labels, Components.REMOVED - 1);
        for (int v = removed.nextSetBit(0); v >= 0; v = removed.nextSetBit(v + 1)) {
            labels[v] = Components.REMOVED;
        }
        int unlabelled = Components.REMOVED - 1;
        int[] queue = new int[n];
        int[] sizes = new int[16];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (labels[root] != unlabelled) {
                continue;
            }
            int label = count++;
            labels[root] = label;
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            while (head < tail) {
                int u = queue[head++];
                for (int e = offsets[u], end = offsets[u + 1]; e < end; e++) {
                    int v = targets[e];
                    if (labels[v] == unlabelled) {
                        labels[v] = label;
                        queue[tail++] = v;
                    }
                }
            }
            if (label == sizes.length) {
                sizes = Arrays.copyOf(sizes, sizes.length * 2);
            }
            sizes[label] = tail;
        }
        sizes = Arrays.copyOf(sizes, count);
        int largest = Components.NONE;
        for (int c = 0; c < count; c++) {
            if (largest == Components.NONE || sizes[c] > sizes[largest]) {
                largest = c;
            }
        }
        return new Components(labels, sizes, largest);
    }

    static void checkMask(BitSet removed, int n) {
        if (removed.length() > n) {
            throw new IllegalArgumentException(
                    "removed node " + (removed.length() - 1) + " is outside nodes 0.." + (n - 1));
        }
    }
}
