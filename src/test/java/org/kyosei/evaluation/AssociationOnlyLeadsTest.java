package org.kyosei.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which listed leads rest on one tie to one member, and how the worlds are summed up per pattern. */
class AssociationOnlyLeadsTest {
    private static final EvaluationInput.Affiliations ON = new EvaluationInput.Affiliations(Set.of("M1", "M2"), Set.of("O1"));

    private static EvaluationInput.Anomaly row(String subject, String label, String indicator, String evidence) {
        return new EvaluationInput.Anomaly(1, subject, indicator, "NEW", LocalDate.of(2026, 11, 29), label, evidence);
    }

    @Test
    void onePersonTiedToOneMemberIsAssociationOnlyHoweverManyOtherContactsTheEvidenceShows() {
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("P1", "Individual", "GATEKEEPER",
                "O1>M1>P1|P1>P7|P1>P8|P1>P9"), ON)).isTrue();
        // through a shared phone: still one tie (the phone's step into the member)
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("P1", "Individual", "GATEKEEPER",
                "O1>M1>PH1>P1"), ON)).isTrue();
    }

    @Test
    void twoMembersTwoTiesABusinessOrAMemberSubjectAreNot() {
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("P1", "Individual", "GATEKEEPER",
                "O1>M1>P1|O1>M2>P1|P1>P7"), ON)).isFalse();
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("P1", "Individual", "GATEKEEPER",
                "O1>M1>P1|M1>ACC1>P1"), ON)).as("a contact and a shared account: two ties").isFalse();
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("E1", "Employer", "FRONT_EMPLOYER",
                "O1>M1>P1>E1"), ON)).isFalse();
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("M2", "Individual", "GATEKEEPER",
                "O1>M1>M2"), ON)).isFalse();
        assertThat(AssociationOnlyLeads.isAssociationOnly(row("P1", "Individual", "GATEKEEPER", ""), ON)).isFalse();
    }

    @Test
    void resolvedRowsAndOtherIndicatorsAreNotCounted() {
        List<EvaluationInput.Anomaly> rows = List.of(row("P1", "Individual", "GATEKEEPER", "O1>M1>P1"),
                new EvaluationInput.Anomaly(2, "P2", "GATEKEEPER", "RESOLVED", null, "Individual", "O1>M1>P2"),
                row("P3", "Individual", "NEW_BRIDGE", "O1>M1>P3"));
        assertThat(AssociationOnlyLeads.count(rows, "GATEKEEPER", ON)).isEqualTo(1);
    }

    @Test
    void theSummaryTakesMeanAndWorstOverWorlds() {
        List<EvaluationInput.Case> truth = List.of(new EvaluationInput.Case("B1", "FRONT_BROKER", null),
                new EvaluationInput.Case("B2", "FRONT_BROKER", null));
        List<EvaluationInput.Anomaly> good = List.of(new EvaluationInput.Anomaly(1, "B1", "FRONT_BROKER", "NEW", null),
                new EvaluationInput.Anomaly(2, "B2", "FRONT_BROKER", "NEW", null));
        List<EvaluationInput.Anomaly> weak = List.of(new EvaluationInput.Anomaly(1, "B9", "FRONT_BROKER", "NEW", null),
                new EvaluationInput.Anomaly(2, "B1", "FRONT_BROKER", "NEW", null),
                new EvaluationInput.Anomaly(3, "B8", "FRONT_BROKER", "NEW", null),
                new EvaluationInput.Anomaly(4, "B7", "FRONT_BROKER", "NEW", null),
                new EvaluationInput.Anomaly(5, "B6", "FRONT_BROKER", "NEW", null));
        List<EvaluationInput.Case> benign = List.of(new EvaluationInput.Case("B9", "SHARED_OFFICE", null));
        List<WorldScore> worlds = List.of(
                new WorldScore(0, 1, DetectionEvaluation.evaluate(truth, good, benign), java.util.Map.of()),
                new WorldScore(1, 2, DetectionEvaluation.evaluate(truth, weak, benign), java.util.Map.of("FRONT_BROKER", 3)));
        WorldsSummary.PatternSummary s = WorldsSummary.summarize(worlds).get(0);
        assertThat(s.recallMean()).isEqualTo(0.75);
        assertThat(s.recallWorst()).isEqualTo(0.5);
        assertThat(s.precisionMean().getAsDouble()).isEqualTo((1.0 + 0.25) / 2);
        assertThat(s.precisionWorst().getAsDouble()).isEqualTo(0.25);
        assertThat(s.listedMean()).isEqualTo(3.5);
        assertThat(s.listedMax()).isEqualTo(5);
        assertThat(s.lookalikesInWindow()).isEqualTo(1);
        assertThat(s.associationOnly()).isEqualTo(3);
    }
}
