package org.kyosei.generate;

import java.util.SplittableRandom;

import org.kyosei.domain.RelationType;

/**
 * The ordinary labour market. About one employer per {@value #INDIVIDUALS_PER_EMPLOYER}
 * individuals, each a workplace of one WORKPLACE, COMMERCIAL or NIGHTLIFE community (PART_OF),
 * run by one resident (OPERATES), with an office address, phone and account; employer sizes are
 * heavy-tailed. About one broker per {@value #INDIVIDUALS_PER_BROKER} individuals: agencies and
 * supervising bodies (mostly licensed) supply workers to some employers (SUPPLIES) and place a
 * share of those employers' staff; private fixers (often unlicensed or unknown) place a few people
 * at random. Wages are 150,000-300,000 JPY a month; fees are decided per row by the writer.
 */
final class LabourModel {
    static final int INDIVIDUALS_PER_EMPLOYER = 40;
    static final int INDIVIDUALS_PER_BROKER = 400;
    private static final double EMPLOYED_SHARE = 0.70;
    private static final double STUDENT_EMPLOYED_SHARE = 0.30;
    private static final double SUPPLIED_EMPLOYER_SHARE = 0.45;
    private static final double SECOND_SUPPLIER_SHARE = 0.25;
    private static final double PLACED_SHARE = 0.55;
    private static final double FIXER_PLACED_SHARE = 0.012;
    private static final int[] WORKPLACE_KINDS = {Places.WORKPLACE, Places.COMMERCIAL, Places.NIGHTLIFE};
    private static final int[] WORKPLACE_KIND_WEIGHTS = {70, 20, 10};
    private static final int[] BROKER_KIND_WEIGHTS = {50, 30, 20};

    private LabourModel() {
    }

    static void build(World world, SplittableRandom random) {
        int individuals = world.population.size;
        int employers = Math.max(6, Math.round(individuals / (float) INDIVIDUALS_PER_EMPLOYER));
        int brokers = Math.max(3, Math.round(individuals / (float) INDIVIDUALS_PER_BROKER));
        double[] employerWeight = new double[employers];
        for (int e = 0; e < employers; e++) {
            addEmployer(world, random, Timeline.NONE);
            operates(world, random, ordinaryResident(world, random), world.employer(e), backgroundDay(world, random));
            employerWeight[e] = Draw.pareto(random, 1.2, 400);
        }
        double[] supplierWeight = new double[brokers];
        double[] fixerWeight = new double[brokers];
        for (int b = 0; b < brokers; b++) {
            int kind = b < BROKER_KIND_WEIGHTS.length ? b : Draw.weighted(random, BROKER_KIND_WEIGHTS);
            addBroker(world, random, kind, license(random, kind));
            operates(world, random, ordinaryResident(world, random), world.broker(b), backgroundDay(world, random));
            double w = Draw.pareto(random, 1.3, 200);
            supplierWeight[b] = kind == Businesses.FIXER ? 0 : w;
            fixerWeight[b] = kind == Businesses.FIXER ? w : 0;
        }
        Alias employerAlias = new Alias(employerWeight);
        Alias supplierAlias = new Alias(supplierWeight);
        Alias fixerAlias = new Alias(fixerWeight);
        Businesses biz = world.businesses;
        for (int e = 0; e < employers; e++) {
            if (random.nextDouble() < SUPPLIED_EMPLOYER_SHARE) {
                int a = supplierAlias.sample(random);
                supplies(world, random, a, e, Timeline.NONE);
                biz.supplierA.set(e, a);
                int b = supplierAlias.sample(random);
                if (b != a && random.nextDouble() < SECOND_SUPPLIER_SHARE) {
                    supplies(world, random, b, e, Timeline.NONE);
                    biz.supplierB.set(e, b);
                }
            }
        }
        Population people = world.population;
        for (int i = 0; i < people.residents; i++) {
            int age = people.age(i);
            double share = age < 18 || age > 64 ? 0 : age < 24 ? STUDENT_EMPLOYED_SHARE : EMPLOYED_SHARE;
            if (random.nextDouble() < share) {
                int e = employerAlias.sample(random);
                people.employerOf[i] = e;
                int a = biz.supplierA.get(e);
                if (a >= 0 && random.nextDouble() < PLACED_SHARE) {
                    int b = biz.supplierB.get(e);
                    people.brokerOf[i] = b >= 0 && random.nextDouble() < 0.4 ? b : a;
                }
            }
            if (people.brokerOf[i] < 0 && random.nextDouble() < FIXER_PLACED_SHARE) {
                people.brokerOf[i] = fixerAlias.sample(random);
            }
        }
    }

    /** Adds an employer (background or planted), with its rows; returns its index. */
    static int addEmployer(World world, SplittableRandom random, int since) {
        int kind = WORKPLACE_KINDS[Draw.weighted(random, WORKPLACE_KIND_WEIGHTS)];
        int community = world.places.sample(kind, random);
        String[] industries = Lexicon.INDUSTRIES[kind == Places.WORKPLACE ? 0 : kind == Places.COMMERCIAL ? 1 : 2];
        return addEmployer(world, random, community, Draw.pick(random, industries), since,
                Draw.between(random, 150, 260) * 1000);
    }

    /** Adds an employer in a given community and industry; returns its index. */
    static int addEmployer(World world, SplittableRandom random, int community, String industry, int since,
                           int baseWage) {
        int e = world.ids.next(NodeKind.EMPLOYER);
        int account = world.ids.next(NodeKind.ACCOUNT);
        world.businesses.addEmployer(e, community, industry, account, baseWage);
        int ref = world.employer(e);
        int anchor = random.nextInt(world.population.residents);
        int registered = since != Timeline.NONE ? since : random.nextDouble() < 0.8 ? Timeline.NONE : world.time.anyDay(random);
        world.row(anchor, ref, RelationType.PART_OF, world.community(community), registered, Timeline.NONE, -1,
                "registry:commerce", Draw.between(random, 90, 100));
        world.row(anchor, ref, RelationType.USES, NodeKind.ADDRESS.ref(world.ids.next(NodeKind.ADDRESS)), registered,
                Timeline.NONE, -1, "registry:commerce", Draw.between(random, 90, 100));
        world.row(anchor, ref, RelationType.USES, NodeKind.PHONE.ref(world.ids.next(NodeKind.PHONE)), registered,
                Timeline.NONE, -1, "carrier-record", Draw.between(random, 85, 100));
        world.row(anchor, ref, RelationType.USES, NodeKind.ACCOUNT.ref(account), registered, Timeline.NONE, -1,
                "bank-report", Draw.between(random, 90, 100));
        return e;
    }

    /** Adds a broker (background or planted) with its account and contact rows; returns its index. */
    static int addBroker(World world, SplittableRandom random, int kind, int license) {
        return addBroker(world, random, kind, license, Timeline.NONE);
    }

    static int addBroker(World world, SplittableRandom random, int kind, int license, int since) {
        int b = world.ids.next(NodeKind.BROKER);
        int account = world.ids.next(NodeKind.ACCOUNT);
        world.businesses.addBroker(b, kind, license, account);
        int ref = world.broker(b);
        int anchor = random.nextInt(world.population.residents);
        int registered = since != Timeline.NONE ? since : random.nextDouble() < 0.8 ? Timeline.NONE : world.time.anyDay(random);
        if (kind != Businesses.FIXER) {
            world.row(anchor, ref, RelationType.USES, NodeKind.ADDRESS.ref(world.ids.next(NodeKind.ADDRESS)),
                    registered, Timeline.NONE, -1, "registry:commerce", Draw.between(random, 90, 100));
        }
        world.row(anchor, ref, RelationType.USES, NodeKind.PHONE.ref(world.ids.next(NodeKind.PHONE)), registered,
                Timeline.NONE, -1, "carrier-record", Draw.between(random, 80, 100));
        world.row(anchor, ref, RelationType.USES, NodeKind.ACCOUNT.ref(account), registered, Timeline.NONE, -1,
                "bank-report", Draw.between(random, 85, 100));
        return b;
    }

    /** Records that resident {@code person} runs the business {@code business} (a ref). */
    static void operates(World world, SplittableRandom random, int person, int business, int since) {
        world.population.mark(person, Population.ROLE);
        world.population.businessOf[person] = business;
        world.row(random.nextInt(world.population.residents), world.individual(person), RelationType.OPERATES,
                business, since, Timeline.NONE, -1, "registry:commerce", Draw.between(random, 85, 100));
    }

    static void supplies(World world, SplittableRandom random, int broker, int employer, int since) {
        world.row(random.nextInt(world.population.residents), world.broker(broker), RelationType.SUPPLIES,
                world.employer(employer), since, Timeline.NONE, -1, "registry:labour-dispatch",
                Draw.between(random, 80, 100));
    }

    /** A resident without a role, to run an ordinary business. */
    static int ordinaryResident(World world, SplittableRandom random) {
        Population people = world.population;
        for (int attempt = 0; attempt < 1000; attempt++) {
            int i = random.nextInt(people.residents);
            if (!people.hasAny(i, Population.ROLE | Population.PLANTED) && people.age(i) >= 25) {
                return i;
            }
        }
        return random.nextInt(people.residents);
    }

    /** Mostly "always" ({@link Timeline#NONE}), sometimes a day of the period. */
    static int backgroundDay(World world, SplittableRandom random) {
        return random.nextDouble() < 0.8 ? Timeline.NONE : world.time.anyDay(random);
    }

    static int license(SplittableRandom random, int kind) {
        return switch (kind) {
            case Businesses.AGENCY -> pick(random, new int[]{Businesses.LICENSED, Businesses.UNKNOWN, Businesses.REVOKED,
                    Businesses.BLANK}, new int[]{85, 8, 4, 3});
            case Businesses.SUPERVISING_ORG -> pick(random, new int[]{Businesses.LICENSED, Businesses.REVOKED,
                    Businesses.UNKNOWN}, new int[]{90, 5, 5});
            default -> pick(random, new int[]{Businesses.UNLICENSED, Businesses.UNKNOWN, Businesses.BLANK,
                    Businesses.LICENSED}, new int[]{45, 30, 15, 10});
        };
    }

    private static int pick(SplittableRandom random, int[] values, int[] weights) {
        return values[Draw.weighted(random, weights)];
    }
}
