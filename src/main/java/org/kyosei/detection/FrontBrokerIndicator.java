package org.kyosei.detection;

import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/** FRONT_BROKER: a broker tied to an organization, placing people. */
final class FrontBrokerIndicator extends FrontBusinessIndicator {
    FrontBrokerIndicator() {
        super(NodeLabel.BROKER);
    }

    @Override
    public String name() {
        return "FRONT_BROKER";
    }

    @Override
    void workers(DetectionGraph graph, int business, int day, DetectionGraph.EdgeVisitor visit) {
        graph.out(business, RelationType.PLACED, day, visit);
    }

    @Override
    int worker(DetectionGraph graph, int edge) {
        return graph.dst(edge);
    }

    @Override
    String messageKey() {
        return "lead.front.broker";
    }
}
