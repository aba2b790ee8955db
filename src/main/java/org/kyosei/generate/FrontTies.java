package org.kyosei.generate;

import java.util.List;

/** Shared steps of the front-business planters: choosing tie mechanisms and ordinary partners. */
final class FrontTies {
    private FrontTies() {
    }

    /**
     * Ties a front business to the organization: the case number (plus a per-pattern offset, plus the
     * world's rotation) cycles through every mechanism, and 30% of cases add a second one. Exactly one
     * operator results. Returns the variant: the mechanisms used, joined by {@code +}.
     */
    static String tie(PlantKit kit, int business, int account, int org, int caseNumber, int offset, int start,
                      List<Object> note) {
        int mechanisms = kit.varied() ? OrganizationTie.ALL_MECHANISMS : OrganizationTie.MECHANISMS;
        int first = kit.varied() ? kit.variant(caseNumber + offset, mechanisms) : (caseNumber + offset) % mechanisms;
        int second = -1;
        if (kit.random.nextDouble() < 0.3) {
            second = (first + 1 + kit.random.nextInt(mechanisms - 1)) % mechanisms;
            if (operated(first) && operated(second)) {
                second = OrganizationTie.CONTROLLED;
            }
        }
        String variant = OrganizationTie.apply(kit, business, account, org, first, start,
                second < 0 || !operated(second), note);
        if (second >= 0 && second != first) {
            note.add(" and ");
            variant += "+" + OrganizationTie.apply(kit, business, account, org, second, start, false, note);
        }
        return variant;
    }

    static boolean operated(int mechanism) {
        return mechanism == OrganizationTie.OPERATED_BY_MEMBER || mechanism == OrganizationTie.OPERATED_BY_CONTACT
                || mechanism == OrganizationTie.OFFICER_SHARES_IDENTIFIER;
    }

    /** Distinct ordinary (background) employers that have staff. */
    static int[] ordinaryEmployers(PlantKit kit, int count) {
        int n = kit.world.backgroundEmployers;
        IntList chosen = new IntList();
        for (int attempt = 0; attempt < 200 && chosen.size() < count; attempt++) {
            int e = kit.random.nextInt(n);
            if (!chosen.contains(e) && (kit.world.businesses.employeeCount(e) > 0 || attempt > 100)) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(kit.random.nextInt(n));
        }
        return chosen.toArray();
    }
}
