/**
 * Benchmarks, run by hand (not unit tests): {@link org.kyosei.analytics.bench.AlgorithmBenchmark}
 * times our algorithms against JGraphT on a {@link org.kyosei.analytics.bench.CommunityGraphGenerator}
 * graph and writes the edge list for {@code src/bench/python/igraph_bench.py}.
 */
package org.kyosei.analytics.bench;
