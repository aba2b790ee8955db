package org.kyosei.query;

import java.util.Map;

/**
 * One entity as the service shows it: its label, name (when it has one), stored properties, and the
 * analysis scores written back by {@code analyze} ({@code score_*} properties, without the prefix).
 */
public record EntityView(String id, String label, String name, Map<String, Object> properties, Map<String, Object> scores) {
}
