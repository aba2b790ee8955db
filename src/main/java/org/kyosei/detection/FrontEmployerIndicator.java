package org.kyosei.detection;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/** FRONT_EMPLOYER: an employer tied to an organization, employing people. */
final class FrontEmployerIndicator extends FrontBusinessIndicator {
    FrontEmployerIndicator() {
        super(NodeLabel.EMPLOYER);
    }

    @Override
    public String name() {
        return "FRONT_EMPLOYER";
    }

    @Override
    void workers(DetectionGraph graph, int business, int day, DetectionGraph.EdgeVisitor visit) {
        graph.in(business, RelationType.EMPLOYED_BY, day, visit);
    }

    @Override
    int worker(DetectionGraph graph, int edge) {
        return graph.src(edge);
    }

    @Override
    String messageKey() {
        return "lead.front.employer";
    }
}
