package org.kyosei.analytics.structure;

/**
 * An undirected edge {u, v} between two distinct nodes, stored with {@code u < v} so that equal
 * edges are equal records. Ordered by {@code u}, then {@code v}.
 *
 * @param u the smaller end
 * @param v the larger end
 */
public record UndirectedEdge(int u, int v) implements Comparable<UndirectedEdge> {

    /**
     * @throws IllegalArgumentException when an end is negative or when {@code u >= v}
     */
    public UndirectedEdge {
        if (u < 0) {
            throw new IllegalArgumentException("edge end must be >= 0, got " + u);
        }
        if (u >= v) {
            throw new IllegalArgumentException("edge ends must satisfy u < v, got {" + u + ", " + v + "}");
        }
    }

    /** The edge between {@code a} and {@code b}, in either order. */
    public static UndirectedEdge of(int a, int b) {
        return a < b ? new UndirectedEdge(a, b) : new UndirectedEdge(b, a);
    }

    @Override
    public int compareTo(UndirectedEdge other) {
        int byU = Integer.compare(u, other.u);
        return byU != 0 ? byU : Integer.compare(v, other.v);
    }

    @Override
    public String toString() {
        return "{" + u + ", " + v + "}";
    }
}
