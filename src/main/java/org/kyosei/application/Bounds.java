package org.kyosei.application;

/** Bounds on what one request or command may ask for, the same for the command line and the service. */
public final class Bounds {
    /** Hops of a neighbourhood. */
    public static final int MAX_HOPS = 4;
    /** Shortest paths between two entities. */
    public static final int MAX_K = 20;
    /** Entities of one neighbourhood page. */
    public static final int MAX_NEIGHBOURHOOD = 1000;
    /** Hits of one search. */
    public static final int MAX_SEARCH = 100;
    /** Entities a connecting network joins. */
    public static final int MAX_NETWORK_TERMINALS = 20;
    /** Rows of a query answer in the service. */
    public static final int QUERY_ROWS = 1000;
    /** Seconds a query may run in the service. */
    public static final int QUERY_TIMEOUT_SECONDS = 30;

    private Bounds() {
    }
}
