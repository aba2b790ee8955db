package org.kyosei.generate;

import java.io.IOException;
import java.util.SplittableRandom;

import org.kyosei.domain.RelationType;

/**
 * The background relationships of one resident, produced on demand from the resident's own random
 * stream, so they can be streamed straight to the file without holding the graph:
 * <ul>
 *   <li>MEMBER_OF the residential community (and a second community, and the employer's
 *       community for 60% of the employed), USES the household address, phone and account, from
 *       the day the resident arrived ({@link Population#arrival}); 2% move away (until);</li>
 *   <li>EMPLOYED_BY (wage) from the hiring day, PLACED by the broker (fee, normally 0-150,000 JPY);</li>
 *   <li>about three CONTACTs (times the world's contact scale), mostly within the household, the residential community and the
 *       workplace, a few anywhere (weight = number of contacts);</li>
 *   <li>TRANSFERs: wages from the employer, a placement fee to the broker, monthly rent to a
 *       landlord, remittances to a money-transfer service.</li>
 * </ul>
 * Rows already decided by a planter (flags {@code CLAIM_*}) are skipped.
 */
final class ResidentRows {
    private static final int MAX_CONTACTS = 30;
    private static final int[] CONTACT_COUNT_WEIGHTS = {8, 12, 18, 20, 16, 12, 7, 4, 3};

    private final World world;
    private final Timeline time;
    private final Population people;
    private final Places places;
    private final Businesses biz;
    private final long stream;
    private final long landlordKey;
    private final double contactScale;
    private final double feeLevel;
    private final double secondRecord;
    private final int[] chosen = new int[MAX_CONTACTS];
    private final int[] mates = new int[12];

    ResidentRows(World world) {
        this.world = world;
        this.time = world.time;
        this.people = world.population;
        this.places = world.places;
        this.biz = world.businesses;
        this.stream = Seeds.derive(world.settings.seed(), Seeds.ROWS);
        this.landlordKey = Seeds.derive(world.settings.seed(), Seeds.ROWS + 100);
        this.contactScale = world.settings.world().contactScale();
        this.feeLevel = world.settings.world().feeLevel();
        this.secondRecord = world.settings.world().secondContactRecord();
    }

    void write(int i, RelationSink out) throws IOException {
        SplittableRandom r = Seeds.forIndex(stream, i);
        int me = NodeKind.INDIVIDUAL.ref(i);
        int arrival = people.arrival(i);
        int left = r.nextDouble() < 0.02 ? time.dayFrom(r, arrival) : Timeline.NONE;
        out.relation(me, RelationType.MEMBER_OF, NodeKind.COMMUNITY.ref(people.residentialOf[i]), arrival, left, -1,
                "registry:residence", Draw.between(r, 85, 100));
        if (!people.has(i, Population.CLAIM_ADDRESS)) {
            out.relation(me, RelationType.USES, NodeKind.ADDRESS.ref(people.addressOf[i]), arrival, left, -1,
                    "registry:residence", Draw.between(r, 85, 100));
        }
        if (people.phoneOf[i] >= 0) {
            out.relation(me, RelationType.USES, NodeKind.PHONE.ref(people.phoneOf[i]), later(r, arrival, 0.3),
                    Timeline.NONE, -1, "carrier-record", Draw.confidence(r, 75, 0.03));
        }
        int account = people.accountOf[i];
        if (account >= 0) {
            out.relation(me, RelationType.USES, NodeKind.ACCOUNT.ref(account), later(r, arrival, 0.3), Timeline.NONE,
                    -1, "bank-report", Draw.between(r, 85, 100));
        }
        secondary(i, r, me, arrival, out);
        int hired = employment(i, r, me, arrival, out);
        placement(i, r, me, arrival, hired, out);
        contacts(i, r, me, arrival, out);
        if (account >= 0) {
            rent(i, r, arrival, out);
            remittances(r, account, arrival, out);
        }
    }

    private void secondary(int i, SplittableRandom r, int me, int arrival, RelationSink out) throws IOException {
        int c = people.secondaryOf[i];
        if (c < 0) {
            return;
        }
        int since = later(r, arrival, 0.5);
        int until = r.nextDouble() < 0.05 ? time.dayFrom(r, since) : Timeline.NONE;
        switch (places.kind[c]) {
            case Places.SCHOOL -> out.relation(me, RelationType.MEMBER_OF, NodeKind.COMMUNITY.ref(c), since, until, -1,
                    "registry:school", Draw.between(r, 90, 100));
            case Places.ASSOCIATION -> out.relation(me, RelationType.MEMBER_OF, NodeKind.COMMUNITY.ref(c), since, until,
                    -1, "association-roster", Draw.between(r, 80, 100));
            default -> out.relation(me, RelationType.MEMBER_OF, NodeKind.COMMUNITY.ref(c), since, until, -1,
                    time.patrolSource(since == Timeline.NONE ? time.anyDay(r) : since), Draw.confidence(r, 55, 0.1));
        }
    }

    /** Writes the employment rows; returns the hiring day (NONE = always, or not employed). */
    private int employment(int i, SplittableRandom r, int me, int arrival, RelationSink out) throws IOException {
        int e = people.employerOf[i];
        if (e < 0) {
            return Timeline.NONE;
        }
        int hired = arrival == Timeline.NONE ? (r.nextDouble() < 0.6 ? Timeline.NONE : time.anyDay(r))
                : time.dayFrom(r, arrival);
        int quit = r.nextDouble() < 0.06 ? time.dayFrom(r, hired) : Timeline.NONE;
        long wage = Math.max(150_000, Math.min(300_000, biz.employerBaseWage.get(e) + 1000L * Draw.between(r, -20, 40)));
        if (people.has(i, Population.CLAIM_EMPLOYMENT)) {
            return hired;
        }
        out.relation(me, RelationType.EMPLOYED_BY, NodeKind.EMPLOYER.ref(e), hired, quit, wage, "registry:labour",
                Draw.confidence(r, 80, 0.02));
        int workplace = biz.employerCommunity.get(e);
        if (r.nextDouble() < 0.6 && workplace != people.secondaryOf[i]) {
            out.relation(me, RelationType.MEMBER_OF, NodeKind.COMMUNITY.ref(workplace), hired, quit,
                    -1, "registry:labour", Draw.between(r, 80, 100));
        }
        int account = people.accountOf[i];
        if (account >= 0 && quit == Timeline.NONE && r.nextDouble() < 0.4) {
            int payday = time.lastDay() - r.nextInt(Math.min(28, time.days()));
            int months = r.nextDouble() < 0.6 ? 2 : 1;
            long net = wage * Draw.between(r, 78, 88) / 100 / 100 * 100;
            for (int m = 0; m < months; m++) {
                int day = payday - 30 * m;
                if (day >= Math.max(0, hired)) {
                    out.relation(NodeKind.ACCOUNT.ref(biz.employerAccount.get(e)), RelationType.TRANSFER,
                            NodeKind.ACCOUNT.ref(account), day, Timeline.NONE, net, "bank-report",
                            Draw.between(r, 90, 100));
                }
            }
        }
        return hired;
    }

    private void placement(int i, SplittableRandom r, int me, int arrival, int hired, RelationSink out)
            throws IOException {
        int b = people.brokerOf[i];
        if (b < 0 || people.has(i, Population.CLAIM_PLACEMENT)) {
            return;
        }
        int day = people.employerOf[i] >= 0 ? hired
                : arrival == Timeline.NONE ? (r.nextDouble() < 0.5 ? Timeline.NONE : time.anyDay(r)) : time.dayFrom(r, arrival);
        int kind = biz.brokerKind.get(b);
        long fee = switch (kind) {
            case Businesses.AGENCY -> r.nextDouble() < 0.6 ? 0 : Draw.amount(r, 10_000, 150_000, 1000);
            case Businesses.SUPERVISING_ORG -> Draw.amount(r, 0, 100_000, 1000);
            default -> Draw.amount(r, 20_000, 150_000, 1000);
        };
        if (feeLevel != 1) {
            fee = Math.round(fee * feeLevel / 1000) * 1000;
        }
        boolean registered = kind != Businesses.FIXER;
        out.relation(NodeKind.BROKER.ref(b), RelationType.PLACED, me, day, Timeline.NONE, fee,
                registered ? "registry:placement" : "outreach-interview",
                registered ? Draw.between(r, 85, 100) : Draw.confidence(r, 55, 0.15));
        int account = people.accountOf[i];
        if (fee > 0 && account >= 0 && r.nextDouble() < 0.5) {
            out.relation(NodeKind.ACCOUNT.ref(account), RelationType.TRANSFER, NodeKind.ACCOUNT.ref(biz.brokerAccount.get(b)),
                    day == Timeline.NONE ? time.anyDay(r) : day, Timeline.NONE, fee, "bank-report", Draw.between(r, 90, 100));
        }
    }

    private void contacts(int i, SplittableRandom r, int me, int arrival, RelationSink out) throws IOException {
        int wanted = Draw.weighted(r, CONTACT_COUNT_WEIGHTS);
        if (contactScale != 1) {
            wanted = (int) Math.min(MAX_CONTACTS, Math.round(wanted * contactScale));
        }
        int mateCount = householdMates(i);
        int community = people.residentialOf[i];
        int blockStart = places.blockStart[community];
        int blockSize = places.blockSize(community);
        int employer = people.employerOf[i];
        int coworkers = employer >= 0 ? biz.employeeCount(employer) : 0;
        int made = 0;
        for (int attempt = 0; attempt < wanted * 2 && made < wanted; attempt++) {
            double u = r.nextDouble();
            boolean household = false;
            int j;
            if (u < 0.22 && mateCount > 0) {
                j = mates[r.nextInt(mateCount)];
                household = true;
            } else if (u < 0.65) {
                j = blockStart + r.nextInt(blockSize);
            } else if (u < 0.90 && coworkers > 1) {
                j = biz.employee(employer, r.nextInt(coworkers));
            } else if (u < 0.96) {
                j = blockStart + r.nextInt(blockSize);
            } else {
                j = r.nextInt(people.residents);
            }
            if (j == i || contains(chosen, made, j) || crossesSeal(i, j)) {
                continue;
            }
            chosen[made++] = j;
            int base = Math.max(arrival, people.arrival(j));
            int since = base == Timeline.NONE ? (r.nextDouble() < 0.5 ? Timeline.NONE : time.anyDay(r)) : time.dayFrom(r, base);
            int until = r.nextDouble() < 0.02 ? time.dayFrom(r, since) : Timeline.NONE;
            long count = household ? Draw.between(r, 20, 150) : Draw.count(r, 5, 200);
            double s = r.nextDouble();
            String source = s < 0.6 ? "phone-records" : s < 0.9 ? time.patrolSource(since == Timeline.NONE ? time.anyDay(r) : since)
                    : "informant";
            out.relation(me, RelationType.CONTACT, NodeKind.INDIVIDUAL.ref(j), since, until, count, source,
                    Draw.confidence(r, 60, 0.08));
            if (secondRecord > 0 && r.nextDouble() < secondRecord) {
                // the same friendship recorded again by another source on another day
                int again = since == Timeline.NONE ? Timeline.NONE : time.dayFrom(r, since);
                if (until != Timeline.NONE && again != Timeline.NONE && again > until) {
                    again = until;
                }
                out.relation(me, RelationType.CONTACT, NodeKind.INDIVIDUAL.ref(j), again, until,
                        household ? Draw.between(r, 20, 150) : Draw.count(r, 5, 200),
                        r.nextDouble() < 0.7 ? "phone-records" : "informant", Draw.confidence(r, 60, 0.08));
            }
        }
    }

    private void rent(int i, SplittableRandom r, int arrival, RelationSink out) throws IOException {
        int address = people.addressOf[i];
        boolean head = i == places.blockStart[people.residentialOf[i]] || people.addressOf[i - 1] != address;
        if (!head || people.has(i, Population.CLAIM_ADDRESS) || r.nextDouble() >= 0.5) {
            return;
        }
        IntList landlords = world.landlordAccounts;
        int landlord = landlords.get(Math.floorMod(Seeds.hash(landlordKey, address), landlords.size()));
        long rent = Draw.amount(r, 35_000, 95_000, 1000);
        int due = time.lastDay() - r.nextInt(Math.min(30, time.days()));
        int months = r.nextDouble() < 0.6 ? 2 : 1;
        for (int m = 0; m < months; m++) {
            int day = due - 30 * m;
            if (day >= Math.max(0, arrival)) {
                out.relation(NodeKind.ACCOUNT.ref(people.accountOf[i]), RelationType.TRANSFER,
                        NodeKind.ACCOUNT.ref(landlord), day, Timeline.NONE, rent, "bank-report", Draw.between(r, 90, 100));
            }
        }
    }

    private void remittances(SplittableRandom r, int account, int arrival, RelationSink out) throws IOException {
        if (r.nextDouble() >= 0.3) {
            return;
        }
        IntList services = world.remittanceAccounts;
        int service = services.get(r.nextInt(services.size()));
        int count = Draw.between(r, 1, 3);
        int[] days = new int[count];
        for (int k = 0; k < count; k++) {
            int day = time.dayFrom(r, arrival);
            days[k] = day;
            if (contains(days, k, day)) {
                continue;
            }
            out.relation(NodeKind.ACCOUNT.ref(account), RelationType.TRANSFER, NodeKind.ACCOUNT.ref(service), day,
                    Timeline.NONE, Draw.amount(r, 20_000, 150_000, 1000), "bank-report", Draw.between(r, 85, 100));
        }
    }

    /** Whether a contact would join a sealed community to someone drawn into a case elsewhere. */
    private boolean crossesSeal(int i, int j) {
        int ci = people.residentialOf[i];
        int cj = people.residentialOf[j];
        if (ci == cj) {
            return false;
        }
        return world.sealed.get(ci) && people.has(j, Population.PLANTED)
                || world.sealed.get(cj) && people.has(i, Population.PLANTED);
    }

    /** Fills {@link #mates} with the other members of i's household; returns how many. */
    private int householdMates(int i) {
        int address = people.addressOf[i];
        int community = people.residentialOf[i];
        int start = places.blockStart[community];
        int end = places.blockEnd[community];
        int n = 0;
        for (int j = i - 1; j >= start && j >= i - 6 && people.addressOf[j] == address; j--) {
            mates[n++] = j;
        }
        for (int j = i + 1; j < end && j <= i + 6 && people.addressOf[j] == address; j++) {
            mates[n++] = j;
        }
        return n;
    }

    /** {@code from} with probability {@code 1 - laterShare}, else a later day. */
    private int later(SplittableRandom r, int from, double laterShare) {
        return r.nextDouble() < laterShare ? time.dayFrom(r, from) : from;
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int k = 0; k < n; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}
