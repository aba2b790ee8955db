package org.kyosei.analytics.brokerage;

/**
 * The five brokerage roles of Gould and Fernandez (1989) for a directed two-path
 * {@code a -> b -> c} (with {@code a} and {@code c} not adjacent), named from the point of view of
 * the broker {@code b} and the groups {@code A}, {@code B}, {@code C} of the three nodes.
 */
public enum BrokerageRole {
    /** {@code A = B = C}: b mediates inside its own group. */
    COORDINATOR,
    /** {@code A = C != B}: b, an outsider, mediates between two members of another group (also "consultant"). */
    ITINERANT,
    /** {@code A = B != C}: b represents its own group towards another. */
    REPRESENTATIVE,
    /** {@code B = C != A}: b controls access to its own group from another. */
    GATEKEEPER,
    /** {@code A, B, C} all different: b links two groups it belongs to neither of. */
    LIAISON
}
