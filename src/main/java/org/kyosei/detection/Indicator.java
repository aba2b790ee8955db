package org.kyosei.detection;

import java.util.List;

/** One sign of penetration or victimisation: scores subjects of the graph as of the context's day. */
public interface Indicator {
    /** The name written in the {@code indicator} column, e.g. {@code FRONT_BROKER}. */
    String name();

    List<Lead> detect(DetectionContext context);
}
