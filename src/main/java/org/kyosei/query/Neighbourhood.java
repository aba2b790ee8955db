package org.kyosei.query;

import java.util.List;

/**
 * The entities around one entity up to some hops, capped: the strongest and most recent ties
 * first. {@code truncated} says the cap was reached and more entities exist.
 */
public record Neighbourhood(List<Member> nodes, List<Tie> ties, int cap, boolean truncated) {

    /** An entity in the neighbourhood (its name {@code null} when it has none) and its distance in hops from the centre. */
    public record Member(String id, String label, String name, int hop) {
    }

    /** A relationship between two members, as stored. */
    public record Tie(String src, String type, String dst, String since, double weight, double confidence) {
    }
}
