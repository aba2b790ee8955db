package org.kyosei.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kyosei.graph.DatedGraph;

/**
 * The tie snapshot built from the dated graph: a tie without a start or an end is never valid (as in the database's
 * as-of test), and the as-of test holds at the edges of the calendar.
 */
class TieSnapshotDatesTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 1);
    private static final int DAY = (int) D.toEpochDay();

    private static TieSnapshot snapshot() {
        DatedGraph.Builder b = DatedGraph.builder();
        int p1 = b.node("P1", "Individual", "Ama", null, null);
        int p2 = b.node("P2", "Individual", "Kofi", null, null);
        int p3 = b.node("P3", "Individual", "Esi", null, null);
        int p4 = b.node("P4", "Individual", null, null, null);
        b.edge(p1, p2, "CONTACT", DatedGraph.NO_DATE, DAY + 100, 1.0, 1.0);  // no start
        b.edge(p1, p3, "CONTACT", DAY, DatedGraph.NO_DATE, 1.0, 1.0);        // no end
        b.edge(p4, p1, "CONTACT", DAY, DAY + 10, 0.5, 0.9);                  // valid for eleven days
        b.edge(p1, p1, "CONTACT", DAY, DAY, 1.0, 1.0);                       // a self-loop, one day
        return TieSnapshot.of(b.build(), 42);
    }

    @Test
    void onlyTiesWithBothDatesAreEverValid() {
        TieSnapshot snapshot = snapshot();
        assertThat(snapshot.graph().edgeCount()).isEqualTo(4);
        assertThat(snapshot.loadedAtMillis()).isEqualTo(42);
        assertThat(farEnds(snapshot, D)).containsExactlyInAnyOrder("P4", "P1", "P1");
        assertThat(farEnds(snapshot, D.plusDays(5))).containsExactly("P4");
        assertThat(farEnds(snapshot, D.plusDays(11))).isEmpty();
        assertThat(farEnds(snapshot, D.minusDays(1))).isEmpty();
        assertThat(snapshot.tieLists(List.of("P1", "P9"), D.plusDays(5), 10)).containsOnlyKeys("P1")
                .extractingByKey("P1").satisfies(list -> {
                    assertThat(list.ties()).extracting(NeighbourhoodExpansion.Found::other).containsExactly("P4");
                    assertThat(list.reachable()).isOne();
                    assertThat(list.ties().getFirst().tie().since()).isEqualTo("2026-11-01");
                });
        assertThat(snapshot.expand("P1", 2, D.plusDays(5), 100)).get()
                .satisfies(e -> assertThat(e.neighbourhood().ties()).hasSize(1));
    }

    @Test
    void theEdgesOfTheCalendarFindNoTie() {
        TieSnapshot snapshot = snapshot();
        for (LocalDate day : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1))) {
            assertThat(farEnds(snapshot, day)).as(day.toString()).isEmpty();
            assertThat(snapshot.tieLists(List.of("P1"), day, 10).get("P1").ties()).as(day.toString()).isEmpty();
            assertThat(snapshot.expand("P1", 2, day, 100).orElseThrow().neighbourhood().ties()).as(day.toString()).isEmpty();
        }
    }

    private static List<String> farEnds(TieSnapshot snapshot, LocalDate day) {
        List<String> far = new ArrayList<>();
        snapshot.activeEnds(0, day, (other, type) -> far.add(snapshot.id(other)));
        return far;
    }
}
