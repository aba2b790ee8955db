/**
 * What-if removal of key actors (Cavallaro et al. 2020): how the largest connected component
 * shrinks as nodes chosen by a pluggable ranking are removed, sequentially or as a block.
 */
package org.kyosei.analytics.disruption;
