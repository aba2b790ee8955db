package org.kyosei.detection;

import java.nio.file.Path;
import java.time.LocalDate;

import org.kyosei.store.GraphConnection;
import org.kyosei.store.GraphTarget;
import org.kyosei.store.Neo4jDetectionGraphLoader;

/** Temporary: prints who is exposed in a community, week by week, and through whom. */
public class DebugExposureMain {
    public static void main(String[] args) {
        try (GraphConnection c = GraphConnection.open(GraphTarget.embedded(Path.of(args[0])))) {
            LocalDate asOf = LocalDate.parse("2026-11-29");
            DetectionGraph g = new Neo4jDetectionGraphLoader(c.driver()).load(asOf);
            int community = g.node(args[1]).getAsInt();
            DetectionContext now = new DetectionContext(g, asOf);
            for (int k = 4; k >= 0; k--) {
                DetectionContext w = now.at(asOf.minusWeeks(k));
                var ex = ExposureCounter.exposure(w);
                System.out.println(asOf.minusWeeks(k) + " exposed=" + ex.people().get(community) + " largestEntry=" + ex.largestEntry().get(community));
            }
            // entries now
            OrganizationTies ties = now.ties();
            int day = now.day();
            java.util.Map<String, Integer> byEntry = new java.util.TreeMap<>();
            for (int x = 0; x < g.nodeCount(); x++) {
                if (g.label(x) != org.kyosei.domain.NodeLabel.INDIVIDUAL) continue;
                if (Memberships.home(g, x, day) != community) continue;
                var t = ties.person(x);
                if (t != null && t.strength() >= ExposureCounter.MIN_PATH) byEntry.merge("direct " + t.paths().get(0), 1, Integer::sum);
                for (var p : OrganizationTies.contacts(g, x, day).int2DoubleEntrySet()) {
                    var t2 = ties.person(p.getIntKey());
                    if (t2 != null && t2.strength() * p.getDoubleValue() >= ExposureCounter.MIN_PATH) {
                        byEntry.merge("via " + g.id(p.getIntKey()) + " home " + Memberships.home(g, p.getIntKey(), day), 1, Integer::sum);
                    }
                }
                g.out(x, org.kyosei.domain.RelationType.EMPLOYED_BY, day, e -> {
                    var bt = ties.business(g.dst(e));
                    if (bt != null) byEntry.merge("employer " + g.id(g.dst(e)), 1, Integer::sum);
                });
                g.in(x, org.kyosei.domain.RelationType.PLACED, day, e -> {
                    var bt = ties.business(g.src(e));
                    if (bt != null) byEntry.merge("broker " + g.id(g.src(e)), 1, Integer::sum);
                });
            }
            byEntry.forEach((k, v) -> System.out.println(v + " " + k));
            long members = 0;
            int[] cnt = {0};
            g.in(community, org.kyosei.domain.RelationType.MEMBER_OF, day, e -> cnt[0]++);
            System.out.println("members now " + cnt[0]);
        }
    }
}
