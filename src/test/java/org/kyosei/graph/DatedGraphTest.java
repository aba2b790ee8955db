package org.kyosei.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one in-memory graph: entities numbered by id whatever the order they came in, ties kept as added. */
class DatedGraphTest {
    private static final int DAY = (int) LocalDate.of(2026, 11, 29).toEpochDay();

    @Test
    void entitiesAreNumberedInIdOrderAndTiesFollowTheirEnds() {
        DatedGraph.Builder b = DatedGraph.builder();
        int c = b.node("P3", "Individual", "Chen Wei", null, null);
        int a = b.node("B1", "Broker", null, "", "unlicensed");
        int m = b.node("C2", null, "Lotus", "mutual_aid", null);
        b.edge(c, a, "CONTACT", DAY, DatedGraph.NO_DATE, 0.5, 0.9);
        b.edge(a, m, "MEMBER_OF", DatedGraph.NO_DATE, DAY + 3, 1.0, 1.0);
        b.edge(c, c, "SOMETHING_NEW", DAY - 1, DAY, 2.0, 0.1);
        DatedGraph g = b.build();

        assertThat(ids(g)).containsExactly("B1", "C2", "P3");
        assertThat(g.label(0)).isEqualTo("Broker");
        assertThat(g.label(1)).as("no label but Entity").isEmpty();
        assertThat(g.name(0)).isNull();
        assertThat(g.name(2)).isEqualTo("Chen Wei");
        assertThat(g.kind(1)).isEqualTo("mutual_aid");
        assertThat(g.kind(2)).isEmpty();
        assertThat(g.license(0)).isEqualTo("unlicensed");
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(List.of(g.src(0), g.dst(0), g.src(1), g.dst(1), g.src(2), g.dst(2))).containsExactly(2, 0, 0, 1, 2, 2);
        assertThat(g.typeName(g.typeCode(0))).isEqualTo("CONTACT");
        assertThat(g.typeName(g.typeCode(2))).isEqualTo("SOMETHING_NEW");
        assertThat(g.typeCount()).isEqualTo(3);
        assertThat(g.since(0)).isEqualTo(DAY);
        assertThat(g.until(0)).isEqualTo(DatedGraph.NO_DATE);
        assertThat(g.since(1)).isEqualTo(DatedGraph.NO_DATE);
        assertThat(g.weight(2)).isEqualTo(2.0);
        assertThat(g.confidence(0)).isEqualTo(0.9);
    }

    @Test
    void anIdAddedTwiceKeepsItsFirstValues() {
        DatedGraph.Builder b = DatedGraph.builder();
        int first = b.node("P1", "Individual", "First", null, null);
        assertThat(b.node("P1", "Broker", "Second", "x", "y")).isEqualTo(first);
        assertThat(b.indexOf("P1")).isEqualTo(first);
        assertThat(b.indexOf("P2")).isEqualTo(-1);
        DatedGraph g = b.build();
        assertThat(g.nodeCount()).isOne();
        assertThat(g.name(0)).isEqualTo("First");
        assertThat(g.label(0)).isEqualTo("Individual");
    }

    @Test
    void badInputIsRefused() {
        DatedGraph.Builder b = DatedGraph.builder();
        int p = b.node("P1", "Individual", null, null, null);
        assertThatThrownBy(() -> b.node(null, "Individual", null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.edge(p, 7, "CONTACT", DAY, DAY, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> b.edge(-1, p, "CONTACT", DAY, DAY, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> b.edge(p, p, null, DAY, DAY, 1, 1)).isInstanceOf(NullPointerException.class);
        assertThat(b.build().edgeCount()).isZero();
    }

    @Test
    void anEmptyGraphIsEmpty() {
        DatedGraph g = DatedGraph.builder().build();
        assertThat(g.nodeCount()).isZero();
        assertThat(g.edgeCount()).isZero();
        assertThat(g.typeCount()).isZero();
    }

    @Test
    void itHoldsNoProtectedProperty() {
        assertThat(DatedGraph.NODE_PROPERTIES).containsExactly("name", "kind", "license_status")
                .doesNotContainAnyElementsOf(org.kyosei.domain.NodeLabel.PROTECTED_PROPERTIES);
    }

    private static List<String> ids(DatedGraph g) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < g.nodeCount(); k++) {
            ids.add(g.id(k));
        }
        return ids;
    }
}
