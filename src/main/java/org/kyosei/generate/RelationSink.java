package org.kyosei.generate;

import java.io.IOException;

import org.kyosei.domain.RelationType;

/**
 * Receives relationship rows. Nodes are refs ({@link NodeKind#ref}); days are {@link Timeline}
 * day numbers or {@link Timeline#NONE}; {@code weight} is JPY or a count, or -1 for empty;
 * {@code confidence} is in percent (0..100).
 */
interface RelationSink {
    void relation(int src, RelationType type, int dst, int since, int until, long weight, String source,
                  int confidence) throws IOException;
}
