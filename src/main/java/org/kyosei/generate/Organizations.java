package org.kyosei.generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The criminal organizations on record, their members, and which communities each one already
 * touches (through a member living there or a planted or look-alike tie). Planters that need a
 * community "not yet reached" by an organization consult {@link #touches}.
 */
final class Organizations {
    static final String[] KINDS = {"BORYOKUDAN", "FOREIGN_GROUP", "FRAUD_RING", "OTHER"};

    final IntList kind = new IntList();
    final List<String> name = new ArrayList<>();
    final List<IntList> members = new ArrayList<>();
    private final List<BitSet> touched = new ArrayList<>();
    private final BitSet touchedByAny = new BitSet();

    int count() {
        return kind.size();
    }

    void add(int index, int orgKind, String orgName) {
        if (index != count()) {
            throw new IllegalStateException("organization index out of order");
        }
        kind.add(orgKind);
        name.add(orgName);
        members.add(new IntList());
        touched.add(new BitSet());
    }

    void touch(int org, int community) {
        touched.get(org).set(community);
        touchedByAny.set(community);
    }

    boolean touches(int org, int community) {
        return touched.get(org).get(community);
    }

    boolean touchedByAny(int community) {
        return touchedByAny.get(community);
    }
}
