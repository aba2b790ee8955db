/**
 * Community detection (Louvain, label propagation) and the modularity of any partition. A
 * detected community is a pattern of recorded ties, never a label on the people in it.
 */
package org.kyosei.analytics.community;
