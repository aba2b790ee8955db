package org.kyosei.analytics.graph;

import java.util.Arrays;

/**
 * The offsets of compressed sparse rows, which every in-memory graph builds: row {@code v} holds the positions
 * {@code offsets[v] .. offsets[v + 1])}, so {@code offsets} has one more entry than there are rows.
 */
public final class Offsets {
    private Offsets() {
    }

    /** Offsets of rows holding {@code counts[v]} entries each. */
    public static int[] of(int[] counts) {
        int[] offsets = new int[counts.length + 1];
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] < 0) {
                throw new IllegalArgumentException("row " + v + " has a negative count " + counts[v]);
            }
            offsets[v + 1] = Math.addExact(offsets[v], counts[v]);
        }
        return offsets;
    }

    /** Offsets of {@code rows} rows where row {@code v} holds one entry per occurrence of {@code v} in {@code keys}. */
    public static int[] ofKeys(int rows, int[] keys) {
        int[] counts = new int[rows];
        for (int key : keys) {
            if (key < 0 || key >= rows) {
                throw new IllegalArgumentException("key " + key + " outside rows 0.." + (rows - 1));
            }
            counts[key]++;
        }
        return of(counts);
    }

    /**
     * The indexes of {@code keys} grouped by key, in the rows of {@code offsets} (from {@link #ofKeys}); within a row
     * in increasing index order.
     */
    public static int[] group(int[] keys, int[] offsets) {
        if (offsets.length == 0 || offsets[offsets.length - 1] != keys.length) {
            throw new IllegalArgumentException("offsets that do not end at the " + keys.length + " keys");
        }
        int[] cursor = Arrays.copyOf(offsets, offsets.length - 1);
        int[] grouped = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            grouped[cursor[keys[i]]++] = i;
        }
        return grouped;
    }
}
