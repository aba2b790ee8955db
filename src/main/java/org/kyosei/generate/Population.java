package org.kyosei.generate;

import java.util.Arrays;

/**
 * Per-individual structural facts, as parallel int arrays indexed by individual index.
 *
 * <p>Indices {@code [0, residents)} are the background population, laid out in contiguous blocks,
 * one per residential community, with households contiguous inside a block. Indices
 * {@code [residents, size)} are reserved for people whose every row is written by a model
 * (organization members, newcomers that bridge); they take no part in background sampling.
 * Ids are assigned through a random permutation, so this layout is invisible in the files.
 */
final class Population {
    /** Has a role (operator, organiser, gatekeeper, proxy...): not drawn again as an ordinary worker. */
    static final int ROLE = 1;
    /** Employment rows are written by a planter, not by the background. */
    static final int CLAIM_EMPLOYMENT = 2;
    /** Placement rows are written by a planter, not by the background. */
    static final int CLAIM_PLACEMENT = 4;
    /** Household-address rows are written by a planter (the person moved), not by the background. */
    static final int CLAIM_ADDRESS = 8;
    /** Already part of a planted case or look-alike. */
    static final int PLANTED = 16;
    /** On-record member of an organization. */
    static final int ORG_MEMBER = 32;

    private static final double SETTLED_SHARE = 0.55;

    final int size;
    final int residents;
    final int[] residentialOf;
    final int[] secondaryOf;
    final int[] addressOf;
    final int[] phoneOf;
    final int[] accountOf;
    final int[] employerOf;
    final int[] brokerOf;
    /** The business (a node ref) the person runs, or -1. */
    final int[] businessOf;
    private final byte[] flags;
    private final long arrivalStream;
    private final long birthStream;
    private final int days;
    private final int endYear;
    private int nextSpecial;

    Population(int size, int residents, long seed, Timeline time) {
        if (residents <= 0 || residents > size) {
            throw new IllegalArgumentException("residents " + residents + " of " + size);
        }
        this.size = size;
        this.residents = residents;
        this.residentialOf = filled(size);
        this.secondaryOf = filled(size);
        this.addressOf = filled(size);
        this.phoneOf = filled(size);
        this.accountOf = filled(size);
        this.employerOf = filled(size);
        this.brokerOf = filled(size);
        this.businessOf = filled(size);
        this.flags = new byte[size];
        this.arrivalStream = Seeds.derive(seed, Seeds.ARRIVAL);
        this.birthStream = Seeds.derive(seed, Seeds.BIRTH_YEAR);
        this.days = time.days();
        this.endYear = time.end().getYear();
        this.nextSpecial = residents;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * The day a resident arrived (their first residence and address rows start then), or
     * {@link Timeline#NONE} for the settled majority who were there before the period began.
     * A pure function of the seed and the index.
     */
    int arrival(int i) {
        if (Seeds.unit(arrivalStream, i) < SETTLED_SHARE) {
            return Timeline.NONE;
        }
        return (int) (Seeds.unit(arrivalStream, (long) i + size) * days);
    }

    /** Birth year: working ages 18-64 mostly, some younger students; 0 = unknown. */
    int birthYear(int i) {
        double u = Seeds.unit(birthStream, i);
        if (u < 0.03) {
            return 0;
        }
        double v = Seeds.unit(birthStream, (long) i + size);
        int age = u < 0.25 ? 16 + (int) (v * 12) : 20 + (int) (v * v * 45);
        return endYear - age;
    }

    int age(int i) {
        int year = birthYear(i);
        return year == 0 ? 35 : endYear - year;
    }

    /** The next reserved index; every reserved index must be used. */
    int allocateSpecial() {
        if (nextSpecial >= size) {
            throw new IllegalStateException("reserved individuals exhausted");
        }
        return nextSpecial++;
    }

    int unusedSpecials() {
        return size - nextSpecial;
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    boolean hasAny(int i, int mask) {
        return (flags[i] & mask) != 0;
    }

    void mark(int i, int flag) {
        flags[i] |= (byte) flag;
    }
}
