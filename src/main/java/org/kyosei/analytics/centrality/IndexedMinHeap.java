package org.kyosei.analytics.centrality;

/**
 * A binary min-heap of node ids keyed by an external {@code double[]} (the tentative distances),
 * with decrease-key through a position index. No boxing, no allocation after construction.
 * Reusable: it is empty again once every inserted node has been polled.
 */
final class IndexedMinHeap {
    private final int[] heap;
    private final int[] position;
    private double[] keys;
    private int size;

    IndexedMinHeap(int capacity) {
        this.heap = new int[capacity];
        this.position = new int[capacity];
        java.util.Arrays.fill(position, -1);
    }

    /** The key array read by the heap; keys may only decrease while a node is in the heap. */
    void keys(double[] keys) {
        this.keys = keys;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void insert(int node) {
        int at = size++;
        heap[at] = node;
        position[node] = at;
        siftUp(at);
    }

    /** Restores order after {@code keys[node]} decreased; {@code node} must be in the heap. */
    void decreased(int node) {
        siftUp(position[node]);
    }

    int pollMin() {
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

    private void siftUp(int at) {
        int node = heap[at];
        double key = keys[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int up = heap[parent];
            if (keys[up] <= key) {
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
        double key = keys[node];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < size && keys[heap[right]] < keys[heap[child]]) {
                child = right;
            }
            int down = heap[child];
            if (key <= keys[down]) {
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
