package org.kyosei.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kyosei.domain.NodeLabel;
import org.kyosei.domain.RelationType;

/**
 * The rules against listing association as evidence, and ties through identifiers, on the whole
 * detector (association rule and cut-off included).
 */
class BaseRateAndAssociationTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    private final DetectionGraph.Builder b = DetectionGraph.builder();

    BaseRateAndAssociationTest() {
        node("O1", NodeLabel.ORGANIZATION, "BORYOKUDAN");
        node("M1", NodeLabel.INDIVIDUAL, null);
        node("M2", NodeLabel.INDIVIDUAL, null);
        node("C1", NodeLabel.COMMUNITY, "RESIDENTIAL");
        node("C2", NodeLabel.COMMUNITY, "RESIDENTIAL");
        rel("M1", RelationType.AFFILIATED_WITH, "O1", null, 1, 0.9);
        rel("M2", RelationType.AFFILIATED_WITH, "O1", null, 1, 0.9);
        // 200 residents of C1 and 200 of C2, each with an ordinary circle of three friends and an account of their own
        for (String c : List.of("R", "S")) {
            for (int i = 1; i <= 200; i++) {
                node(c + i, NodeLabel.INDIVIDUAL, null).node("A" + c + i, NodeLabel.IDENTIFIER, "ACCOUNT");
                rel(c + i, RelationType.MEMBER_OF, c.equals("R") ? "C1" : "C2", null, 1, 1);
                rel(c + i, RelationType.USES, "A" + c + i, null, 1, 1);
            }
            for (int i = 1; i <= 200; i++) {
                for (int k = 1; k <= 3; k++) {
                    rel(c + i, RelationType.CONTACT, c + ((i + k - 1) % 200 + 1), null, 8, 0.9);
                }
            }
        }
    }

    private BaseRateAndAssociationTest node(String id, NodeLabel label, String kind) {
        b.node(id, label, kind, null);
        return this;
    }

    private BaseRateAndAssociationTest rel(String a, RelationType type, String c, LocalDate since, double w, double conf) {
        b.edge(a, type, c, since, null, w, conf);
        return this;
    }

    /** An employer run by {@code operator} that took on residents S{first}..S{first+n-1} in the last weeks. */
    private void employer(String id, String operator, int first, int n) {
        node(id, NodeLabel.EMPLOYER, null).rel(operator, RelationType.OPERATES, id, null, 1, 0.9);
        for (int i = first; i < first + n; i++) {
            rel("S" + i, RelationType.EMPLOYED_BY, id, AS_OF.minusDays(3 * (i - first) + 2), 180_000, 0.9);
        }
    }

    private List<Lead> listed() {
        return new Detector().detect(new DetectionContext(b.build(), AS_OF));
    }

    private static List<String> subjects(List<Lead> leads) {
        return leads.stream().map(Lead::subjectId).toList();
    }

    /** Members M1 and M2 live in C1 and are friends of 60 of its 200 residents, like anyone's friends. */
    private void membersLivingAmongResidents() {
        rel("M1", RelationType.MEMBER_OF, "C1", null, 1, 1).rel("M2", RelationType.MEMBER_OF, "C1", null, 1, 1);
        for (int i = 1; i <= 30; i++) {
            rel("M1", RelationType.CONTACT, "R" + i, null, 8, 0.9).rel("M2", RelationType.CONTACT, "R" + (30 + i), null, 8, 0.9);
        }
    }

    @Test
    void aMemberLivingInACommunityMakesNoLeadOnTheirFriendsNorOnTheFirmsTheyRun() {
        membersLivingAmongResidents();
        // five of the friends run employers; one of them also knows many more people than most
        for (int k = 1; k <= 5; k++) {
            employer("E" + k, "R" + k, 1 + 8 * (k - 1), 6);
        }
        for (int i = 100; i < 125; i++) {
            rel("R1", RelationType.CONTACT, "R" + i, AS_OF.minusDays(i - 90), 8, 0.9);
        }
        List<Lead> leads = listed();
        assertThat(subjects(leads)).noneMatch(s -> s.startsWith("R") || s.startsWith("E"));
    }

    @Test
    void anOfficersSharedAccountMakesAFrontEmployer() {
        // OFF has no contact with any member, but shares an account with M1; OFF runs E9
        node("OFF", NodeLabel.INDIVIDUAL, null).node("ACC", NodeLabel.IDENTIFIER, "ACCOUNT");
        rel("M1", RelationType.USES, "ACC", null, 1, 0.9).rel("OFF", RelationType.USES, "ACC", AS_OF.minusDays(60), 1, 0.9);
        employer("E9", "OFF", 1, 8);
        Lead front = listed().stream().filter(l -> l.subjectId().equals("E9")).findFirst().orElseThrow();
        assertThat(front.indicator()).isEqualTo("FRONT_EMPLOYER");
        assertThat(front.explanation()).contains("operated by OFF, who shares account ACC with member M1 of O1");
        assertThat(front.evidencePaths()).contains("O1>M1>ACC>OFF>E9");
    }

    @Test
    void aCrowdedRegisteredOfficeAddressAloneMakesNoFront() {
        // a registered-office address used by member M2 and by 40 firms, each employing residents
        node("OFFICE", NodeLabel.IDENTIFIER, "ADDRESS").rel("M2", RelationType.USES, "OFFICE", null, 1, 0.99);
        for (int k = 1; k <= 40; k++) {
            node("F" + k, NodeLabel.EMPLOYER, null).rel("F" + k, RelationType.USES, "OFFICE", AS_OF.minusDays(30), 1, 0.9);
            for (int i = 0; i < 4; i++) {
                rel("S" + (4 * (k - 1) + i + 1), RelationType.EMPLOYED_BY, "F" + k, AS_OF.minusDays(10 + i), 180_000, 0.9);
            }
        }
        // one firm registered alone at the member's own address is a front
        node("HOME", NodeLabel.IDENTIFIER, "ADDRESS").rel("M1", RelationType.USES, "HOME", null, 1, 0.99);
        node("F0", NodeLabel.EMPLOYER, null).rel("F0", RelationType.USES, "HOME", AS_OF.minusDays(30), 1, 0.9);
        for (int i = 161; i <= 168; i++) {
            rel("S" + i, RelationType.EMPLOYED_BY, "F0", AS_OF.minusDays(i - 155), 180_000, 0.9);
        }
        List<String> listed = subjects(listed());
        assertThat(listed).contains("F0");
        assertThat(listed).noneMatch(s -> s.matches("F[1-9][0-9]?"));
    }

    /** M1 lives at HOME with residents R1..R{household} of C1, for whom it is their only address. */
    private void memberLivesWithHousehold(int household) {
        node("HOME", NodeLabel.IDENTIFIER, "ADDRESS").rel("M1", RelationType.USES, "HOME", AS_OF.minusDays(80), 1, 0.95);
        for (int i = 1; i <= household; i++) {
            rel("R" + i, RelationType.USES, "HOME", null, 1, 0.95);
        }
    }

    @Test
    void aFirmRunByAMembersHousemateIsNoFrontOnTheSharedHomeAlone() {
        memberLivesWithHousehold(1);
        employer("E1", "R1", 1, 8);
        assertThat(subjects(listed())).doesNotContain("E1", "R1");
    }

    @Test
    void anOfficerWithAHomeOfTheirOwnRegisteredAtAMembersHomeMakesAFront() {
        memberLivesWithHousehold(5);
        node("OFF", NodeLabel.INDIVIDUAL, null).node("OWN", NodeLabel.IDENTIFIER, "ADDRESS");
        rel("OFF", RelationType.USES, "OWN", null, 1, 0.95).rel("OFF", RelationType.USES, "HOME", AS_OF.minusDays(60), 1, 0.8);
        employer("E9", "OFF", 1, 8);
        Lead front = listed().stream().filter(l -> l.subjectId().equals("E9")).findFirst().orElseThrow();
        assertThat(front.explanation()).contains("operated by OFF, who shares address HOME with member M1 of O1");
        assertThat(front.evidencePaths()).contains("O1>M1>HOME>OFF>E9");
    }

    @Test
    void twoFirmsWhoseOfficersUseOneMembersPhoneAreBothFronts() {
        node("PHONE", NodeLabel.IDENTIFIER, "PHONE").rel("M1", RelationType.USES, "PHONE", null, 1, 0.8);
        for (int k = 1; k <= 2; k++) {
            node("OFF" + k, NodeLabel.INDIVIDUAL, null).rel("OFF" + k, RelationType.USES, "PHONE", AS_OF.minusDays(40), 1, 0.75);
            employer("E" + k, "OFF" + k, 1 + 10 * (k - 1), 10);
        }
        assertThat(subjects(listed())).contains("E1", "E2");
    }

    /** P lives in C2 (no member lives there) in sustained contact with M1 and in contact with 30 of its residents. */
    private void bridgeToOneMember(String p, String... members) {
        node(p, NodeLabel.INDIVIDUAL, null).rel(p, RelationType.MEMBER_OF, "C2", null, 1, 1);
        for (int k = 0; k < 6; k++) {
            rel(p, RelationType.CONTACT, members[k % members.length], AS_OF.minusDays(10 + 7 * k), 25, 0.9);
        }
        for (int i = 1; i <= 30; i++) {
            rel(p, RelationType.CONTACT, "S" + (100 + i), AS_OF.minusDays(i), 10, 0.9);
        }
    }

    @Test
    void anIndividualWithOneTieToOneMemberIsNeverListed() {
        bridgeToOneMember("P", "M1");
        assertThat(subjects(listed())).doesNotContain("P");
        // the same reach with sustained ties to two members is a gatekeeper
        bridgeToOneMember("Q", "M1", "M2");
        assertThat(listed()).anyMatch(l -> l.subjectId().equals("Q") && l.indicator().equals("GATEKEEPER"));
        assertThat(subjects(listed())).doesNotContain("P");
    }

    @Test
    void moneyExchangedWithAMemberIsEvidenceBeyondAssociation() {
        bridgeToOneMember("P", "M1");
        node("AM1", NodeLabel.IDENTIFIER, "ACCOUNT").node("AP", NodeLabel.IDENTIFIER, "ACCOUNT");
        rel("M1", RelationType.USES, "AM1", null, 1, 1).rel("P", RelationType.USES, "AP", null, 1, 1);
        DetectionContext context = new DetectionContext(b.build(), AS_OF);
        int p = context.graph().node("P").getAsInt();
        assertThat(AssociationRule.admits(context, p)).isFalse();

        rel("AP", RelationType.TRANSFER, "AM1", AS_OF.minusDays(5), 300_000, 1);
        context = new DetectionContext(b.build(), AS_OF);
        assertThat(AssociationRule.admits(context, context.graph().node("P").getAsInt())).isTrue();
    }

    @Test
    void aMembersFeeAmongManyClientsIsNoEvidence() {
        // an accountant in sustained contact with M1, paid by M1 and by eleven other clients
        bridgeToOneMember("ACCT", "M1");
        node("AM1", NodeLabel.IDENTIFIER, "ACCOUNT").node("AACCT", NodeLabel.IDENTIFIER, "ACCOUNT");
        rel("M1", RelationType.USES, "AM1", null, 1, 1).rel("ACCT", RelationType.USES, "AACCT", null, 1, 1);
        rel("AM1", RelationType.TRANSFER, "AACCT", AS_OF.minusDays(20), 30_000, 1);
        for (int i = 1; i <= 11; i++) {
            rel("AS" + i, RelationType.TRANSFER, "AACCT", AS_OF.minusDays(20 + i), 30_000, 1);
        }
        DetectionContext context = new DetectionContext(b.build(), AS_OF);
        assertThat(AssociationRule.admits(context, context.graph().node("ACCT").getAsInt())).isFalse();
        assertThat(subjects(new Detector().detect(context))).doesNotContain("ACCT");
    }

    @Test
    void aGatekeepersSentenceGivesTheBaseRateOfItsCommunity() {
        bridgeToOneMember("Q", "M1", "M2");
        Lead lead = listed().stream().filter(l -> l.subjectId().equals("Q")).findFirst().orElseThrow();
        assertThat(lead.explanation()).contains("1 of the 201 residents of C2 have any tie to organization members");
    }
}
