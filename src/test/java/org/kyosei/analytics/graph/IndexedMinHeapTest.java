package org.kyosei.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The one indexed heap of the Dijkstra searches, against a sorted set of (key, node) as the reference. */
class IndexedMinHeapTest {
    @Test
    void pollsInKeyOrderThroughInsertsDecreasesAndPollsInBothTieModes() {
        for (boolean tiesByNode : new boolean[] {false, true}) {
            Random random = new Random(42);
            for (int round = 0; round < 200; round++) {
                int n = 1 + random.nextInt(60);
                double[] keys = new double[n];
                IndexedMinHeap heap = new IndexedMinHeap(n, tiesByNode);
                heap.keys(keys);
                TreeSet<double[]> reference = new TreeSet<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                        : Double.compare(a[1], b[1]));
                boolean[] in = new boolean[n];
                boolean[] done = new boolean[n];
                for (int step = 0; step < 4 * n; step++) {
                    int node = random.nextInt(n);
                    int op = random.nextInt(3);
                    if (op == 0 && !in[node] && !done[node]) {
                        keys[node] = random.nextInt(10);          // small keys: many ties
                        heap.insert(node);
                        reference.add(new double[] {keys[node], node});
                        in[node] = true;
                    } else if (op == 1 && in[node] && keys[node] > 0) {
                        reference.remove(new double[] {keys[node], node});
                        keys[node] -= 1 + random.nextInt((int) keys[node]);
                        heap.decreased(node);
                        reference.add(new double[] {keys[node], node});
                    } else if (op == 2 && !heap.isEmpty()) {
                        double least = reference.first()[0];
                        int peeked = heap.peekMin();
                        int polled = heap.pollMin();
                        assertThat(polled).isEqualTo(peeked);
                        assertThat(keys[polled]).as("the least key comes out first").isEqualTo(least);
                        if (tiesByNode) {
                            assertThat(polled).as("lower node first on ties").isEqualTo((int) reference.first()[1]);
                        }
                        reference.remove(new double[] {keys[polled], polled});
                        in[polled] = false;
                        done[polled] = true;
                    }
                    assertThat(heap.size()).isEqualTo(reference.size());
                }
                List<Double> drained = new ArrayList<>();
                while (!heap.isEmpty()) {
                    int node = heap.pollMin();
                    assertThat(heap.contains(node)).isFalse();
                    drained.add(keys[node]);
                }
                assertThat(drained).isSorted();
            }
        }
    }

    @Test
    void equalKeysComeOutByNodeIdWhenAskedAndTheHeapIsReusableAfterClear() {
        double[] keys = new double[6];
        Arrays.fill(keys, 1.0);
        keys[4] = 0.5;
        IndexedMinHeap heap = new IndexedMinHeap(6, true);
        heap.keys(keys);
        for (int node : new int[] {5, 3, 0, 4, 2}) {
            heap.insert(node);
        }
        assertThat(heap.pollMin()).isEqualTo(4);
        assertThat(heap.pollMin()).isEqualTo(0);
        assertThat(heap.contains(3)).isTrue();
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
        assertThat(heap.contains(3)).isFalse();
        assertThat(heap.contains(5)).isFalse();

        keys[1] = 2.0;
        heap.insert(1);
        heap.insert(5);
        keys[1] = 0.25;
        heap.decreased(1);
        assertThat(heap.pollMin()).isEqualTo(1);
        assertThat(heap.pollMin()).isEqualTo(5);
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void aHeapAsLargeAsTheGraphTakesEveryNodeAndOneNodeHeapsWork() {
        int n = 10_000;
        double[] keys = new double[n];
        IndexedMinHeap heap = new IndexedMinHeap(n, false);
        heap.keys(keys);
        for (int node = 0; node < n; node++) {
            keys[node] = (node * 7919L) % n;
            heap.insert(node);
        }
        for (int expected = 0; expected < n; expected++) {
            assertThat(keys[heap.pollMin()]).isEqualTo(expected);
        }
        IndexedMinHeap one = new IndexedMinHeap(1, true);
        one.keys(new double[] {Double.POSITIVE_INFINITY});
        one.insert(0);
        assertThat(one.pollMin()).isZero();
        assertThat(one.isEmpty()).isTrue();
    }
}
