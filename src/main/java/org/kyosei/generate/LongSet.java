package org.kyosei.generate;

/** An open-addressing set of longs (no boxing); 0 is stored out of band. */
final class LongSet {
    private long[] table = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds the value; returns false when it was already present. */
    boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int slot = (int) Seeds.mix(value) & mask;
        while (table[slot] != 0) {
            if (table[slot] == value) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        if (value == 0) {
            return hasZero;
        }
        int mask = table.length - 1;
        int slot = (int) Seeds.mix(value) & mask;
        while (table[slot] != 0) {
            if (table[slot] == value) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }
}
