package org.kyosei.analytics.graph;

import java.util.Arrays;

/**
 * A binary min-heap of node ids keyed by an external {@code double[]} (the tentative distances), with
 * decrease-key through a position index: the priority queue of every Dijkstra search (paths, closeness,
 * weighted betweenness). No boxing, no allocation after construction; reusable, and {@link #clear()} empties it
 * when a search stops early. With {@code tiesByNode}, equal keys come out lower node id first (paths use it so
 * that equal-length paths are found in a reproducible order); without, in the heap's own order, which is
 * deterministic too.
 */
public final class IndexedMinHeap {
    private final int[] heap;
    private final int[] position;
    private final boolean tiesByNode;
    private double[] keys;
    private int size;

    /** A heap for nodes {@code 0..capacity-1}; set its keys with {@link #keys(double[])} before use. */
    public IndexedMinHeap(int capacity, boolean tiesByNode) {
        this.heap = new int[capacity];
        this.position = new int[capacity];
        this.tiesByNode = tiesByNode;
        Arrays.fill(position, -1);
    }

    /** The key array read by the heap; a node's key may only decrease while it is in the heap. */
    public void keys(double[] keys) {
        this.keys = keys;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Whether the node is in the heap. */
    public boolean contains(int node) {
        return position[node] >= 0;
    }

    /** Adds a node that is not in the heap. */
    public void insert(int node) {
        int at = size++;
        heap[at] = node;
        position[node] = at;
        siftUp(at);
    }

    /** Restores order after {@code keys[node]} decreased; {@code node} must be in the heap. */
    public void decreased(int node) {
        siftUp(position[node]);
    }

    /** The node with the least key, left in the heap; the heap must not be empty. */
    public int peekMin() {
        return heap[0];
    }

    /** Removes and returns the node with the least key; the heap must not be empty. */
    public int pollMin() {
        int min = heap[0];
        position[min] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return min;
    }

    /** Empties the heap (in the time of the nodes left in it). */
    public void clear() {
        for (int at = 0; at < size; at++) {
            position[heap[at]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        double ka = keys[a];
        double kb = keys[b];
        return ka < kb || (tiesByNode && ka == kb && a < b);
    }

    private void siftUp(int at) {
        int node = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int up = heap[parent];
            if (!less(node, up)) {
                break;
            }
            heap[at] = up;
            position[up] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void siftDown(int at) {
        int node = heap[at];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < size && less(heap[right], heap[child])) {
                child = right;
            }
            int down = heap[child];
            if (!less(down, node)) {
                break;
            }
            heap[at] = down;
            position[down] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
