package org.kyosei.generate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The observed period as day numbers {@code 0 .. days-1} (day 0 = the first day), with the ISO
 * date and ISO week label of every day precomputed. A day number of {@link #NONE} stands for an
 * empty {@code since} / {@code until}.
 */
final class Timeline {
    static final int NONE = -1;

    private final LocalDate start;
    private final LocalDate end;
    private final int weeks;
    private final int days;
    private final String[] dates;
    private final String[] patrolSources;

    Timeline(LocalDate end, int weeks) {
        this.end = end;
        this.weeks = weeks;
        this.days = 7 * weeks;
        this.start = end.minusDays(days - 1L);
        this.dates = new String[days];
        this.patrolSources = new String[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            dates[d] = date.toString();
            int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            patrolSources[d] = "patrol:" + date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week;
        }
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    int weeks() {
        return weeks;
    }

    int days() {
        return days;
    }

    int lastDay() {
        return days - 1;
    }

    /** ISO date of a day, or "" for {@link #NONE}. */
    String date(int day) {
        return day == NONE ? "" : dates[day];
    }

    /** "patrol:YYYY-Www", the ISO week of the day. */
    String patrolSource(int day) {
        return patrolSources[day == NONE ? lastDay() : day];
    }

    int firstDayOfWeek(int week) {
        return 7 * week;
    }

    int weekOf(int day) {
        return day / 7;
    }

    /** A day uniformly in {@code [from, lastDay]}; {@code from} may be {@link #NONE} (= day 0). */
    int dayFrom(SplittableRandom random, int from) {
        int first = Math.max(0, from);
        return first >= lastDay() ? lastDay() : first + random.nextInt(days - first);
    }

    /** A day uniformly in the whole period. */
    int anyDay(SplittableRandom random) {
        return random.nextInt(days);
    }

    /** {@code day + offset}, kept within the period. */
    int shift(int day, int offset) {
        return Math.max(0, Math.min(lastDay(), day + offset));
    }

    /**
     * {@code count} sorted days in {@code [from, lastDay]} whose density rises toward the end, so
     * the number of new relationships grows week by week.
     */
    int[] growingDays(SplittableRandom random, int from, int count) {
        return growingDays(random, from, lastDay(), count);
    }

    /** Like {@link #growingDays(SplittableRandom, int, int)} but within {@code [from, to]}. */
    int[] growingDays(SplittableRandom random, int from, int to, int count) {
        int first = Math.max(0, Math.min(from, lastDay()));
        int span = Math.max(first, Math.min(to, lastDay())) - first + 1;
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = first + Math.min(span - 1, (int) (span * Math.sqrt(random.nextDouble())));
        }
        Arrays.sort(result);
        return result;
    }
}
