package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/** Example paths member > person (> person) > community behind a community's exposure. */
final class ExposureEvidence {
    private ExposureEvidence() {
    }

    static List<String> paths(DetectionContext context, int community, int limit) {
        DetectionGraph graph = context.graph();
        OrganizationTies ties = context.ties();
        int day = context.day();
        IntArrayList people = new IntArrayList();
        graph.in(community, RelationType.MEMBER_OF, day, e -> people.add(graph.src(e)));
        people.sort(null);
        List<String> paths = new ArrayList<>();
        for (int k = 0; k < people.size() && paths.size() < limit; k++) {
            int y = people.getInt(k);
            OrganizationTies.Tie tie = ties.person(y);
            if (graph.label(y) == NodeLabel.INDIVIDUAL && tie != null && tie.strength() >= ExposureCounter.MIN_PATH) {
                paths.add(tie.paths().get(0) + ">" + graph.id(community));
            }
        }
        return paths;
    }
}
