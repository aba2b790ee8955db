package org.kyosei.projection;

import java.util.Arrays;
import java.util.OptionalInt;

import org.kyosei.domain.NodeLabel;

/**
 * The dense node numbering of a projection: node {@code i} is the entity whose id is
 * {@code ids[i]}. Ids are sorted, so node order is id order and lookups are a binary search; no
 * database-internal id is kept.
 */
public final class IdMap {
    private final String[] ids;
    private final NodeLabel[] labels;

    /** @param ids sorted ascending, distinct; {@code labels[i]} is the label of {@code ids[i]} */
    public IdMap(String[] ids, NodeLabel[] labels) {
        if (ids.length != labels.length) {
            throw new IllegalArgumentException("ids and labels differ in length");
        }
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1].compareTo(ids[i]) >= 0) {
                throw new IllegalArgumentException("ids must be sorted and distinct: '" + ids[i - 1] + "' before '" + ids[i] + "'");
            }
        }
        this.ids = ids;
        this.labels = labels;
    }

    public int size() {
        return ids.length;
    }

    public String id(int node) {
        return ids[node];
    }

    public NodeLabel label(int node) {
        return labels[node];
    }

    public OptionalInt node(String id) {
        int at = Arrays.binarySearch(ids, id);
        return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
    }

    /** Approximate heap bytes of the map (strings counted at their UTF-16/Latin-1 size). */
    public long memoryBytes() {
        long bytes = 16L + 8L * ids.length;
        for (String id : ids) {
            bytes += 40 + id.length();
        }
        return bytes;
    }
}
