package org.kyosei.generate;

/**
 * GATEKEEPER: a resident who, from the case start on, is in repeated, high-count CONTACT with two
 * or three members of one organization and also in contact with many residents of their own
 * community, bridging the two. The community's exposure grows by those residents, so it is
 * listed as a related INFILTRATION_GROWTH lead. Worlds that plant every variant vary the reach:
 * narrow (two members, 5-10 residents), standard (as above) or broad (three or four members and
 * residents of two or three communities). A gatekeeper always reaches two members or more: one
 * tie to one member is association, never a lead on a person.
 */
final class GatekeeperPlanter implements Planter {
    static final String PATTERN = "GATEKEEPER";
    /** Arrivals this recent make the gatekeeper a newcomer too (the horizon of the NEW_BRIDGE indicator). */
    private static final int RECENT_ARRIVAL_DAYS = 35;
    private static final String[] REACH = {"narrow", "standard", "broad"};

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return Math.max(2, Math.round(individuals / 10_000f));
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        int start = kit.caseStart(6);
        int org = kit.organization();
        int community = kit.residentialCommunity(25, c -> true);
        int[] chosen = kit.residents(community, 1, Population.ROLE | Population.PLANTED,
                i -> people.age(i) >= 22 && people.age(i) <= 60);
        int gatekeeper = chosen.length > 0 ? chosen[0] : kit.ordinaryAdult();
        people.mark(gatekeeper, Population.ROLE | Population.PLANTED);
        int home = people.residentialOf[gatekeeper];

        int reach = kit.varied() ? kit.variant(caseNumber, REACH.length) : 1;
        int[] members = kit.members(org, reach == 0 ? 2 : reach == 1 ? Draw.between(kit.random, 2, 3)
                : Draw.between(kit.random, 3, 4));
        int repeated = 0;
        for (int m : members) {
            int rows = Draw.between(kit.random, 2, 5);
            kit.sustainedContact(gatekeeper, m, start, rows, 8, 60);
            repeated += rows;
        }
        int[] residents = kit.residents(home, reach == 0 ? kit.size(5, 10) : kit.size(10, 30), Population.ORG_MEMBER,
                i -> i != gatekeeper);
        if (reach == 2) {
            residents = broaden(kit, org, gatekeeper, residents);
        }
        int[] days = kit.growingDays(start, residents.length);
        for (int k = 0; k < residents.length; k++) {
            double s = kit.random.nextDouble();
            kit.contact(gatekeeper, residents[k], days[k], Draw.between(kit.random, 2, 25),
                    s < 0.6 ? "phone-records" : kit.time.patrolSource(days[k]), Draw.between(kit.random, 60, 100));
        }
        world.organizations.touch(org, home);
        // The residents the gatekeeper draws into contact really are newly within two steps of the members.
        kit.related(InfiltrationGrowthPlanter.PATTERN, world.community(home), start,
                "residents drawn into contact by gatekeeper ", kit.person(gatekeeper));
        int arrived = people.arrival(gatekeeper);
        if (arrived != Timeline.NONE && arrived > kit.time.lastDay() - RECENT_ARRIVAL_DAYS) {
            // A gatekeeper who moved in only weeks ago is also, truly, a newcomer bridging the community.
            kit.related(NewBridgePlanter.PATTERN, world.individual(gatekeeper), arrived, "gatekeeper ",
                    kit.person(gatekeeper), " moved into ", PlantKit.node(world.community(home)), " recently");
        }
        kit.truth(PATTERN, REACH[reach], world.individual(gatekeeper), start,
                "resident of ", PlantKit.node(world.community(home)), " in repeated contact (", repeated, " records) with ",
                members.length, " members of ", PlantKit.node(world.organization(org)), " and in contact with ",
                residents.length, reach == 2 ? " residents of several communities" : " residents of the community");
    }

    /** Adds residents of one or two more communities to a broad gatekeeper's contacts. */
    private static int[] broaden(PlantKit kit, int org, int gatekeeper, int[] home) {
        IntList all = new IntList();
        for (int x : home) {
            all.add(x);
        }
        int others = Draw.between(kit.random, 1, 2);
        for (int k = 0; k < others; k++) {
            int community = kit.residentialCommunity(20, c -> c != kit.people.residentialOf[gatekeeper]);
            for (int x : kit.residents(community, kit.size(5, 15), Population.ORG_MEMBER, i -> i != gatekeeper)) {
                if (!all.contains(x)) {
                    all.add(x);
                }
            }
            kit.world.organizations.touch(org, community);
        }
        return all.toArray();
    }
}
