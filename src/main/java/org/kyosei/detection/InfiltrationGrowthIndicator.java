package org.kyosei.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kyosei.domain.NodeLabel;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;

/**
 * INFILTRATION_GROWTH: a community whose exposure from within ({@link ExposureCounter}: its people
 * tied to an organization member themselves, or through a fellow resident who is) grew over the last four
 * weeks beyond its usual week-to-week variation in the weeks before. Growth is measured as a share
 * of the community's own people (its residents as of each week), so a large community is not
 * flagged for a handful of people spilling over from a neighbouring case, and against its own
 * history: the usual weekly change of that share times four, plus two standard deviations of it
 * (at least the Poisson variation of the exposed count at that level). Score: a saturating
 * function of that excess share, times the same for the excess in people (so a handful of people
 * in a tiny community is not enough), times the share of the last four weeks that grew, times the
 * share of exposed people not reached through the largest single entry point (exposure through
 * one person alone is that person's lead, GATEKEEPER, not a spreading one), times the share of exposed
 * people not reached through a member who lives in the community: where members live among
 * residents, their neighbours, friends and friends of friends are exposed as a matter of course, and
 * that circle grows as anyone's does (or appears at once when a resident's affiliation is recorded);
 * it is the base rate of that community, not an organization reaching into it. People exposed only
 * through someone living in another community do not count towards growth: that is the other
 * community's exposure spilling over (a large community with contacts everywhere would otherwise
 * grow with every neighbouring case); the sentence still gives the whole figure. The subject is the
 * community; the sentence names exposure, never the community's people as suspects.
 */
final class InfiltrationGrowthIndicator implements Indicator {
    /** Weeks of history looked at (the last {@value #RECENT} of them are the "recent" growth). */
    static final int WEEKS = 12;
    static final int RECENT = 4;
    /** Excess growth of the exposed share of a community at which the score is about 0.63. */
    private static final double EXCESS_SCALE = 0.08;
    /** Excess growth in people at which the count evidence is about 0.63 (a share of a tiny community is a handful). */
    private static final double PEOPLE_SCALE = 5;

    /** The recent growth in people beyond the usual trend plus two standard deviations (at least Poisson). */
    private static double excessPeople(int[] e) {
        int n = WEEKS - RECENT;
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += e[j + 1] - e[j];
        }
        mean /= n;
        double var = 0;
        for (int j = 0; j < n; j++) {
            double d = e[j + 1] - e[j] - mean;
            var += d * d;
        }
        double sd = Math.max(Math.sqrt(var / n), Math.sqrt(1 + e[WEEKS - RECENT]));
        return e[WEEKS] - e[WEEKS - RECENT] - RECENT * Math.max(0, mean) - 2 * sd * Math.sqrt(RECENT);
    }

    @Override
    public String name() {
        return "INFILTRATION_GROWTH";
    }

    @Override
    public List<Lead> detect(DetectionContext context) {
        DetectionGraph graph = context.graph();
        List<Int2IntOpenHashMap> series = new ArrayList<>();
        Int2IntOpenHashMap allExposed = null;
        List<Int2IntOpenHashMap> populations = new ArrayList<>();
        IntOpenHashSet communities = new IntOpenHashSet();
        Int2IntOpenHashMap largestEntry = null;
        Int2IntOpenHashMap throughResidents = null;
        for (int k = WEEKS; k >= 0; k--) {
            DetectionContext week = k == 0 ? context : context.at(context.day() - 7 * k);
            ExposureCounter.Exposure exposure = week.cached("exposure", () -> ExposureCounter.exposure(week));
            series.add(exposure.fromWithin());
            populations.add(exposure.population());
            communities.addAll(exposure.fromWithin().keySet());
            largestEntry = exposure.largestEntry();
            throughResidents = exposure.throughResidentMembers();
            allExposed = exposure.people();
        }
        List<Lead> leads = new ArrayList<>();
        int[] sorted = communities.toIntArray();
        java.util.Arrays.sort(sorted);
        for (int c : sorted) {
            int[] e = new int[WEEKS + 1];
            double[] share = new double[WEEKS + 1];
            for (int k = 0; k <= WEEKS; k++) {
                e[k] = series.get(k).get(c);
                share[k] = (double) e[k] / Math.max(1, Math.max(e[k], populations.get(k).get(c)));
            }
            int now = e[WEEKS];
            int before = e[WEEKS - RECENT];
            int people = Math.max(1, Math.max(now, populations.get(WEEKS).get(c)));
            double recent = share[WEEKS] - share[WEEKS - RECENT];
            double mean = 0;
            int n = WEEKS - RECENT;
            for (int j = 0; j < n; j++) {
                mean += share[j + 1] - share[j];
            }
            mean /= n;
            double var = 0;
            for (int j = 0; j < n; j++) {
                double d = share[j + 1] - share[j] - mean;
                var += d * d;
            }
            double sd = Math.max(Math.sqrt(var / n), Math.sqrt(1 + before) / people);
            double expected = RECENT * Math.max(0, mean) + 2 * sd * Math.sqrt(RECENT);
            double excess = recent - expected;
            int growingWeeks = 0;
            for (int j = WEEKS - RECENT; j < WEEKS; j++) {
                if (e[j + 1] > e[j]) {
                    growingWeeks++;
                }
            }
            double concentration = now == 0 ? 1 : (double) largestEntry.get(c) / now;
            double breadth = 1 - concentration;
            double resident = now == 0 ? 0 : (double) throughResidents.get(c) / now;
            double score = TieStrength.saturate(excess, EXCESS_SCALE) * TieStrength.saturate(excessPeople(e), PEOPLE_SCALE)
                    * growingWeeks / RECENT * breadth * (1 - resident);
            if (score < 0.01) {
                continue;
            }
            StringBuilder weekly = new StringBuilder();
            for (int j = WEEKS - RECENT; j <= WEEKS; j++) {
                weekly.append(j == WEEKS - RECENT ? "" : ", ").append(e[j]);
            }
            LeadMessage sentence = LeadMessage.of("lead.growth", graph.id(c), before, now, people, RECENT,
                    weekly.toString(), Math.max(now, allExposed.get(c)), String.format(Locale.ROOT, "%.0f", 100 * concentration),
                    String.format(Locale.ROOT, "%.0f", 100 * resident), String.format(Locale.ROOT, "%.1f", 100 * mean));
            List<String> evidence = ExposureEvidence.paths(context, c, 5);
            leads.add(new Lead(graph.id(c), NodeLabel.COMMUNITY, name(), TieStrength.clamp(score), sentence, evidence,
                    Double.NaN));
        }
        return leads;
    }
}
