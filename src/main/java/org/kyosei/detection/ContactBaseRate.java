package org.kyosei.detection;

import java.util.Arrays;

import org.kyosei.domain.RelationType;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;

/**
 * The base rate of contact between two people in this graph as of a day: the strength of every
 * pair's contact rows ({@link OrganizationTies#contactStrength}), sorted. A contact with a member
 * counts as evidence by how unusual it is among all contacts: ordinary friends and neighbours
 * are in contact as much as anyone, a sustained, frequent contact is rare. Measured on the graph
 * itself, so it holds whatever the unit or density of the contact counts.
 */
final class ContactBaseRate {
    private final double[] sorted;

    private ContactBaseRate(double[] sorted) {
        this.sorted = sorted;
    }

    static ContactBaseRate of(DetectionGraph graph, int day) {
        DoubleArrayList strengths = new DoubleArrayList();
        for (int a = 0; a < graph.nodeCount(); a++) {
            int[] partner = {-1};
            double[] s = {0};
            graph.out(a, RelationType.CONTACT, day, e -> {
                int b = graph.dst(e);
                if (b != partner[0]) {
                    if (partner[0] >= 0) {
                        strengths.add(s[0]);
                    }
                    partner[0] = b;
                    s[0] = 0;
                }
                s[0] = TieStrength.noisyOr(s[0], TieStrength.contactRow(graph, e, day));
            });
            if (partner[0] >= 0) {
                strengths.add(s[0]);
            }
        }
        double[] all = strengths.toDoubleArray();
        Arrays.sort(all);
        return new ContactBaseRate(all);
    }

    /** A base rate of any other measure, from its values over the comparable entities. */
    static ContactBaseRate of(DoubleArrayList values) {
        double[] all = values.toDoubleArray();
        Arrays.sort(all);
        return new ContactBaseRate(all);
    }

    /** The share of contact pairs (or values) at least as strong as {@code strength} (1 when there are none). */
    double rarity(double strength) {
        if (sorted.length == 0) {
            return 1;
        }
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < strength) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(1, sorted.length - lo) / (double) sorted.length;
    }
}
