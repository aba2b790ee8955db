package org.kyosei.analytics.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * Nodes numbered in the order of their ids, the renumbering every in-memory graph starts with: so a node's number
 * orders as its id and no result depends on the order a store returned the nodes in.
 *
 * @param order    {@code order[k]} is the position, in the input, of the node numbered {@code k}
 * @param renumber {@code renumber[i]} is the number of the input's node {@code i} (the inverse of {@code order})
 */
public record IdOrder(int[] order, int[] renumber) {

    /** The numbering of {@code ids}, which must be distinct and not null. */
    public static IdOrder of(List<String> ids) {
        return of(ids.size(), ids::get);
    }

    /** The numbering of {@code ids}, which must be distinct. */
    public static IdOrder of(String[] ids) {
        return of(ids.length, i -> ids[i]);
    }

    private static IdOrder of(int n, IntFunction<String> id) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        IntArrays.parallelQuickSort(order, (x, y) -> id.apply(x).compareTo(id.apply(y)));
        for (int k = 1; k < n; k++) {
            if (id.apply(order[k - 1]).equals(id.apply(order[k]))) {
                throw new IllegalArgumentException("id '" + id.apply(order[k]) + "' occurs twice");
            }
        }
        int[] renumber = new int[n];
        for (int k = 0; k < n; k++) {
            renumber[order[k]] = k;
        }
        return new IdOrder(order, renumber);
    }

    public int size() {
        return order.length;
    }
}
