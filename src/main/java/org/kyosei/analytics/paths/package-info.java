/**
 * Paths between nodes: shortest paths by hop count or by a caller's edge cost, Yen's K shortest
 * paths, the connecting network of a set of nodes, and bounded enumeration of all simple paths.
 */
package org.kyosei.analytics.paths;
