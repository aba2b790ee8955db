package org.kyosei.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The window, precision and the setting aside of related leads, on hand-written rows. */
class DetectionEvaluationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private static EvaluationInput.Case c(String subject, String pattern) {
        return new EvaluationInput.Case(subject, pattern, DAY.minusWeeks(2));
    }

    private static EvaluationInput.Anomaly a(int rank, String subject, String indicator) {
        return new EvaluationInput.Anomaly(rank, subject, indicator, "NEW", DAY);
    }

    private final List<EvaluationInput.Case> truth = List.of(c("C1", "INFILTRATION_GROWTH"), c("C2", "INFILTRATION_GROWTH"));
    private final List<EvaluationInput.Anomaly> ranked = List.of(a(1, "C1", "INFILTRATION_GROWTH"),
            a(2, "C9", "INFILTRATION_GROWTH"), a(3, "B1", "FRONT_BROKER"), a(4, "C8", "INFILTRATION_GROWTH"),
            a(5, "C2", "INFILTRATION_GROWTH"), a(6, "C7", "INFILTRATION_GROWTH"));

    @Test
    void withoutRelatedLeadsEveryOtherRowInTheWindowIsAFalsePositive() {
        DetectionEvaluation.PatternResult p = DetectionEvaluation.evaluate(truth, ranked, List.of()).patterns().get(0);
        assertThat(p.window()).isEqualTo(4);
        assertThat(p.rowsInWindow()).isEqualTo(4);
        assertThat(p.found()).isEqualTo(2);
        assertThat(p.precision()).isEqualTo(0.5);
        assertThat(p.setAside()).isZero();
    }

    @Test
    void relatedLeadsAreSetAsideNeitherHitNorMissAndTheWindowMovesOn() {
        List<EvaluationInput.Case> related = List.of(c("C9", "INFILTRATION_GROWTH"), c("C8", "EXPLOITATION_HUB"),
                c("C1", "INFILTRATION_GROWTH"));
        DetectionEvaluation.PatternResult p = DetectionEvaluation.evaluate(truth, ranked, List.of(), related).patterns().get(0);
        // C9 is set aside; C8 is related under another pattern only, so it still counts against this one;
        // C1 is a case of the pattern and is never set aside.
        assertThat(p.setAside()).isEqualTo(1);
        assertThat(p.rowsInWindow()).isEqualTo(4);
        assertThat(p.found()).isEqualTo(2);
        assertThat(p.precision()).isEqualTo(0.5);
        List<EvaluationInput.Anomaly> fewer = ranked.subList(0, 5);
        DetectionEvaluation.PatternResult q = DetectionEvaluation.evaluate(truth, fewer, List.of(), related).patterns().get(0);
        assertThat(q.rowsInWindow()).isEqualTo(3);
        assertThat(q.precision()).isEqualTo(2 / 3.0);
    }

    @Test
    void lookAlikesAreCheckedAgainstTheWindowAfterRelatedLeadsAreSetAside() {
        List<EvaluationInput.Case> lookalikes = List.of(c("C9", "LARGE_AGENCY"), c("C7", "NEIGHBOUR"));
        DetectionEvaluation.Result plain = DetectionEvaluation.evaluate(truth, ranked, lookalikes, List.of());
        assertThat(plain.lookalikesInWindow()).containsExactly("C9 (LARGE_AGENCY)");
        // Setting C9 aside moves the window on by one row, and C7 (rank 6) falls inside it.
        DetectionEvaluation.Result moved = DetectionEvaluation.evaluate(truth, ranked, lookalikes,
                List.of(c("C9", "INFILTRATION_GROWTH")));
        assertThat(moved.lookalikesInWindow()).containsExactly("C7 (NEIGHBOUR)");
    }
}
