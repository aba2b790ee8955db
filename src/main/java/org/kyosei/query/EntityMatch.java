package org.kyosei.query;

/** A search hit: an entity whose id or name matched, with its label and name. */
public record EntityMatch(String id, String label, String name) {
}
