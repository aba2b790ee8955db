package org.kyosei.generate;

import java.util.SplittableRandom;

/**
 * Hands out node indices per {@link NodeKind} and, once the model is complete, turns them into ids.
 *
 * <p>Ids are numbered through a random permutation of each kind ({@link #freeze}), so an id says
 * nothing about when or why the node was created: planted brokers are not the last brokers, and
 * neighbours in a residential block do not get consecutive ids. Ids are the prefix plus a
 * zero-padded number 1..count, at least {@link NodeKind#minDigits()} digits wide.
 */
final class IdBook {
    private final int[] counts = new int[NodeKind.values().length];
    private int[][] numberOf;
    private int[][] indexAt;
    private int[] digits;

    /** A new node of the kind; returns its index. */
    int next(NodeKind kind) {
        requireOpen();
        int index = counts[kind.ordinal()];
        if (index >= NodeKind.MAX_INDEX) {
            throw new IllegalStateException("too many " + kind + " nodes");
        }
        counts[kind.ordinal()]++;
        return index;
    }

    /** Reserves {@code count} nodes of the kind at once; returns the first index. */
    int reserve(NodeKind kind, int count) {
        requireOpen();
        int first = counts[kind.ordinal()];
        counts[kind.ordinal()] += count;
        return first;
    }

    int count(NodeKind kind) {
        return counts[kind.ordinal()];
    }

    /** Fixes the numbering; no node may be added afterwards. */
    void freeze(SplittableRandom random) {
        requireOpen();
        NodeKind[] kinds = NodeKind.values();
        numberOf = new int[kinds.length][];
        indexAt = new int[kinds.length][];
        digits = new int[kinds.length];
        for (NodeKind kind : kinds) {
            int n = counts[kind.ordinal()];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int[] number = new int[n];
            for (int k = 0; k < n; k++) {
                number[order[k]] = k;
            }
            indexAt[kind.ordinal()] = order;
            numberOf[kind.ordinal()] = number;
            digits[kind.ordinal()] = Math.max(kind.minDigits(), Integer.toString(n).length());
        }
    }

    boolean frozen() {
        return numberOf != null;
    }

    /** The index of the node whose id has the k-th number (0-based), to list a kind in id order. */
    int indexAt(NodeKind kind, int k) {
        return indexAt[kind.ordinal()][k];
    }

    /** Appends the id of the node to {@code out}. */
    StringBuilder append(StringBuilder out, int ref) {
        NodeKind kind = NodeKind.of(ref);
        int number = numberOf[kind.ordinal()][NodeKind.index(ref)] + 1;
        out.append(kind.prefix());
        int width = digits[kind.ordinal()];
        for (int d = stringSize(number); d < width; d++) {
            out.append('0');
        }
        return out.append(number);
    }

    String id(int ref) {
        return append(new StringBuilder(12), ref).toString();
    }

    String id(NodeKind kind, int index) {
        return id(kind.ref(index));
    }

    private static int stringSize(int x) {
        int size = 1;
        while (x >= 10) {
            x /= 10;
            size++;
        }
        return size;
    }

    private void requireOpen() {
        if (numberOf != null) {
            throw new IllegalStateException("ids are frozen");
        }
    }
}
