package org.kyosei.generate;

import org.kyosei.domain.RelationType;

/**
 * ACCOUNTANT (look-alike): a resident who keeps the books of ten to forty businesses: in CONTACT with
 * their operators and paid a monthly fee from their accounts. One client is an organization member,
 * who is in contact too and pays the same fee. A broad bridge with a tie to a member, and nothing
 * criminal. None in the default world.
 */
final class AccountantLookalike implements Planter {
    static final String PATTERN = "ACCOUNTANT";

    @Override
    public String pattern() {
        return PATTERN;
    }

    @Override
    public int cases(int individuals) {
        return 0;
    }

    @Override
    public int cases(WorldParameters world, int individuals) {
        return WorldParameters.per20k(world.accountantsPer20k(), individuals);
    }

    @Override
    public void plant(PlantKit kit, int caseNumber) {
        World world = kit.world;
        Population people = kit.people;
        int accountant = kit.ordinaryAdult();
        int account = people.accountOf[accountant];
        if (account < 0) {
            account = kit.newAccount();
            kit.row(world.individual(accountant), RelationType.USES, NodeKind.ACCOUNT.ref(account), Timeline.NONE,
                    Timeline.NONE, -1, "bank-report", Draw.between(kit.random, 85, 100));
        }
        IntList operators = new IntList();
        for (int i = 0; i < people.residents; i++) {
            int business = people.businessOf[i];
            if (business >= 0 && i != accountant && !world.sealed.get(people.residentialOf[i])
                    && NodeKind.of(business) == NodeKind.EMPLOYER
                    && NodeKind.index(business) < world.backgroundEmployers) {
                operators.add(i);
            }
        }
        int wanted = Math.min(Draw.between(kit.random, 10, 40), operators.size());
        IntList clients = new IntList();
        for (int attempt = 0; attempt < 10 * wanted && clients.size() < wanted; attempt++) {
            int operator = operators.get(kit.random.nextInt(operators.size()));
            if (clients.contains(operator)) {
                continue;
            }
            clients.add(operator);
            int since = LabourModel.backgroundDay(world, kit.random);
            kit.contact(accountant, operator, since, Draw.between(kit.random, 2, 20), "phone-records",
                    Draw.between(kit.random, 70, 100));
            int employerAccount = world.businesses.employerAccount.get(NodeKind.index(people.businessOf[operator]));
            fees(kit, NodeKind.ACCOUNT.ref(employerAccount), NodeKind.ACCOUNT.ref(account));
        }
        int org = kit.organization();
        int member = kit.member(org);
        kit.contact(accountant, member, LabourModel.backgroundDay(world, kit.random), Draw.between(kit.random, 2, 20),
                "phone-records", Draw.between(kit.random, 70, 100));
        if (people.accountOf[member] >= 0) {
            fees(kit, NodeKind.ACCOUNT.ref(people.accountOf[member]), NodeKind.ACCOUNT.ref(account));
        }
        kit.lookalike(PATTERN, world.individual(accountant), Timeline.NONE, "accountant of ", clients.size(),
                " businesses and of member ", kit.person(member), " of ", PlantKit.node(world.organization(org)),
                "; ordinary fees, no other tie");
    }

    /** A monthly bookkeeping fee over the last two or three months. */
    private static void fees(PlantKit kit, int from, int to) {
        long fee = Draw.amount(kit.random, 20_000, 60_000, 1000);
        int months = Draw.between(kit.random, 2, 3);
        for (int m = 0; m < months; m++) {
            int day = kit.time.lastDay() - 30 * m - kit.random.nextInt(5);
            if (day >= 0) {
                kit.row(from, RelationType.TRANSFER, to, day, Timeline.NONE, fee, "bank-report",
                        Draw.between(kit.random, 85, 100));
            }
        }
    }
}
