package org.kyosei.generate;

import java.util.SplittableRandom;

import org.kyosei.domain.RelationType;

/**
 * The criminal organizations on record: at least four (one of every kind), about one per
 * {@value #INDIVIDUALS_PER_ORGANIZATION} individuals, with heavy-tailed membership. Members are
 * individuals outside the background population: they have their own address (some share one
 * with a fellow member), phone and account, dense CONTACT among themselves, and AFFILIATED_WITH
 * their organization. Some (30% by default) also live in an ordinary residential community. In the
 * default world, apart from that and from what the planters and look-alikes add, members have no tie
 * to the communities; other worlds give a member who lives in a community ordinary friends there
 * ({@link MemberNeighbourhood}), some of whom run a business, and some members live at a relative's
 * household address: the base rate of association that a detector must not mistake for a sign.
 */
final class OrganizationModel {
    static final int INDIVIDUALS_PER_ORGANIZATION = 20_000;
    private static final double SHARED_ADDRESS_SHARE = 0.20;

    /** How many organizations, of which kind, with how many members: decided before the population is laid out. */
    record Plan(int[] kinds, int[] memberCounts) {
        int totalMembers() {
            int total = 0;
            for (int m : memberCounts) {
                total += m;
            }
            return total;
        }
    }

    private OrganizationModel() {
    }

    static Plan plan(int individuals, SplittableRandom random) {
        int count = Math.max(Organizations.KINDS.length, Math.round(individuals / (float) INDIVIDUALS_PER_ORGANIZATION));
        int cap = Math.max(5, Math.min(80, individuals / 2000));
        int[] kinds = new int[count];
        int[] members = new int[count];
        for (int o = 0; o < count; o++) {
            kinds[o] = o < Organizations.KINDS.length ? o : Draw.weighted(random, new int[]{35, 30, 25, 10});
            members[o] = Math.min(cap, 4 + (int) (Draw.pareto(random, 1.2, 30) * cap / 10));
        }
        return new Plan(kinds, members);
    }

    static void populate(World world, Plan plan, SplittableRandom random) {
        Population people = world.population;
        Organizations orgs = world.organizations;
        for (int o = 0; o < plan.kinds().length; o++) {
            int index = world.ids.next(NodeKind.ORGANIZATION);
            String name = Lexicon.organization(random, plan.kinds()[o]);
            for (int attempt = 0; orgs.name.contains(name) && attempt < 20; attempt++) {
                name = Lexicon.organization(random, plan.kinds()[o]);
            }
            orgs.add(index, plan.kinds()[o], orgs.name.contains(name) ? name + " (faction " + (o + 1) + ")" : name);
            IntList members = orgs.members.get(o);
            for (int k = 0; k < plan.memberCounts()[o]; k++) {
                int m = people.allocateSpecial();
                people.mark(m, Population.ORG_MEMBER | Population.ROLE | Population.PLANTED);
                members.add(m);
                addMember(world, random, o, m, k == 0 ? -1 : members.get(k - 1));
            }
            int[] order = members.toArray();
            for (int k = 0; k < members.size(); k++) {
                int self = members.get(k);
                Draw.shuffle(random, order, order.length);
                int contacts = Draw.between(random, 2, 4);
                for (int c = 0, made = 0; c < order.length && made < contacts; c++) {
                    if (order[c] == self) {
                        continue;
                    }
                    made++;
                    world.row(random.nextInt(people.residents), world.individual(self), RelationType.CONTACT,
                            world.individual(order[c]), LabourModel.backgroundDay(world, random), Timeline.NONE,
                            Draw.count(random, 40, 400), random.nextBoolean() ? "phone-records" : "intel:surveillance",
                            Draw.between(random, 60, 100));
                }
            }
        }
    }

    private static void addMember(World world, SplittableRandom random, int org, int m, int previous) {
        Population people = world.population;
        int person = world.individual(m);
        int anchor = random.nextInt(people.residents);
        int since = random.nextDouble() < 0.8 ? Timeline.NONE : world.time.anyDay(random);
        int confidence = random.nextDouble() < 0.15 ? Draw.between(random, 45, 70) : Draw.between(random, 70, 100);
        world.row(anchor, person, RelationType.AFFILIATED_WITH, world.organization(org), since, Timeline.NONE, -1,
                "police-record:organized-crime", confidence);
        WorldParameters parameters = world.settings.world();
        int relative = -1;
        if (random.nextDouble() < parameters.residentMemberShare()) {
            int community = world.places.sample(Places.RESIDENTIAL, random);
            people.residentialOf[m] = community;
            world.organizations.touch(org, community);
            world.row(anchor, person, RelationType.MEMBER_OF, world.community(community),
                    LabourModel.backgroundDay(world, random), Timeline.NONE, -1, "registry:residence",
                    Draw.between(random, 85, 100));
            relative = MemberNeighbourhood.relative(world, random, org, m, community);
            MemberNeighbourhood.friends(world, random, org, m, community);
        }
        boolean share = previous >= 0 && people.addressOf[previous] >= 0 && random.nextDouble() < SHARED_ADDRESS_SHARE;
        people.addressOf[m] = relative >= 0 ? people.addressOf[relative]
                : share ? people.addressOf[previous] : world.ids.next(NodeKind.ADDRESS);
        world.row(anchor, person, RelationType.USES, NodeKind.ADDRESS.ref(people.addressOf[m]),
                LabourModel.backgroundDay(world, random), Timeline.NONE, -1, "registry:residence",
                Draw.between(random, 80, 100));
        if (random.nextDouble() < 0.95) {
            people.phoneOf[m] = world.ids.next(NodeKind.PHONE);
            world.row(anchor, person, RelationType.USES, NodeKind.PHONE.ref(people.phoneOf[m]),
                    LabourModel.backgroundDay(world, random), Timeline.NONE, -1, "carrier-record",
                    Draw.between(random, 75, 100));
        }
        if (random.nextDouble() < 0.85) {
            people.accountOf[m] = world.ids.next(NodeKind.ACCOUNT);
            world.row(anchor, person, RelationType.USES, NodeKind.ACCOUNT.ref(people.accountOf[m]),
                    LabourModel.backgroundDay(world, random), Timeline.NONE, -1, "bank-report",
                    Draw.between(random, 85, 100));
        }
    }
}
