package org.kyosei.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/** Each indicator on a small hand-built graph, with a benign look-alike that must rank below (or not appear). */
class IndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    /** A small world: organization O1 with members M1, M2; background people; look-alikes and cases added per test. */
    private static final class World {
        final DetectionGraph.Builder b = DetectionGraph.builder();

        World() {
            b.node("O1", NodeLabel.ORGANIZATION, "BORYOKUDAN", null);
            b.node("M1", NodeLabel.INDIVIDUAL, null, null);
            b.node("M2", NodeLabel.INDIVIDUAL, null, null);
            b.node("C1", NodeLabel.COMMUNITY, "RESIDENTIAL", null);
            b.node("C2", NodeLabel.COMMUNITY, "RESIDENTIAL", null);
            rel("M1", RelationType.AFFILIATED_WITH, "O1", null, 1, 0.9);
            rel("M2", RelationType.AFFILIATED_WITH, "O1", null, 1, 0.9);
        }

        World node(String id, NodeLabel label, String kind) {
            b.node(id, label, kind, null);
            return this;
        }

        World rel(String a, RelationType type, String c, LocalDate since, double weight, double confidence) {
            b.edge(a, type, c, since, null, weight, confidence);
            return this;
        }

        /** {@code n} residents P{prefix}1..n of the community. */
        World residents(String prefix, int n, String community) {
            for (int i = 1; i <= n; i++) {
                node(prefix + i, NodeLabel.INDIVIDUAL, null);
                rel(prefix + i, RelationType.MEMBER_OF, community, null, 1, 1);
            }
            return this;
        }

        List<Lead> run(Indicator indicator) {
            return indicator.detect(new DetectionContext(b.build(), AS_OF));
        }
    }

    private static Optional<Lead> lead(List<Lead> leads, String subject) {
        return leads.stream().filter(l -> l.subjectId().equals(subject)).findFirst();
    }

    private static double score(List<Lead> leads, String subject) {
        return lead(leads, subject).map(Lead::score).orElse(0.0);
    }

    @Test
    void frontBrokerOutranksALargeLicensedAgencyWithoutTie() {
        World w = new World().residents("P", 60, "C1");
        w.node("B1", NodeLabel.BROKER, "INDIVIDUAL").node("B2", NodeLabel.BROKER, "AGENCY");
        w.rel("M1", RelationType.OPERATES, "B1", AS_OF.minusDays(40), 1, 0.9);
        for (int i = 1; i <= 6; i++) {
            w.rel("B1", RelationType.PLACED, "P" + i, AS_OF.minusDays(5 * i), 150_000, 0.9);
        }
        for (int i = 7; i <= 60; i++) {
            w.rel("B2", RelationType.PLACED, "P" + i, null, 50_000, 1);
        }
        List<Lead> leads = w.run(new FrontBrokerIndicator());
        assertThat(score(leads, "B1")).isGreaterThan(0.5);
        assertThat(score(leads, "B2")).isZero();
        assertThat(lead(leads, "B1").orElseThrow().evidencePaths()).contains("O1>M1>B1");
        assertThat(lead(leads, "B1").orElseThrow().explanation()).contains("operated by member M1");
    }

    @Test
    void frontEmployerTiedByASharedPhoneButNotByOneCasualContactOfItsOperator() {
        World w = new World().residents("P", 20, "C1");
        w.node("E1", NodeLabel.EMPLOYER, null).node("E2", NodeLabel.EMPLOYER, null).node("PH1", NodeLabel.IDENTIFIER, "PHONE");
        w.node("OP", NodeLabel.INDIVIDUAL, null);
        w.rel("M2", RelationType.USES, "PH1", null, 1, 0.9).rel("E1", RelationType.USES, "PH1", AS_OF.minusDays(30), 1, 0.9);
        w.rel("OP", RelationType.OPERATES, "E2", null, 1, 1).rel("OP", RelationType.CONTACT, "M1", AS_OF.minusDays(20), 1, 0.3);
        for (int i = 1; i <= 10; i++) {
            w.rel("P" + i, RelationType.EMPLOYED_BY, "E1", AS_OF.minusDays(3 * i), 180_000, 0.9);
            w.rel("P" + (i + 10), RelationType.EMPLOYED_BY, "E2", AS_OF.minusDays(3 * i), 180_000, 0.9);
        }
        List<Lead> leads = w.run(new FrontEmployerIndicator());
        assertThat(score(leads, "E1")).isGreaterThan(0.4);
        assertThat(score(leads, "E2")).isLessThan(Detector.MIN_SCORE);
    }

    @Test
    void gatekeeperOutranksCommunityOrganiserAndCasualContact() {
        World w = new World().residents("R", 40, "C1").residents("S", 40, "C2");
        w.node("G", NodeLabel.INDIVIDUAL, null).rel("G", RelationType.MEMBER_OF, "C1", null, 1, 1);
        w.node("ORG", NodeLabel.INDIVIDUAL, null).node("CAS", NodeLabel.INDIVIDUAL, null);
        for (int k = 0; k < 3; k++) {
            w.rel("G", RelationType.CONTACT, "M1", AS_OF.minusDays(10 + 7 * k), 30, 0.9);
            w.rel("G", RelationType.CONTACT, "M2", AS_OF.minusDays(12 + 7 * k), 25, 0.9);
        }
        for (int i = 1; i <= 20; i++) {
            w.rel("G", RelationType.CONTACT, "R" + i, AS_OF.minusDays(i), 10, 0.8);
            w.rel("ORG", RelationType.CONTACT, "S" + i, null, 10, 0.9);
            w.rel("ORG", RelationType.CONTACT, "R" + (i + 20), null, 10, 0.9);
        }
        w.rel("CAS", RelationType.CONTACT, "M1", AS_OF.minusDays(3), 1, 0.3);
        for (int i = 21; i <= 24; i++) {
            w.rel("CAS", RelationType.CONTACT, "S" + i, null, 20, 0.9);
        }
        List<Lead> leads = w.run(new GatekeeperIndicator());
        // scores are relative to the graph's base rate: in a world of 80 people no tie is rarer than about 1 in 70
        assertThat(score(leads, "G")).isGreaterThan(0.5);
        assertThat(score(leads, "ORG")).isZero();
        assertThat(score(leads, "CAS")).isLessThan(Detector.MIN_SCORE);
    }

    @Test
    void gatekeeperNeedsAReachFarBeyondAnOrdinaryPersonsCircle() {
        // 60 residents of C1, each with the usual circle of four friends
        World w = new World().residents("R", 60, "C1");
        for (int i = 1; i <= 60; i++) {
            w.rel("R" + i, RelationType.CONTACT, "R" + (i % 60 + 1), null, 10, 0.9);
            w.rel("R" + i, RelationType.CONTACT, "R" + ((i + 1) % 60 + 1), null, 10, 0.9);
        }
        // OP: in sustained contact with a member, with a circle only a little wider than usual
        w.node("OP", NodeLabel.INDIVIDUAL, null).rel("OP", RelationType.MEMBER_OF, "C1", null, 1, 1);
        for (int k = 0; k < 6; k++) {
            w.rel("OP", RelationType.CONTACT, "M1", AS_OF.minusDays(20 + 10 * k), 25, 0.8);
        }
        for (int i = 1; i <= 10; i++) {
            w.rel("OP", RelationType.CONTACT, "R" + (5 * i), AS_OF.minusDays(30), 5, 0.9);
        }
        // G: sustained contact with both members (one member alone would be mere association), and in contact
        // with a third of the community
        w.node("G", NodeLabel.INDIVIDUAL, null).rel("G", RelationType.MEMBER_OF, "C1", null, 1, 1);
        for (int k = 0; k < 6; k++) {
            w.rel("G", RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", AS_OF.minusDays(20 + 10 * k), 25, 0.8);
        }
        for (int i = 1; i <= 20; i++) {
            w.rel("G", RelationType.CONTACT, "R" + (3 * i - 1), AS_OF.minusDays(i), 10, 0.8);
        }
        List<Lead> leads = w.run(new GatekeeperIndicator());
        assertThat(score(leads, "G")).isGreaterThan(0.5);
        assertThat(score(leads, "OP")).isLessThan(Detector.MIN_SCORE);
    }

    @Test
    void exploitationHubOutranksALargeAgencyWithNormalFeesAndHousing() {
        World w = new World().residents("P", 12, "C1").residents("Q", 150, "C2");
        w.node("HUB", NodeLabel.BROKER, "INDIVIDUAL").node("BIG", NodeLabel.BROKER, "AGENCY");
        w.node("D1", NodeLabel.IDENTIFIER, "ADDRESS").node("D2", NodeLabel.IDENTIFIER, "ADDRESS");
        w.node("INC", NodeLabel.INCIDENT, "LABOR_EXPLOITATION");
        for (int i = 1; i <= 12; i++) {
            w.rel("HUB", RelationType.PLACED, "P" + i, AS_OF.minusDays(4 * i), 600_000, 0.8);
            w.rel("P" + i, RelationType.USES, i % 2 == 0 ? "D1" : "D2", AS_OF.minusDays(4 * i), 1, 0.9);
        }
        w.rel("P1", RelationType.VICTIM_OF, "INC", AS_OF.minusDays(2), 1, 1);
        w.rel("P2", RelationType.VICTIM_OF, "INC", AS_OF.minusDays(2), 1, 1);
        for (int i = 1; i <= 150; i++) {
            w.rel("BIG", RelationType.PLACED, "Q" + i, null, 40_000 + 1000 * (i % 50), 1);
            String home = "H" + (i / 3);
            w.node(home, NodeLabel.IDENTIFIER, "ADDRESS").rel("Q" + i, RelationType.USES, home, null, 1, 1);
        }
        List<Lead> leads = w.run(new ExploitationHubIndicator());
        assertThat(score(leads, "HUB")).isGreaterThan(0.7);
        assertThat(score(leads, "BIG")).isLessThan(Detector.MIN_SCORE);
    }

    @Test
    void exploitationHubNeedsTwoSignalsNotADearFeeAlone() {
        // DEAR charges fees far above the market but houses no one together and has no incident: a dear
        // agency. CROWD charges the same and houses its workers at two addresses: two signals.
        World w = new World().residents("P", 24, "C1").residents("Q", 400, "C2");
        w.node("DEAR", NodeLabel.BROKER, "AGENCY").node("CROWD", NodeLabel.BROKER, "INDIVIDUAL").node("BIG", NodeLabel.BROKER, "AGENCY");
        w.node("D1", NodeLabel.IDENTIFIER, "ADDRESS").node("D2", NodeLabel.IDENTIFIER, "ADDRESS");
        for (int i = 1; i <= 12; i++) {
            w.rel("DEAR", RelationType.PLACED, "P" + i, AS_OF.minusDays(4 * i), 600_000, 0.9);
            w.node("OWN" + i, NodeLabel.IDENTIFIER, "ADDRESS").rel("P" + i, RelationType.USES, "OWN" + i, null, 1, 1);
            w.rel("CROWD", RelationType.PLACED, "P" + (12 + i), AS_OF.minusDays(4 * i), 600_000, 0.9);
            w.rel("P" + (12 + i), RelationType.USES, i % 2 == 0 ? "D1" : "D2", AS_OF.minusDays(4 * i), 1, 0.9);
        }
        for (int i = 1; i <= 400; i++) {
            w.rel("BIG", RelationType.PLACED, "Q" + i, null, 40_000 + 1000 * (i % 50), 1);
        }
        List<Lead> leads = w.run(new ExploitationHubIndicator());
        assertThat(lead(leads, "DEAR")).isEmpty();
        assertThat(score(leads, "CROWD")).isGreaterThan(0.5);
    }

    @Test
    void feeSkimmingAccountOfAMemberOutranksALandlordAccount() {
        World w = new World().residents("P", 30, "C1");
        w.node("SKIM", NodeLabel.IDENTIFIER, "ACCOUNT").node("RENT", NodeLabel.IDENTIFIER, "ACCOUNT");
        w.node("LANDLORD", NodeLabel.INDIVIDUAL, null);
        w.rel("M1", RelationType.USES, "SKIM", AS_OF.minusDays(60), 1, 0.9).rel("LANDLORD", RelationType.USES, "RENT", null, 1, 1);
        for (int i = 1; i <= 30; i++) {
            w.node("A" + i, NodeLabel.IDENTIFIER, "ACCOUNT").rel("P" + i, RelationType.USES, "A" + i, null, 1, 1);
            w.rel("A" + i, RelationType.TRANSFER, "RENT", AS_OF.minusDays(10), 60_000, 1);
            w.rel("A" + i, RelationType.TRANSFER, "RENT", AS_OF.minusDays(40), 60_000, 1);
            if (i <= 10) {
                for (int k = 0; k < 4; k++) {
                    w.rel("A" + i, RelationType.TRANSFER, "SKIM", AS_OF.minusDays(7 * k + 1), 5_000, 0.9);
                }
            }
        }
        List<Lead> leads = w.run(new FeeSkimmingIndicator());
        assertThat(score(leads, "SKIM")).isGreaterThan(0.6);
        assertThat(score(leads, "RENT")).isZero();
    }

    @Test
    void infiltrationGrowthFindsSpreadingExposureButNotAStableOne() {
        World w = new World().residents("X", 80, "C1").residents("Y", 80, "C2");
        // C1: each of the last four weeks more residents contact a member (1, 3, 6, 10 new per week)
        int next = 1;
        int[] perWeek = {2, 4, 7, 11};
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < perWeek[week]; k++) {
                w.rel("X" + next++, RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", AS_OF.minusDays(27 - 7 * week), 5, 0.8);
            }
        }
        // C2: the same number of exposed residents, but for a year already
        for (int i = 1; i <= 24; i++) {
            w.rel("Y" + i, RelationType.CONTACT, "M1", AS_OF.minusDays(365), 5, 0.8);
        }
        List<Lead> leads = w.run(new InfiltrationGrowthIndicator());
        assertThat(score(leads, "C1")).isGreaterThan(0.3);
        assertThat(score(leads, "C2")).isZero();
        assertThat(lead(leads, "C1").orElseThrow().explanation()).contains("not of the community");
    }

    @Test
    void infiltrationGrowthCountsExposureAsAShareOfTheCommunitysPeople() {
        // The same 24 residents newly in contact with members, in a community of 60 and in one of 1,500.
        World w = new World().residents("X", 60, "C1").residents("Y", 1500, "C2");
        int[] perWeek = {2, 4, 7, 11};
        int next = 1;
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < perWeek[week]; k++) {
                LocalDate day = AS_OF.minusDays(27 - 7 * week);
                w.rel("X" + next, RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", day, 5, 0.8);
                w.rel("Y" + next, RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", day, 5, 0.8);
                next++;
            }
        }
        List<Lead> leads = w.run(new InfiltrationGrowthIndicator());
        assertThat(score(leads, "C1")).isGreaterThan(0.5);
        assertThat(score(leads, "C2")).isLessThan(Detector.MIN_SCORE);
        assertThat(lead(leads, "C1").orElseThrow().explanation()).contains("24 of its 60");
    }

    @Test
    void infiltrationGrowthIsNotTheGrowingCircleOfAMemberWhoLivesInTheCommunity() {
        // M1 lives in C1 and makes new ordinary friends there week after week, who bring their own old
        // friends: C1's exposure grows exactly as in an infiltration, but all of it through a neighbour.
        World w = new World().residents("X", 80, "C1");
        w.rel("M1", RelationType.MEMBER_OF, "C1", null, 1, 1);
        int[] perWeek = {2, 4, 7, 11};
        int next = 1;
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < perWeek[week]; k++) {
                w.rel("X" + next++, RelationType.CONTACT, "M1", AS_OF.minusDays(27 - 7 * week), 5, 0.8);
            }
        }
        for (int i = 1; i <= 24; i++) {
            w.rel("X" + i, RelationType.CONTACT, "X" + (24 + 2 * i), AS_OF.minusDays(400), 10, 1);
        }
        List<Lead> leads = w.run(new InfiltrationGrowthIndicator());
        assertThat(lead(leads, "C1")).isEmpty();

        // the same growth through members who live elsewhere is one
        World two = new World().residents("X", 80, "C1");
        next = 1;
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < perWeek[week]; k++) {
                two.rel("X" + next++, RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", AS_OF.minusDays(27 - 7 * week), 5, 0.8);
            }
        }
        for (int i = 1; i <= 24; i++) {
            two.rel("X" + i, RelationType.CONTACT, "X" + (24 + 2 * i), AS_OF.minusDays(400), 10, 1);
        }
        Lead lead = lead(two.run(new InfiltrationGrowthIndicator()), "C1").orElseThrow();
        assertThat(lead.score()).isGreaterThan(0.3);
        assertThat(lead.explanation()).contains("0% through members who live in it");
    }

    /** C1 (80 residents) is infiltrated over the last four weeks; each newly tied resident has long-standing contacts in C2. */
    private static World infiltrationWithSpillover(int c2Residents, int contactsInC2) {
        World w = new World().residents("X", 80, "C1").residents("Y", c2Residents, "C2");
        int[] perWeek = {2, 4, 7, 11};
        int next = 1;
        int y = 1;
        for (int week = 0; week < 4; week++) {
            for (int k = 0; k < perWeek[week]; k++) {
                w.rel("X" + next, RelationType.CONTACT, k % 2 == 0 ? "M1" : "M2", AS_OF.minusDays(27 - 7 * week), 5, 0.8);
                for (int j = 0; j < contactsInC2; j++) {
                    w.rel("X" + next, RelationType.CONTACT, "Y" + y++, AS_OF.minusDays(400), 10, 1);
                }
                next++;
            }
        }
        return w;
    }

    @Test
    void infiltrationGrowthLeavesExposureSpillingOverFromAnotherCommunityToThatCommunitysLead() {
        // 24 residents of C1 newly tied, each with 3 old friends in C2: C2's exposure grows from 0 to 72 of
        // 200 in the same four weeks, but every one of them through a person of C1.
        World w = infiltrationWithSpillover(200, 3);
        DetectionContext context = new DetectionContext(w.b.build(), AS_OF);
        ExposureCounter.Exposure exposure = ExposureCounter.exposure(context);
        int c1 = context.graph().node("C1").getAsInt();
        int c2 = context.graph().node("C2").getAsInt();
        assertThat(exposure.people().get(c2)).isEqualTo(72);
        assertThat(exposure.fromWithin().get(c2)).isZero();
        assertThat(exposure.fromWithin().get(c1)).isEqualTo(24);
        assertThat(exposure.largestEntry().get(c1)).isEqualTo(1);

        List<Lead> leads = new InfiltrationGrowthIndicator().detect(context);
        assertThat(score(leads, "C1")).isGreaterThan(0.3);
        assertThat(lead(leads, "C2")).isEmpty();
        assertThat(lead(leads, "C1").orElseThrow().explanation()).contains("24 of its 80");
    }

    @Test
    void infiltrationGrowthCountsResidentsReachedThroughAFellowResident() {
        // The same C1, and now each newly tied resident also has two old friends in C1 itself: they count.
        World w = infiltrationWithSpillover(50, 1);
        for (int i = 1; i <= 24; i++) {
            w.rel("X" + i, RelationType.CONTACT, "X" + (24 + 2 * i - 1), AS_OF.minusDays(400), 10, 1)
                    .rel("X" + i, RelationType.CONTACT, "X" + (24 + 2 * i), AS_OF.minusDays(400), 10, 1);
        }
        DetectionContext context = new DetectionContext(w.b.build(), AS_OF);
        ExposureCounter.Exposure exposure = ExposureCounter.exposure(context);
        int c1 = context.graph().node("C1").getAsInt();
        assertThat(exposure.fromWithin().get(c1)).isEqualTo(72);
        assertThat(exposure.largestEntry().get(c1)).isEqualTo(3);
        Lead lead = lead(new InfiltrationGrowthIndicator().detect(context), "C1").orElseThrow();
        assertThat(lead.explanation()).contains("72 of its 80").contains("72 counting those reached through people of other");
        assertThat(lead(new InfiltrationGrowthIndicator().detect(context), "C2")).isEmpty();
    }

    @Test
    void newBridgeIsANewcomerWhoAloneLinksACommunityToMembersNotALongTimeNeighbour() {
        World w = new World().residents("R", 20, "C1").residents("S", 20, "C2");
        w.node("NEW", NodeLabel.INDIVIDUAL, null).rel("NEW", RelationType.MEMBER_OF, "C1", AS_OF.minusDays(5), 1, 0.9);
        w.rel("NEW", RelationType.CONTACT, "M1", AS_OF.minusDays(4), 8, 0.9);
        for (int i = 1; i <= 5; i++) {
            w.rel("NEW", RelationType.CONTACT, "R" + i, AS_OF.minusDays(3), 4, 0.8);
        }
        // an old resident of C2 sharing a building with a member and one sighting: no bridge
        w.node("ADDR", NodeLabel.IDENTIFIER, "ADDRESS").rel("S1", RelationType.USES, "ADDR", null, 1, 1)
                .rel("M2", RelationType.USES, "ADDR", null, 1, 1).rel("S1", RelationType.CONTACT, "M2", AS_OF.minusDays(2), 1, 0.3)
                .rel("S1", RelationType.CONTACT, "S2", null, 10, 1);
        List<Lead> leads = w.run(new NewBridgeIndicator());
        assertThat(score(leads, "NEW")).isGreaterThan(0.5);
        assertThat(score(leads, "S1")).isZero();
        assertThat(lead(leads, "NEW").orElseThrow().explanation()).contains("only link");
    }

    @Test
    void newBridgeIsNotSharedWithAMemberOfAnotherOrganizationLivingInTheCommunity() {
        World w = new World().residents("R", 20, "C1");
        // N1, a member of another organization, has long lived in C1
        w.node("O2", NodeLabel.ORGANIZATION, "BORYOKUDAN").node("N1", NodeLabel.INDIVIDUAL, null);
        w.rel("N1", RelationType.AFFILIATED_WITH, "O2", null, 1, 0.9).rel("N1", RelationType.MEMBER_OF, "C1", null, 1, 1);
        // a newcomer with one weak contact to M1 of O1 and contacts to seven residents
        w.node("NEW", NodeLabel.INDIVIDUAL, null).rel("NEW", RelationType.MEMBER_OF, "C1", AS_OF.minusDays(8), 1, 0.8);
        w.rel("NEW", RelationType.CONTACT, "M1", AS_OF.minusDays(2), 2, 0.68);
        for (int i = 1; i <= 7; i++) {
            w.rel("NEW", RelationType.CONTACT, "R" + i, AS_OF.minusDays(4), 5, 0.8);
        }
        Lead lead = lead(w.run(new NewBridgeIndicator()), "NEW").orElseThrow();
        assertThat(lead.score()).isGreaterThanOrEqualTo(Detector.MIN_SCORE);
        assertThat(lead.explanation()).contains("its only link to that organization's circle");

        // a resident with a tie of their own to the same organization does share the bridging
        w.node("SELF", NodeLabel.INDIVIDUAL, null).rel("SELF", RelationType.MEMBER_OF, "C1", null, 1, 1);
        for (int k = 0; k < 3; k++) {
            w.rel("SELF", RelationType.CONTACT, "M2", AS_OF.minusDays(30 + 20 * k), 20, 0.9);
        }
        Lead shared = lead(w.run(new NewBridgeIndicator()), "NEW").orElseThrow();
        assertThat(shared.score()).isLessThan(lead.score() * 0.6);
        assertThat(shared.explanation()).contains("one of 2 such links");
    }

    @Test
    void anEmployerRegisteredAtAMembersBuildingIsNotDilutedByTheTenantsButARegisteredOfficeIs() {
        World w = new World().residents("P", 30, "C1");
        w.node("E1", NodeLabel.EMPLOYER, null).node("HOME", NodeLabel.IDENTIFIER, "ADDRESS");
        w.rel("M1", RelationType.USES, "HOME", null, 1, 0.99).rel("E1", RelationType.USES, "HOME", AS_OF.minusDays(9), 1, 0.83);
        // the member's building: four more tenants, none of them tied to anything
        for (int i = 21; i <= 24; i++) {
            w.rel("P" + i, RelationType.USES, "HOME", AS_OF.minusDays(120), 1, 0.8);
        }
        for (int i = 1; i <= 4; i++) {
            w.rel("P" + i, RelationType.EMPLOYED_BY, "E1", AS_OF.minusDays(2 * i), 150_000, 0.7);
        }
        // a registered-office address: the member's business address, shared by six companies
        w.node("OFFICE", NodeLabel.IDENTIFIER, "ADDRESS").rel("M2", RelationType.USES, "OFFICE", null, 1, 0.99);
        for (int k = 1; k <= 6; k++) {
            w.node("F" + k, NodeLabel.EMPLOYER, null).rel("F" + k, RelationType.USES, "OFFICE", null, 1, 0.83);
            for (int i = 0; i < 4; i++) {
                w.rel("P" + (5 + i + 4 * (k - 1) % 16), RelationType.EMPLOYED_BY, "F" + k, AS_OF.minusDays(30), 150_000, 0.7);
            }
        }
        List<Lead> leads = w.run(new FrontEmployerIndicator());
        Lead front = lead(leads, "E1").orElseThrow();
        assertThat(front.score()).isGreaterThanOrEqualTo(Detector.MIN_SCORE);
        assertThat(front.explanation()).contains("shares address HOME with member M1");
        // the tenants do not dilute the business's tie; six companies at one office address do
        for (int k = 1; k <= 6; k++) {
            assertThat(score(leads, "F" + k)).isLessThan(front.score() * 0.6);
        }
        // the tenants themselves are no business and get no business tie at all
        DetectionContext context = new DetectionContext(w.b.build(), AS_OF);
        assertThat(context.ties().business(context.graph().node("P21").getAsInt())).isNull();
    }

    @Test
    void detectionFeaturesExcludeProtectedAttributes() {
        assertThat(DetectionFeatures.NODE_PROPERTIES).doesNotContainAnyElementsOf(NodeLabel.PROTECTED_PROPERTIES);
    }
}
