/**
 * Node centrality measures on the undirected simple projection ({@link
 * org.kyosei.analytics.graph.CsrGraph}), one interface and one result type:
 * {@link org.kyosei.analytics.centrality.CentralityAlgorithm#compute} gives a
 * {@link org.kyosei.analytics.centrality.NodeScores} (measure name, one score per node, exact or
 * estimate, and a note saying how it was computed).
 *
 * <table>
 *   <caption>Measures and the scores CSV column each fills</caption>
 *   <tr><th>class</th><th>column</th><th>convention</th></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.DegreeCentrality}</td><td>degree</td>
 *       <td>distinct neighbours</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.PageRank}</td><td>pagerank</td>
 *       <td>damping 0.85, dangling rank spread uniformly, sums to 1</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.BetweennessCentrality}</td><td>betweenness</td>
 *       <td>raw sum over unordered pairs (NetworkX {@code normalized=False}); exact or sampled</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.HarmonicCentrality}</td><td>harmonic</td>
 *       <td>sum of 1/distance, not normalised</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.ClosenessCentrality}</td><td>closeness</td>
 *       <td>Wasserman–Faust, defined on disconnected graphs</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.CoreDecomposition}</td><td>coreness</td>
 *       <td>k-core number</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.EigenvectorCentrality}</td><td>eigenvector</td>
 *       <td>principal eigenvector, L2-normalised</td></tr>
 *   <tr><td>{@link org.kyosei.analytics.centrality.KatzCentrality}</td><td>katz</td>
 *       <td>{@code x = αAx + β}, not normalised</td></tr>
 * </table>
 *
 * <p>Strategies are passed in, not guessed: {@link org.kyosei.analytics.centrality.Weighting}
 * (hops or weights) and {@link org.kyosei.analytics.centrality.SourceSelection} (all sources, or a
 * seeded sample; {@code SourceSelection.forGraphSize(n, 50_000, 256, seed)} is the CLI's "exact up
 * to 50,000 nodes" policy). Parallel algorithms take a {@code concurrency} (default: every core)
 * and return the same bits at every concurrency: work is cut into chunks that do not depend on
 * the concurrency and partial sums are merged in chunk order.
 *
 * <p>Pure: no Neo4j, Spring or storage imports; algorithms see only the CSR arrays.
 */
package org.kyosei.analytics.centrality;
