package org.kyosei.generate;

import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * FRONT_BROKER: a broker tied to an organization ({@link OrganizationTie}, one or two mechanisms)
 * that, from the case start on, places a growing number of residents of one community
 * (PLACED, fees somewhat above the usual, 60,000-300,000 JPY), supplies them to one to three
 * ordinary employers (SUPPLIES, EMPLOYED_BY) and collects part of the fees by bank transfer.
 */
final class FrontBrokerPlanter implements Planter {
    static final String PATTERN = "FRONT_BROKER";

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
        boolean fixer = kit.random.nextBoolean();
        int license = new int[]{Businesses.UNLICENSED, Businesses.UNKNOWN, Businesses.REVOKED, Businesses.LICENSED}
                [Draw.weighted(kit.random, new int[]{40, 20, 15, 25})];
        int broker = LabourModel.addBroker(world, kit.random, fixer ? Businesses.FIXER : Businesses.AGENCY, license, start);
        int ref = world.broker(broker);
        int account = world.businesses.brokerAccount.get(broker);

        List<Object> note = PlantKit.parts();
        note.addAll(List.of("broker ", PlantKit.node(ref), " "));
        String variant = FrontTies.tie(kit, ref, account, org, caseNumber, 0, start, note);

        int community = kit.residentialCommunity(20, c -> true);
        int[] employers = FrontTies.ordinaryEmployers(kit, Draw.between(kit.random, 1, 3));
        for (int e : employers) {
            LabourModel.supplies(world, kit.random, broker, e, start);
        }
        int wanted = kit.size(8, 40);
        int[] workers = kit.residents(community, wanted,
                Population.ROLE | Population.PLANTED | Population.CLAIM_PLACEMENT,
                i -> people.age(i) >= 18 && people.age(i) <= 50);
        int[] days = kit.growingDays(start, workers.length);
        for (int k = 0; k < workers.length; k++) {
            int w = workers[k];
            int day = days[k];
            long fee = Draw.amount(kit.random, 60_000, 300_000, 1000);
            people.mark(w, Population.CLAIM_PLACEMENT | Population.PLANTED);
            kit.row(ref, RelationType.PLACED, world.individual(w), day, Timeline.NONE, fee,
                    license == Businesses.LICENSED ? "registry:placement" : "outreach-interview",
                    Draw.between(kit.random, 65, 100));
            if (kit.random.nextDouble() < 0.6 && !people.has(w, Population.CLAIM_EMPLOYMENT)) {
                int e = employers[kit.random.nextInt(employers.length)];
                people.mark(w, Population.CLAIM_EMPLOYMENT);
                kit.row(world.individual(w), RelationType.EMPLOYED_BY, world.employer(e), day, Timeline.NONE,
                        Draw.amount(kit.random, 140_000, 220_000, 1000), "registry:labour", Draw.between(kit.random, 75, 100));
            }
            if (people.accountOf[w] >= 0 && kit.random.nextDouble() < 0.4) {
                kit.row(NodeKind.ACCOUNT.ref(people.accountOf[w]), RelationType.TRANSFER, NodeKind.ACCOUNT.ref(account),
                        day, Timeline.NONE, fee, "bank-report", Draw.between(kit.random, 85, 100));
            }
        }
        world.organizations.touch(org, community);
        note.addAll(List.of("; placed ", workers.length, " residents of ", PlantKit.node(world.community(community)),
                " from ", kit.time.date(start), " on"));
        kit.truth(PATTERN, variant, ref, start, note.toArray());
        kit.related(InfiltrationGrowthPlanter.PATTERN, world.community(community), start,
                "residents recruited by front broker ", PlantKit.node(ref));
    }
}
