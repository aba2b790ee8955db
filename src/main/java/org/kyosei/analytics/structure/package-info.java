/**
 * Structural facts about a graph: connected components, articulation points and bridges. Pure
 * algorithms over {@link org.kyosei.analytics.graph.CsrGraph}; no storage, no framework.
 */
package org.kyosei.analytics.structure;
