package org.kyosei.analytics.centrality;

/** Brandes' algorithm from one source at a time: that source's dependencies added to a worker's partial sums. */
interface BrandesSource {
    void accumulate(int source, double[] partial);
}
