package org.kyosei.analytics.community;

/**
 * A partition of the nodes into communities.
 *
 * <p>Labels are numbered {@code 0..count()-1} in order of first appearance by node id (node 0 is
 * always in community 0), so equal partitions give equal arrays whatever the algorithm's internal
 * numbering. The array is shared, not copied: do not modify it.
 *
 * @param labels the community of each node
 * @param count number of communities
 * @param modularity the modularity of this partition, as computed by {@link Modularity} with the
 *     algorithm's resolution and weighting
 */
public record Communities(int[] labels, int count, double modularity) {

    public Communities {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    /** The community of {@code node}. */
    public int communityOf(int node) {
        return labels[node];
    }

    /** Number of nodes in each community. */
    public int[] sizes() {
        int[] sizes = new int[count];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    @Override
    public String toString() {
        return "Communities[nodes=" + labels.length + ", count=" + count + ", modularity=" + modularity + "]";
    }
}
