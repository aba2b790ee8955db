package org.kyosei.detection;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/** Who belongs to which community as of a day (MEMBER_OF), preferring a residential community. */
final class Memberships {
    private Memberships() {
    }

    /** The person's community as of the day: the residential one if any, else the first; -1 if none. */
    static int home(DetectionGraph graph, int person, int day) {
        int[] best = {-1, -1};
        graph.out(person, RelationType.MEMBER_OF, day, e -> {
            int c = graph.dst(e);
            int rank = "RESIDENTIAL".equals(graph.kind(c)) ? 1 : 0;
            if (rank > best[1] || rank == best[1] && c < best[0]) {
                best[0] = c;
                best[1] = rank;
            }
        });
        return best[0];
    }

    /** The earliest day the person has been a member of the community without a break up to {@code day}. */
    static int memberSince(DetectionGraph graph, int person, int community, int day) {
        int[] since = {Integer.MAX_VALUE};
        graph.out(person, RelationType.MEMBER_OF, day, e -> {
            if (graph.dst(e) == community) {
                since[0] = Math.min(since[0], graph.since(e));
            }
        });
        return since[0];
    }

    static boolean isCommunity(DetectionGraph graph, int node) {
        return graph.label(node) == NodeLabel.COMMUNITY;
    }
}
