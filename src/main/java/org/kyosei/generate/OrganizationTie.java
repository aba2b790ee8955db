package org.kyosei.generate;

import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * The ways a front business is tied to an organization, as the data would show them:
 * <ul>
 *   <li>{@link #OPERATED_BY_MEMBER}: a member OPERATES it;</li>
 *   <li>{@link #CONTROLLED}: the organization CONTROLS it (intelligence, lower confidence);</li>
 *   <li>{@link #SHARED_IDENTIFIER}: it USES a member's phone, address or account;</li>
 *   <li>{@link #FUNDED_BY_MEMBER}: a member's account sends it repeated TRANSFERs;</li>
 *   <li>{@link #OPERATED_BY_CONTACT}: it is operated by someone in sustained CONTACT with a member.</li>
 * </ul>
 * Unless a member or proxy operates it, a nominee with no other tie OPERATES the business.
 */
final class OrganizationTie {
    static final int OPERATED_BY_MEMBER = 0;
    static final int CONTROLLED = 1;
    static final int SHARED_IDENTIFIER = 2;
    static final int FUNDED_BY_MEMBER = 3;
    static final int OPERATED_BY_CONTACT = 4;
    static final int MECHANISMS = 5;

    private OrganizationTie() {
    }

    /**
     * Ties the business (a ref, with its account index) to the organization from day {@code start}
     * and appends a description to {@code note}; {@code withOperator} adds the nominee operator when
     * the mechanism brings none.
     */
    static void apply(PlantKit kit, int business, int account, int org, int mechanism, int start, boolean withOperator,
                      List<Object> note) {
        World world = kit.world;
        Population people = kit.people;
        int orgRef = world.organization(org);
        int before = kit.time.shift(start, -kit.random.nextInt(21));
        switch (mechanism) {
            case OPERATED_BY_MEMBER -> {
                int m = kit.member(org);
                kit.row(world.individual(m), RelationType.OPERATES, business, before, Timeline.NONE, -1,
                        "registry:commerce", Draw.between(kit.random, 80, 100));
                note.addAll(List.of("operated by ", kit.person(m), " (member of ", PlantKit.node(orgRef), ")"));
                return;
            }
            case CONTROLLED -> {
                kit.row(orgRef, RelationType.CONTROLS, business, before, Timeline.NONE, -1, "intel:organized-crime",
                        Draw.between(kit.random, 50, 85));
                note.addAll(List.of("controlled by ", PlantKit.node(orgRef)));
            }
            case SHARED_IDENTIFIER -> {
                int m = kit.member(org, p -> people.phoneOf[p] >= 0 || people.accountOf[p] >= 0);
                int identifier;
                String what;
                double u = kit.random.nextDouble();
                if (people.phoneOf[m] >= 0 && (u < 0.5 || people.accountOf[m] < 0)) {
                    identifier = NodeKind.PHONE.ref(people.phoneOf[m]);
                    what = "phone";
                } else if (people.accountOf[m] >= 0 && u < 0.8) {
                    identifier = NodeKind.ACCOUNT.ref(people.accountOf[m]);
                    what = "account";
                } else {
                    identifier = NodeKind.ADDRESS.ref(people.addressOf[m]);
                    what = "address";
                }
                kit.row(business, RelationType.USES, identifier, before, Timeline.NONE, -1,
                        what.equals("phone") ? "carrier-record" : what.equals("account") ? "bank-report" : "registry:commerce",
                        Draw.between(kit.random, 70, 100));
                note.addAll(List.of("shares ", what, " ", PlantKit.node(identifier), " with member ", kit.person(m),
                        " of ", PlantKit.node(orgRef)));
            }
            case FUNDED_BY_MEMBER -> {
                int m = kit.member(org, p -> people.accountOf[p] >= 0);
                if (people.accountOf[m] < 0) {
                    apply(kit, business, account, org, CONTROLLED, start, withOperator, note);
                    return;
                }
                int[] days = kit.distinctDays(before, Draw.between(kit.random, 3, 6));
                for (int day : days) {
                    kit.row(NodeKind.ACCOUNT.ref(people.accountOf[m]), RelationType.TRANSFER, NodeKind.ACCOUNT.ref(account),
                            day, Timeline.NONE, Draw.amount(kit.random, 200_000, 2_000_000, 10_000),
                            kit.random.nextDouble() < 0.6 ? "bank-report" : "suspicious-transaction-report",
                            Draw.between(kit.random, 75, 100));
                }
                note.addAll(List.of("funded by ", days.length, " transfers from member ", kit.person(m), " of ",
                        PlantKit.node(orgRef)));
            }
            case OPERATED_BY_CONTACT -> {
                int proxy = kit.ordinaryAdult();
                int m = kit.member(org);
                kit.row(world.individual(proxy), RelationType.OPERATES, business, before, Timeline.NONE, -1,
                        "registry:commerce", Draw.between(kit.random, 85, 100));
                kit.sustainedContact(proxy, m, kit.time.shift(before, -60), Draw.between(kit.random, 3, 6), 8, 60);
                note.addAll(List.of("operated by ", kit.person(proxy), " in sustained contact with member ", kit.person(m),
                        " of ", PlantKit.node(orgRef)));
                return;
            }
            default -> throw new IllegalArgumentException("mechanism " + mechanism);
        }
        if (withOperator) {
            int nominee = kit.ordinaryAdult();
            kit.row(world.individual(nominee), RelationType.OPERATES, business, before, Timeline.NONE, -1,
                    "registry:commerce", Draw.between(kit.random, 85, 100));
        }
    }
}
