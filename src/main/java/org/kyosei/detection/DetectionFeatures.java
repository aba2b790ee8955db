package org.kyosei.detection;

import java.util.Set;

/**
 * The whitelist of inputs the indicators may see. Node properties other than these are never
 * loaded into a {@link DetectionGraph}, so the protected attributes cannot reach a score. The loader
 * in the store checks the whitelist against the protected properties (this package never reads that
 * list, which the architecture tests enforce).
 */
public final class DetectionFeatures {
    /** Node properties the indicators read, besides the id and the label. */
    public static final Set<String> NODE_PROPERTIES = Set.of("kind", "license_status");

    /** Relationship properties the indicators read. */
    public static final Set<String> RELATIONSHIP_PROPERTIES = Set.of("since", "until", "weight", "confidence");

    private DetectionFeatures() {
    }

    /** Whether a node property may be loaded for detection. */
    public static boolean allowed(String property) {
        return NODE_PROPERTIES.contains(property);
    }
}
