package org.kyosei.generate;

/** Incidents: kind, day and the community where each happened. */
final class Incidents {
    static final String[] KINDS = {"THEFT", "FRAUD", "ASSAULT", "LABOR_EXPLOITATION", "TRAFFICKING", "DRUGS", "OTHER"};
    static final int THEFT = 0;
    static final int FRAUD = 1;
    static final int ASSAULT = 2;
    static final int LABOR_EXPLOITATION = 3;
    static final int TRAFFICKING = 4;
    static final int DRUGS = 5;
    static final int OTHER = 6;

    final IntList kind = new IntList();
    final IntList day = new IntList();
    final IntList community = new IntList();

    int count() {
        return kind.size();
    }

    void add(int index, int incidentKind, int incidentDay, int where) {
        if (index != count()) {
            throw new IllegalStateException("incident index out of order");
        }
        kind.add(incidentKind);
        day.add(incidentDay);
        community.add(where);
    }
}
