package org.kyosei.analytics.structure;

import java.util.Arrays;

/**
 * The connected components of a graph (or of what is left of it after removing nodes).
 *
 * <p>Components are numbered {@code 0..count()-1} in order of their smallest node id, so the
 * numbering is stable: the component holding node 0 is component 0. The arrays are shared, not
 * copied: do not modify them.
 *
 * @param labels component of each node, or {@link #REMOVED} for a node masked out
 * @param sizes number of nodes in each component
 * @param largest the largest component (the lowest-numbered among equally large ones), or
 *     {@link #NONE} when there is no component
 */
public record Components(int[] labels, int[] sizes, int largest) {

    /** Label of a node that was removed (masked out) before computing the components. */
    public static final int REMOVED = -1;

    /** Value of {@link #largest()} when there is no component (no node, or all removed). */
    public static final int NONE = -1;

    /** Number of components. */
    public int count() {
        return sizes.length;
    }

    /** Size of the largest component; 0 when there is none. */
    public int largestSize() {
        return largest == NONE ? 0 : sizes[largest];
    }

    /** The component of {@code node}, or {@link #REMOVED}. */
    public int componentOf(int node) {
        return labels[node];
    }

    /** The nodes of {@code component}, ascending. */
    public int[] members(int component) {
        if (component < 0 || component >= sizes.length) {
            throw new IllegalArgumentException(
                    "component must be in 0.." + (sizes.length - 1) + ", got " + component);
        }
        int[] members = new int[sizes[component]];
        int at = 0;
        for (int v = 0; v < labels.length && at < members.length; v++) {
            if (labels[v] == component) {
                members[at++] = v;
            }
        }
        return members;
    }

    @Override
    public String toString() {
        return "Components[count=" + count() + ", largestSize=" + largestSize()
                + ", sizes=" + (sizes.length <= 16 ? Arrays.toString(sizes) : sizes.length + " components") + "]";
    }
}
