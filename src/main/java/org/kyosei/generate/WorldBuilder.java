package org.kyosei.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the complete model in a fixed order, each step from its own random stream: the
 * organizations' size (to reserve their members), communities, households and identifiers, the
 * labour market, incidents, the organizations, then the planted patterns and look-alikes, and
 * finally the id numbering. Bridges and infiltrations come last because they need communities no
 * organization has reached yet.
 */
final class WorldBuilder {
    private static final long STEP = 10;

    private WorldBuilder() {
    }

    /** The planters, in planting order. */
    static List<Planter> planters() {
        return List.of(
                new LargeAgencyLookalike(),
                new FrontBrokerPlanter(),
                new FrontEmployerPlanter(),
                new GatekeeperPlanter(),
                new ExploitationHubPlanter(),
                new FeeSkimmingPlanter(),
                new CommunityOrganiserLookalike(),
                new NeighbourLookalike(),
                new CasualContactLookalike(),
                new InfiltrationGrowthPlanter(),
                new NewBridgePlanter(),
                new SharedOfficeLookalike(),
                new AccountantLookalike());
    }

    static World build(GeneratorSettings settings) {
        long seed = settings.seed();
        int individuals = settings.individuals();
        Timeline time = new Timeline(settings.end(), settings.weeks());
        OrganizationModel.Plan plan = OrganizationModel.plan(individuals, stream(seed, 0));
        int bridges = new NewBridgePlanter().cases(individuals);
        int residents = individuals - plan.totalMembers() - bridges;
        Population population = new Population(individuals, residents, seed, time);
        Places places = CommunityModel.build(individuals, residents, stream(seed, 1), settings.world());
        World world = new World(settings, time, population, places);
        world.ids.reserve(NodeKind.COMMUNITY, places.count);
        world.ids.reserve(NodeKind.INDIVIDUAL, individuals);

        HouseholdModel.build(world, stream(seed, 2));
        moneyServices(world);
        LabourModel.build(world, stream(seed, 3));
        world.backgroundEmployers = world.businesses.employers();
        world.businesses.indexEmployees(population.employerOf, residents);
        IncidentModel.build(world, stream(seed, 4));
        OrganizationModel.populate(world, plan, stream(seed, 5));
        CommunityReservations.reserve(world, stream(seed, 6), new InfiltrationGrowthPlanter().cases(individuals), bridges);

        List<Planter> planters = planters();
        for (int p = 0; p < planters.size(); p++) {
            Planter planter = planters.get(p);
            PlantKit kit = new PlantKit(world, stream(seed, 100 + p));
            int cases = planter.cases(settings.world(), individuals);
            for (int c = 0; c < cases; c++) {
                planter.plant(kit, c);
            }
        }
        // a look-alike is benign: a subject some planted case chose too (e.g. a member's friend made a gatekeeper) is a case only
        world.lookalikes.removeIf(c -> world.planted(c.subject()));
        if (population.unusedSpecials() != 0) {
            throw new IllegalStateException("generator bug: " + population.unusedSpecials() + " reserved individuals unused");
        }
        world.ids.freeze(Seeds.stream(seed, Seeds.PERMUTATION));
        return world;
    }

    /** Landlords' and money-transfer services' accounts, owned by no one in the data. */
    private static void moneyServices(World world) {
        int individuals = world.population.size;
        for (int k = Math.max(3, individuals / 300); k > 0; k--) {
            world.landlordAccounts.add(world.ids.next(NodeKind.ACCOUNT));
        }
        for (int k = 5 + individuals / 50_000; k > 0; k--) {
            world.remittanceAccounts.add(world.ids.next(NodeKind.ACCOUNT));
        }
    }

    private static SplittableRandom stream(long seed, long step) {
        return Seeds.stream(seed, Seeds.STRUCTURE * 1000 + STEP * step);
    }
}
