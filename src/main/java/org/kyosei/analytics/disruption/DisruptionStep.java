package org.kyosei.analytics.disruption;

/**
 * The state after one removal, as in the {@code disrupt} command's output line
 * {@code step,removed_id,lcc_size,lcc_fraction}.
 *
 * @param step 1 for the first removal
 * @param removedNode the node removed at this step
 * @param lccSize nodes in the largest connected component of what remains
 * @param lccFraction {@code lccSize} divided by the node count of the original graph
 */
public record DisruptionStep(int step, int removedNode, int lccSize, double lccFraction) {
}
