package org.kyosei.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;
import org.kyosei.graph.DatedGraph;

/**
 * The detection graph as of a day, taken from the one dated graph: the same graph its builder makes from the same
 * entities and the ties that started by then, with no name and no property outside the whitelist.
 */
public class DetectionGraphAsOfTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    private static final int DAY = (int) AS_OF.toEpochDay();

    @Test
    void keepsKnownEntitiesAndTheTiesThatStartedByTheDay() {
        DatedGraph.Builder b = DatedGraph.builder();
        int p = b.node("P2", "Individual", "Ama Mensah", null, null);
        int q = b.node("P1", "Individual", "Kofi Mensah", null, null);
        int broker = b.node("B1", "Broker", "Quick Visa", "", "unlicensed");
        int community = b.node("C1", "Community", "Lotus", "mutual_aid", null);
        int unlabelled = b.node("X1", "", "no label", null, null);
        int unknownLabel = b.node("Z1", "Spaceship", "unknown", null, null);
        b.edge(p, q, "CONTACT", DAY, DatedGraph.NO_DATE, 0.5, 0.8);              // kept, still true
        b.edge(broker, p, "PLACED", DAY - 30, DAY - 10, 1.0, 1.0);                // kept: started, ended (earlier weeks)
        b.edge(q, community, "MEMBER_OF", DAY + 1, DatedGraph.NO_DATE, 1.0, 1.0); // starts after the day: left out
        b.edge(q, broker, "OPERATES", DatedGraph.NO_DATE, DAY + 9, 1.0, 1.0);    // no start: left out
        b.edge(p, unlabelled, "CONTACT", DAY, DAY, 1.0, 1.0);                     // far end not a known entity
        b.edge(unknownLabel, p, "CONTACT", DAY, DAY, 1.0, 1.0);                   // near end not a known entity
        b.edge(p, q, "NOT_A_TYPE", DAY, DAY, 1.0, 1.0);                           // unknown type
        b.edge(q, q, "CONTACT", DAY - 1, DAY + 1, 2.0, 0.3);                      // self-loop: kept
        DetectionGraph derived = DetectionGraph.asOf(b.build(), AS_OF);

        DetectionGraph.Builder e = DetectionGraph.builder();
        e.node("C1", NodeLabel.COMMUNITY, "mutual_aid", null);
        e.node("P1", NodeLabel.INDIVIDUAL, null, null);
        e.node("B1", NodeLabel.BROKER, null, "unlicensed");
        e.node("P2", NodeLabel.INDIVIDUAL, null, null);
        e.edge("P1", RelationType.CONTACT, "P1", AS_OF.minusDays(1), AS_OF.plusDays(1), 2.0, 0.3);
        e.edge("B1", RelationType.PLACED, "P2", AS_OF.minusDays(30), AS_OF.minusDays(10), 1.0, 1.0);
        e.edge("P2", RelationType.CONTACT, "P1", AS_OF, null, 0.5, 0.8);
        assertThat(dump(derived)).isEqualTo(dump(e.build()));
        assertThat(derived.node("X1")).isEmpty();
        assertThat(derived.node("Z1")).isEmpty();
    }

    @Test
    void anEmptyGraphGivesAnEmptyDetectionGraph() {
        DetectionGraph derived = DetectionGraph.asOf(DatedGraph.builder().build(), AS_OF);
        assertThat(derived.nodeCount()).isZero();
        assertThat(derived.edgeCount()).isZero();
    }

    @Test
    void theDetectionGraphShowsNoNameAndNoPropertyOutsideTheWhitelist() {
        List<String> readers = new ArrayList<>();
        for (Method method : DetectionGraph.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == String.class) {
                readers.add(method.getName());
            }
        }
        assertThat(readers).containsExactlyInAnyOrder("id", "kind", "license");
        assertThat(DetectionFeatures.NODE_PROPERTIES).containsExactlyInAnyOrder("kind", "license_status");
        assertThat(DatedGraph.NODE_PROPERTIES).containsAll(DetectionFeatures.NODE_PROPERTIES);
    }

    /** Every node and edge of the graph, as text, in its own order (which is fixed by ids and sort). */
    public static List<String> dump(DetectionGraph g) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < g.nodeCount(); k++) {
            lines.add(k + " " + g.id(k) + " " + g.label(k) + " [" + g.kind(k) + "] [" + g.license(k) + "]");
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            lines.add(String.join(" ", Arrays.asList(String.valueOf(g.src(e)), String.valueOf(g.dst(e)), g.type(e).name(),
                    String.valueOf(g.since(e)), String.valueOf(g.until(e)), String.valueOf(g.weight(e)),
                    String.valueOf(g.confidence(e)))));
        }
        return lines;
    }
}
