package org.kyosei.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.kyosei.domain.RelationType;

/**
 * What every planter and look-alike needs: its random stream, case start days, choosing
 * communities, residents and members, adding rows and recording the case. Rows are anchored at a
 * random resident so a case's rows are spread through relations.csv.
 */
final class PlantKit {
    final World world;
    final SplittableRandom random;
    final Timeline time;
    final Population people;
    final Places places;

    PlantKit(World world, SplittableRandom random) {
        this.world = world;
        this.random = random;
        this.time = world.time;
        this.people = world.population;
        this.places = world.places;
    }

    // ---- rows

    void row(int src, RelationType type, int dst, int since, int until, long weight, String source, int confidence) {
        world.row(random.nextInt(people.residents), src, type, dst, since, until, weight, source, confidence);
    }

    /** A CONTACT between two individuals (indices), recorded from either side. */
    void contact(int a, int b, int since, long count, String source, int confidence) {
        boolean flip = random.nextBoolean();
        row(world.individual(flip ? b : a), RelationType.CONTACT, world.individual(flip ? a : b), since, Timeline.NONE,
                count, source, confidence);
    }

    /** Repeated CONTACT rows between a and b on distinct days in [from, last]: a sustained relationship. */
    void sustainedContact(int a, int b, int from, int rows, int minCount, int maxCount) {
        for (int day : distinctDays(from, rows)) {
            contact(a, b, day, Draw.between(random, minCount, maxCount),
                    random.nextDouble() < 0.7 ? "phone-records" : "intel:surveillance", Draw.between(random, 70, 100));
        }
    }

    // ---- time

    /**
     * A case start: 30% in the last three weeks, otherwise any week; a day inside that week, but
     * at least {@code room} days before the end when the period allows.
     */
    int caseStart(int room) {
        int weeks = time.weeks();
        int week = random.nextDouble() < 0.3 ? Math.max(0, weeks - 1 - random.nextInt(Math.min(3, weeks)))
                : random.nextInt(weeks);
        int day = time.firstDayOfWeek(week) + random.nextInt(7);
        return Math.max(0, Math.min(day, time.lastDay() - room));
    }

    int[] growingDays(int from, int count) {
        return time.growingDays(random, from, count);
    }

    /** Up to {@code count} distinct sorted days in {@code [from, last]}. */
    int[] distinctDays(int from, int count) {
        int first = Math.max(0, Math.min(from, time.lastDay()));
        int span = time.days() - first;
        int n = Math.min(count, span);
        int[] days = new int[n];
        int made = 0;
        while (made < n) {
            int d = first + random.nextInt(span);
            if (!contains(days, made, d)) {
                days[made++] = d;
            }
        }
        Arrays.sort(days);
        return days;
    }

    // ---- sizes

    /** A case size in {@code [lo, hi]}, with {@code hi} shrunk for small populations. */
    int size(int lo, int hi) {
        int cap = Math.max(lo, Math.min(hi, people.residents / 30));
        return Draw.between(random, lo, cap);
    }

    // ---- choosing people and places

    int organization() {
        return random.nextInt(world.organizations.count());
    }

    /** An organization that does not yet touch the community, if there is one. */
    int organizationAwayFrom(int community) {
        int count = world.organizations.count();
        int offset = random.nextInt(count);
        for (int k = 0; k < count; k++) {
            int org = (offset + k) % count;
            if (!world.organizations.touches(org, community)) {
                return org;
            }
        }
        return offset;
    }

    int member(int org) {
        IntList members = world.organizations.members.get(org);
        return members.get(random.nextInt(members.size()));
    }

    /** A member of the organization that satisfies the test, or any member if none does. */
    int member(int org, IntPredicate test) {
        IntList members = world.organizations.members.get(org);
        int offset = random.nextInt(members.size());
        for (int k = 0; k < members.size(); k++) {
            int m = members.get((offset + k) % members.size());
            if (test.test(m)) {
                return m;
            }
        }
        return member(org);
    }

    /** Distinct members of the organization, at most {@code count}. */
    int[] members(int org, int count) {
        int[] all = world.organizations.members.get(org).toArray();
        Draw.shuffle(random, all, all.length);
        return Arrays.copyOf(all, Math.min(count, all.length));
    }

    /**
     * An unsealed residential community with at least {@code minSize} residents that passes the
     * first test it can: the tests are tried in order, each a relaxation of the one before; the
     * size is relaxed last.
     */
    int residentialCommunity(int minSize, IntPredicate... tests) {
        int[] residential = places.ofKind(Places.RESIDENTIAL);
        for (int size : new int[]{minSize, 0}) {
            for (IntPredicate test : tests) {
                IntList fitting = new IntList();
                for (int c : residential) {
                    if (places.blockSize(c) >= size && !world.sealed.get(c) && test.test(c)) {
                        fitting.add(c);
                    }
                }
                if (!fitting.isEmpty()) {
                    return fitting.get(random.nextInt(fitting.size()));
                }
            }
        }
        return residential[random.nextInt(residential.length)];
    }

    /**
     * Up to {@code count} distinct residents of the residential community with none of the
     * {@code excluded} flags and passing the test, in random order.
     */
    int[] residents(int community, int count, int excluded, IntPredicate test) {
        IntList eligible = new IntList();
        for (int i = places.blockStart[community]; i < places.blockEnd[community]; i++) {
            if (!people.hasAny(i, excluded) && test.test(i)) {
                eligible.add(i);
            }
        }
        int[] all = eligible.toArray();
        int n = Math.min(count, all.length);
        for (int k = 0; k < n; k++) {
            int j = k + random.nextInt(all.length - k);
            int t = all[k];
            all[k] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, n);
    }

    /**
     * Like {@link #residents} but tops up from other residential communities (chosen at random)
     * when the first community cannot supply {@code count} people.
     */
    int[] residentsFrom(int community, int count, int excluded, IntPredicate test) {
        int[] first = residents(community, count, excluded, test);
        if (first.length >= count) {
            return first;
        }
        IntList all = new IntList(count);
        for (int i : first) {
            all.add(i);
        }
        int[] residential = places.ofKind(Places.RESIDENTIAL);
        for (int attempt = 0; attempt < 20 && all.size() < count; attempt++) {
            int other = residential[random.nextInt(residential.length)];
            if (other == community || world.sealed.get(other)) {
                continue;
            }
            for (int i : residents(other, count - all.size(), excluded, test)) {
                if (!all.contains(i)) {
                    all.add(i);
                }
            }
        }
        return all.toArray();
    }

    /** A resident of an unsealed community with none of the excluded flags (falls back to any resident). */
    int resident(int excluded, IntPredicate test) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int i = random.nextInt(people.residents);
            if (!people.hasAny(i, excluded) && !world.sealed.get(people.residentialOf[i]) && test.test(i)) {
                return i;
            }
        }
        return random.nextInt(people.residents);
    }

    /** An adult resident with no role and not yet part of a case. */
    int ordinaryAdult() {
        int i = resident(Population.ROLE | Population.PLANTED, p -> people.age(p) >= 25);
        people.mark(i, Population.ROLE | Population.PLANTED);
        return i;
    }

    // ---- entities

    int newAddress() {
        return world.ids.next(NodeKind.ADDRESS);
    }

    int newPhone() {
        return world.ids.next(NodeKind.PHONE);
    }

    int newAccount() {
        return world.ids.next(NodeKind.ACCOUNT);
    }

    /**
     * Resident {@code person} moves to {@code address} on {@code day} (at the earliest the day
     * after they settled): the old household address ends the day before.
     */
    void relocate(int person, int address, int day) {
        people.mark(person, Population.CLAIM_ADDRESS);
        int arrival = people.arrival(person);
        int settled = Math.max(0, arrival);
        int moved = Math.min(time.lastDay(), Math.max(day, settled + 1));
        row(world.individual(person), RelationType.USES, NodeKind.ADDRESS.ref(people.addressOf[person]), arrival,
                Math.max(settled, moved - 1), -1, "registry:residence", Draw.between(random, 85, 100));
        row(world.individual(person), RelationType.USES, NodeKind.ADDRESS.ref(address), moved, Timeline.NONE, -1,
                random.nextDouble() < 0.6 ? "registry:residence" : time.patrolSource(moved), Draw.between(random, 65, 100));
    }

    // ---- records

    void truth(String pattern, int subject, int since, Object... note) {
        truth(pattern, "", subject, since, note);
    }

    /** A planted case made in the named way ({@code variant}, listed in world.json). */
    void truth(String pattern, String variant, int subject, int since, Object... note) {
        world.truth.add(new CaseRecord(subject, pattern, since, List.of(note), variant));
    }

    /** Whether this world plants every variant (see {@link WorldParameters#variedPlants()}). */
    boolean varied() {
        return world.settings.world().variedPlants();
    }

    /** The variant number {@code caseNumber} takes among {@code count}, rotated per world. */
    int variant(int caseNumber, int count) {
        return Math.floorMod(caseNumber + world.settings.world().variantOffset(), count);
    }

    void lookalike(String pattern, int subject, int since, Object... note) {
        world.lookalikes.add(new CaseRecord(subject, pattern, since, List.of(note)));
    }

    /** Whether the node is the subject of a planted case or of one of its related leads. */
    boolean planted(int subject) {
        return world.planted(subject);
    }

    /**
     * A lead a planted case brings about as a side effect, e.g. the community a front business
     * recruits in really does grow exposed, and the employers a hub broker supplies really do employ
     * its crowded workers. Such a lead is legitimate when reported, but not a case of its own:
     * evaluation leaves it out of the ranking instead of counting it either way.
     */
    void related(String pattern, int subject, int since, Object... note) {
        world.related.add(new CaseRecord(subject, pattern, since, List.of(note)));
    }

    static CaseRecord.NodeRef node(int ref) {
        return new CaseRecord.NodeRef(ref);
    }

    CaseRecord.NodeRef person(int index) {
        return node(world.individual(index));
    }

    static List<Object> parts() {
        return new ArrayList<>();
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
