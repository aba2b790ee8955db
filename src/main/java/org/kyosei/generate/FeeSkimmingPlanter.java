package org.kyosei.generate;

import java.util.Arrays;
import java.util.List;

import org.kyosei.domain.RelationType;

/**
 * FEE_SKIMMING: a new ACCOUNT that, from the case start on, receives regular TRANSFERs (weekly or
 * monthly, one row per payment) from the accounts of a growing number of workers of one ordinary
 * employer. Either an organization member USES the account (direct), or a straw holder with no other
 * tie uses it and it forwards the money monthly to a member's account (forwarded), or, in worlds that
 * plant every variant, it forwards through a second straw-held account first (layered). The subject
 * is the account.
 */
final class FeeSkimmingPlanter implements Planter {
    static final String PATTERN = "FEE_SKIMMING";
    private static final int MAX_PAYMENTS_PER_WORKER = 30;
    private static final String[] ROUTINGS = {"direct", "forwarded", "layered"};

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
        int days = kit.time.days();
        boolean weekly = days < 120 || kit.random.nextDouble() < 0.4;
        int period = days >= 120 ? (weekly ? 7 : 30) : days >= 21 ? 7 : Math.max(2, days / 3);
        int start = kit.caseStart(3 * period);
        int org = kit.organization();
        int wanted = kit.size(8, 25);
        int employer = employerWithStaff(kit, wanted);
        int[] workers = staff(kit, employer, wanted);
        boolean coworkers = workers.length >= 3;
        if (!coworkers) {
            workers = kit.residentsFrom(kit.residentialCommunity(20, c -> true), wanted,
                    Population.ROLE | Population.PLANTED, i -> people.accountOf[i] >= 0);
        }
        int skim = kit.newAccount();
        int skimRef = NodeKind.ACCOUNT.ref(skim);
        int[] joined = kit.time.growingDays(kit.random, start, kit.time.lastDay() - 2 * period, workers.length);
        int payments = 0;
        long monthlyTotal = 0;
        for (int k = 0; k < workers.length; k++) {
            int w = workers[k];
            people.mark(w, Population.PLANTED);
            world.organizations.touch(org, people.residentialOf[w]);
            long amount = weekly ? Draw.amount(kit.random, 3_000, 9_000, 500) : Draw.amount(kit.random, 15_000, 45_000, 1000);
            monthlyTotal += weekly ? amount * 4 : amount;
            int first = Math.max(joined[k], kit.time.lastDay() - period * (MAX_PAYMENTS_PER_WORKER - 1));
            for (int day = first; day <= kit.time.lastDay(); day += period + (period < 30 ? 0 : kit.random.nextInt(3) - 1)) {
                long paid = amount + (kit.random.nextDouble() < 0.2 ? Draw.amount(kit.random, 0, amount / 10, 100) : 0);
                kit.row(NodeKind.ACCOUNT.ref(people.accountOf[w]), RelationType.TRANSFER, skimRef, day, Timeline.NONE, paid,
                        "bank-report", Draw.between(kit.random, 85, 100));
                payments++;
            }
        }
        List<Object> note = PlantKit.parts();
        note.addAll(List.of("account ", PlantKit.node(skimRef), " receives ", payments,
                period == 30 ? " monthly" : period == 7 ? " weekly" : " regular",
                " payments from ", workers.length, coworkers ? " workers of " : " residents, first of ",
                coworkers ? PlantKit.node(world.employer(employer)) : PlantKit.node(world.community(people.residentialOf[workers[0]]))));
        int member = kit.member(org, p -> people.accountOf[p] >= 0);
        int holdFrom = kit.time.shift(start, -kit.random.nextInt(14));
        int routing = kit.varied() ? (people.accountOf[member] < 0 ? 0 : kit.variant(caseNumber, ROUTINGS.length))
                : kit.random.nextDouble() < 0.5 || people.accountOf[member] < 0 ? 0 : 1;
        if (routing == 0) {
            kit.row(world.individual(member), RelationType.USES, skimRef, holdFrom, Timeline.NONE, -1, "bank-report",
                    Draw.between(kit.random, 70, 100));
            note.addAll(List.of("; used by member ", kit.person(member), " of ", PlantKit.node(world.organization(org))));
        } else {
            int holder = kit.ordinaryAdult();
            kit.row(world.individual(holder), RelationType.USES, skimRef, holdFrom, Timeline.NONE, -1, "bank-report",
                    Draw.between(kit.random, 85, 100));
            int target = NodeKind.ACCOUNT.ref(people.accountOf[member]);
            if (routing == 2) {
                int mule = NodeKind.ACCOUNT.ref(kit.newAccount());
                int muleHolder = kit.ordinaryAdult();
                kit.row(world.individual(muleHolder), RelationType.USES, mule, holdFrom, Timeline.NONE, -1, "bank-report",
                        Draw.between(kit.random, 85, 100));
                for (int day = Math.min(kit.time.lastDay(), start + 18); day <= kit.time.lastDay(); day += 30) {
                    kit.row(mule, RelationType.TRANSFER, target, day, Timeline.NONE,
                            Math.max(10_000, monthlyTotal * 7 / 10 / 10_000 * 10_000), "bank-report",
                            Draw.between(kit.random, 75, 100));
                }
                note.addAll(List.of("; layered through ", PlantKit.node(mule), " held by ", kit.person(muleHolder)));
                target = mule;
            }
            int forwards = 0;
            for (int day = Math.min(kit.time.lastDay(), start + 15); day <= kit.time.lastDay(); day += 30) {
                kit.row(skimRef, RelationType.TRANSFER, target, day, Timeline.NONE,
                        Math.max(10_000, monthlyTotal * 8 / 10 / 10_000 * 10_000),
                        kit.random.nextDouble() < 0.5 ? "bank-report" : "suspicious-transaction-report",
                        Draw.between(kit.random, 75, 100));
                forwards++;
            }
            note.addAll(List.of("; held by ", kit.person(holder), ", forwarded ", forwards, " times to member ",
                    kit.person(member), " of ", PlantKit.node(world.organization(org))));
        }
        kit.truth(PATTERN, ROUTINGS[routing], skimRef, start, note.toArray());
    }

    /** The ordinary employer, among some tried at random, with the most eligible staff. */
    private static int employerWithStaff(PlantKit kit, int wanted) {
        int best = -1;
        int bestCount = -1;
        for (int attempt = 0; attempt < 60; attempt++) {
            int e = kit.random.nextInt(kit.world.backgroundEmployers);
            int count = staff(kit, e, Integer.MAX_VALUE).length;
            if (count > bestCount) {
                best = e;
                bestCount = count;
            }
            if (count >= wanted && attempt >= 5) {
                break;
            }
        }
        return best;
    }

    /** Eligible staff of the employer (with an account, no role, not in another case), at most {@code limit}. */
    private static int[] staff(PlantKit kit, int employer, int limit) {
        Businesses biz = kit.world.businesses;
        Population people = kit.people;
        IntList eligible = new IntList();
        for (int k = 0; k < biz.employeeCount(employer); k++) {
            int w = biz.employee(employer, k);
            if (people.accountOf[w] >= 0 && !people.hasAny(w, Population.ROLE | Population.PLANTED)
                    && !kit.world.sealed.get(people.residentialOf[w])) {
                eligible.add(w);
            }
        }
        int[] all = eligible.toArray();
        Draw.shuffle(kit.random, all, all.length);
        return Arrays.copyOf(all, Math.min(limit, all.length));
    }
}
