package org.kyosei.generate;

import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * FRONT_EMPLOYER: a new employer in a workplace, nightlife or commercial community, tied to an
 * organization ({@link OrganizationTie}), that from the case start on employs a growing number of
 * residents of one community (EMPLOYED_BY at ordinary-to-low wages, some MEMBER_OF its
 * community) and pays some of them through its account.
 */
final class FrontEmployerPlanter implements Planter {
    static final String PATTERN = "FRONT_EMPLOYER";
    private static final int[] KINDS = {Places.WORKPLACE, Places.NIGHTLIFE, Places.COMMERCIAL};
    private static final int[] KIND_WEIGHTS = {60, 25, 15};
    private static final String[][] INDUSTRIES = {
        {"construction", "demolition", "food processing", "logistics"}, {"nightlife", "restaurant"},
        {"restaurant", "cleaning", "retail"}};

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
        int start = kit.caseStart(2);
        int org = kit.organization();
        int kindIndex = Draw.weighted(kit.random, KIND_WEIGHTS);
        int workplace = kit.places.sample(KINDS[kindIndex], kit.random);
        int employer = LabourModel.addEmployer(world, kit.random, workplace, Draw.pick(kit.random, INDUSTRIES[kindIndex]),
                start, Draw.between(kit.random, 150, 200) * 1000);
        int ref = world.employer(employer);
        int account = world.businesses.employerAccount.get(employer);

        List<Object> note = PlantKit.parts();
        note.addAll(List.of("employer ", PlantKit.node(ref), " "));
        String variant = FrontTies.tie(kit, ref, account, org, caseNumber, 2, start, note);

        int community = kit.residentialCommunity(20, c -> true);
        int[] workers = kit.residents(community, kit.size(8, 40),
                Population.ROLE | Population.PLANTED | Population.CLAIM_EMPLOYMENT,
                i -> people.age(i) >= 18 && people.age(i) <= 55);
        int[] days = kit.growingDays(start, workers.length);
        for (int k = 0; k < workers.length; k++) {
            int w = workers[k];
            int day = days[k];
            long wage = Draw.amount(kit.random, 130_000, 230_000, 1000);
            people.mark(w, Population.CLAIM_EMPLOYMENT | Population.PLANTED);
            kit.row(world.individual(w), RelationType.EMPLOYED_BY, ref, day, Timeline.NONE, wage, "registry:labour",
                    Draw.confidence(kit.random, 70, 0.05));
            if (kit.random.nextDouble() < 0.5) {
                kit.row(world.individual(w), RelationType.MEMBER_OF, world.community(workplace), day, Timeline.NONE, -1,
                        "registry:labour", Draw.between(kit.random, 75, 100));
            }
            if (people.accountOf[w] >= 0 && kit.random.nextDouble() < 0.5) {
                for (int pay = day + Draw.between(kit.random, 20, 30), n = 0; pay <= kit.time.lastDay() && n < 3; pay += 30, n++) {
                    kit.row(NodeKind.ACCOUNT.ref(account), RelationType.TRANSFER, NodeKind.ACCOUNT.ref(people.accountOf[w]),
                            pay, Timeline.NONE, wage * 85 / 100 / 100 * 100, "bank-report", Draw.between(kit.random, 85, 100));
                }
            }
        }
        world.organizations.touch(org, community);
        note.addAll(List.of("; employs ", workers.length, " residents of ", PlantKit.node(world.community(community)),
                " from ", kit.time.date(start), " on"));
        kit.truth(PATTERN, variant, ref, start, note.toArray());
        kit.related(InfiltrationGrowthPlanter.PATTERN, world.community(community), start,
                "residents recruited by front employer ", PlantKit.node(ref));
    }
}
