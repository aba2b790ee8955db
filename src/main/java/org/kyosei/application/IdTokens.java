package org.kyosei.application;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds entity ids inside free text such as a lead's explanation. Ids are runs of {@code A-Z a-z 0-9 _ . : -}, so
 * the punctuation that ends a phrase ("Community C7: ...", "see B1.", "E1-linked") may be part of a run without
 * being part of the id. Each run is read from the left: at every start, the longest known id that ends at the run's
 * end or before one of {@code . : -} is replaced; otherwise the text up to the next such mark is kept.
 */
final class IdTokens {
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_.:-]+");

    private IdTokens() {
    }

    /** Every piece of every run that could be an id (whole runs, and pieces between the marks), for one look-up. */
    static Set<String> candidates(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            for (int start = 0; start < run.length(); start = nextStart(run, start)) {
                for (int end = start + 1; end <= run.length(); end++) {
                    if ((end == run.length() || isMark(run.charAt(end))) && end - start <= 64) {
                        out.add(run.substring(start, end));
                    }
                }
            }
        }
        return out;
    }

    /** The text with each known id replaced by {@code replacement.apply(id)}. */
    static String replace(String text, Predicate<String> known, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = RUN.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            out.append(replaceInRun(m.group(), known, replacement));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String replaceInRun(String run, Predicate<String> known, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(run.length());
        int start = 0;
        while (start < run.length()) {
            int match = -1;
            for (int end = run.length(); end > start; end--) {
                if ((end == run.length() || isMark(run.charAt(end))) && known.test(run.substring(start, end))) {
                    match = end;
                    break;
                }
            }
            if (match > 0) {
                out.append(replacement.apply(run.substring(start, match)));
                start = match;
            } else {
                int next = nextStart(run, start);
                out.append(run, start, next);
                start = next;
            }
        }
        return out.toString();
    }

    /** Just after the next mark at or after {@code from}, or the run's end. */
    private static int nextStart(String run, int from) {
        int i = from;
        while (i < run.length() && !isMark(run.charAt(i))) {
            i++;
        }
        while (i < run.length() && isMark(run.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == ':' || c == '-';
    }
}
