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
 *   <li>{@link #OPERATED_BY_CONTACT}: it is operated by someone in sustained CONTACT with a member (a straw owner);</li>
 *   <li>{@link #OFFICER_SHARES_IDENTIFIER}: its operator (an officer, no member) USES a member's account, phone or
 *       address (only in worlds with {@link WorldParameters#variedPlants()}).</li>
 * </ul>
 * Unless a member or proxy operates it, a nominee with no other tie OPERATES the business.
 */
final class OrganizationTie {
    static final int OPERATED_BY_MEMBER = 0;
    static final int CONTROLLED = 1;
    static final int SHARED_IDENTIFIER = 2;
    static final int FUNDED_BY_MEMBER = 3;
    static final int OPERATED_BY_CONTACT = 4;
    static final int OFFICER_SHARES_IDENTIFIER = 5;
    /** The mechanisms of the default world; {@link #ALL_MECHANISMS} in worlds that plant every variant. */
    static final int MECHANISMS = 5;
    static final int ALL_MECHANISMS = 6;
    static final String[] NAMES = {"operated-by-member", "controlled", "shares-identifier", "funded-by-member",
        "straw-owner-in-contact", "officer-shares-identifier"};

    private OrganizationTie() {
    }

    /**
     * Ties the business (a ref, with its account index) to the organization from day {@code start}
     * and appends a description to {@code note}; {@code withOperator} adds the nominee operator when
     * the mechanism brings none. Returns the name of the mechanism used ({@link #NAMES}, with the
     * identifier's kind for the shared ones).
     */
    static String apply(PlantKit kit, int business, int account, int org, int mechanism, int start, boolean withOperator,
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
                return NAMES[mechanism];
            }
            case CONTROLLED -> {
                kit.row(orgRef, RelationType.CONTROLS, business, before, Timeline.NONE, -1, "intel:organized-crime",
                        Draw.between(kit.random, 50, 85));
                note.addAll(List.of("controlled by ", PlantKit.node(orgRef)));
            }
            case SHARED_IDENTIFIER -> {
                String what = sharedIdentifier(kit, org, business, before, orgRef, note, List.of());
                if (withOperator) {
                    nominee(kit, business, before);
                }
                return NAMES[mechanism] + ":" + what;
            }
            case FUNDED_BY_MEMBER -> {
                int m = kit.member(org, p -> people.accountOf[p] >= 0);
                if (people.accountOf[m] < 0) {
                    return apply(kit, business, account, org, CONTROLLED, start, withOperator, note);
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
                return NAMES[mechanism];
            }
            case OFFICER_SHARES_IDENTIFIER -> {
                int officer = kit.ordinaryAdult();
                kit.row(world.individual(officer), RelationType.OPERATES, business, before, Timeline.NONE, -1,
                        "registry:commerce", Draw.between(kit.random, 85, 100));
                String what = sharedIdentifier(kit, org, world.individual(officer), before, orgRef, note,
                        List.of("operated by ", kit.person(officer), ", who "));
                return NAMES[mechanism] + ":" + what;
            }
            default -> throw new IllegalArgumentException("mechanism " + mechanism);
        }
        if (withOperator) {
            nominee(kit, business, before);
        }
        return NAMES[mechanism];
    }

    /** A nominee with no other tie operates the business. */
    private static void nominee(PlantKit kit, int business, int since) {
        int nominee = kit.ordinaryAdult();
        kit.row(kit.world.individual(nominee), RelationType.OPERATES, business, since, Timeline.NONE, -1,
                "registry:commerce", Draw.between(kit.random, 85, 100));
    }

    /**
     * {@code user} (the business, or its officer) USES a member's phone, account or address; appends
     * {@code lead} and the description to the note and returns the identifier's kind.
     */
    private static String sharedIdentifier(PlantKit kit, int org, int user, int since, int orgRef, List<Object> note,
                                           List<Object> lead) {
        Population people = kit.people;
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
        kit.row(user, RelationType.USES, identifier, since, Timeline.NONE, -1,
                what.equals("phone") ? "carrier-record" : what.equals("account") ? "bank-report" : "registry:commerce",
                Draw.between(kit.random, 70, 100));
        note.addAll(lead);
        note.addAll(List.of("shares ", what, " ", PlantKit.node(identifier), " with member ", kit.person(m),
                " of ", PlantKit.node(orgRef)));
        return what;
    }
}
