package org.kyosei.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kyosei.detection.LeadText;
import org.kyosei.review.LeadDecision;

/**
 * Writes report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched)
 * with the summary first (counts per indicator and status, the trend over the last weeks as a
 * chart), then every lead with its sentence, score, status, first-seen week and a drawing of its
 * evidence. Ids are shown through {@code display} (pseudonyms by default).
 */
public final class ReportHtml {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f"};

    private ReportHtml() {
    }

    /**
     * @param display how an id is shown (a pseudonym, or the id itself)
     * @param labelOf the label of an id ("Individual", "Broker", ...), "" when unknown
     */
    public static void write(WeeklyRun run, Function<String, String> display, Function<String, String> labelOf, Writer out) {
        write(run, "", display, labelOf, out);
    }

    /** As {@link #write(WeeklyRun, Function, Function, Writer)}, naming the case or purpose the report was made for. */
    public static void write(WeeklyRun run, String caseReference, Function<String, String> display,
                             Function<String, String> labelOf, Writer out) {
        write(run, caseReference, Map.of(), display, labelOf, out);
    }

    /**
     * As above, with each lead's latest review decision (keyed by {@link #decisionKey}), shown under the lead
     * so the office sees what was confirmed, dismissed or needs information since the last report.
     */
    public static void write(WeeklyRun run, String caseReference, Map<String, LeadDecision> decisions,
                             Function<String, String> display, Function<String, String> labelOf, Writer out) {
        write(run, caseReference, decisions, java.util.Optional.empty(), display, labelOf, out);
    }

    /** As above, saying where the audit trail stood when the report was made (and where its signed anchor is). */
    public static void write(WeeklyRun run, String caseReference, Map<String, LeadDecision> decisions,
                             java.util.Optional<AuditHeadSeen> auditHead, Function<String, String> display,
                             Function<String, String> labelOf, Writer out) {
        write(run, caseReference, decisions, auditHead, display, labelOf, ReportText.english(), out);
    }

    /** As above, in the language of {@code t}: the page's own headings and sentences, and its dates. */
    public static void write(WeeklyRun run, String caseReference, Map<String, LeadDecision> decisions,
                             java.util.Optional<AuditHeadSeen> auditHead, Function<String, String> display,
                             Function<String, String> labelOf, ReportText t, Writer out) {
        PrintWriter html = new PrintWriter(out);
        String week = week(run.asOf());
        html.println("<!DOCTYPE html><html lang=\"" + t.language() + "\"><head><meta charset=\"utf-8\">");
        html.println("<title>" + t.get("title", week) + "</title>");
        html.println("<style>body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                + ".lead{border-top:1px solid #999;margin-top:1.5em;padding-top:.5em}.meta{color:#555}"
                + ".NEW{color:#b00}.PERSISTING{color:#a60}.RESOLVED{color:#070}svg text{font-size:11px}</style></head><body>");
        html.println("<h1>" + t.get("heading", week) + "</h1>");
        html.println("<p class=\"meta\">" + t.get("made", t.date(run.asOf()), esc(run.createdBy()), t.time(run.createdAt()))
                + (caseReference.isBlank() ? "" : t.get("madeForCase", esc(caseReference)))
                + t.get("comparedWith", esc(run.comparedWith()))
                + auditHead.map(h -> t.get("auditHead", h.seq(), esc(h.shortHash()), esc(h.anchorFile()))).orElse("") + "</p>");
        html.println("<p>" + t.get("intro") + "</p>");
        summary(run, t, html);
        cutOff(run.cutOff(), t, html);
        trend(run, t, html);
        html.println("<h2>" + t.get("leads") + "</h2>");
        for (AnomalyRow row : run.rows()) {
            lead(row, decisions.get(decisionKey(row.lead().subjectId(), row.lead().indicator())), display, labelOf, t, html);
        }
        html.println("</body></html>");
        html.flush();
    }

    /** The ISO week holding {@code date}, as reports and their folders name it ({@code 2026-W48}). */
    public static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void summary(WeeklyRun run, ReportText t, PrintWriter html) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (!run.trend().isEmpty()) {
            run.trend().get(run.trend().size() - 1).perIndicator().keySet().forEach(k -> counts.put(k, new int[3]));
        }
        for (AnomalyRow row : run.rows()) {
            counts.computeIfAbsent(row.lead().indicator(), k -> new int[3])[row.status().ordinal()]++;
        }
        html.println("<h2>" + t.get("summary") + "</h2><table><tr><th>" + t.get("indicator") + "</th><th>" + t.get("new")
                + "</th><th>" + t.get("persisting") + "</th><th>" + t.get("resolved") + "</th></tr>");
        int[] total = new int[3];
        counts.forEach((indicator, c) -> {
            html.println("<tr><td>" + esc(indicator) + "</td><td>" + c[0] + "</td><td>" + c[1] + "</td><td>" + c[2] + "</td></tr>");
            for (int k = 0; k < 3; k++) {
                total[k] += c[k];
            }
        });
        html.println("<tr><th>" + t.get("all") + "</th><th>" + total[0] + "</th><th>" + total[1] + "</th><th>" + total[2] + "</th></tr></table>");
    }

    /** Where the list ends, and how many candidates fell below the cut-off. */
    private static void cutOff(WeeklyRun.CutOff cutOff, ReportText t, PrintWriter html) {
        if (cutOff.rule().isBlank()) {
            return;
        }
        int weak = cutOff.belowScore().values().stream().mapToInt(Integer::intValue).sum();
        int common = cutOff.tooCommon().values().stream().mapToInt(Integer::intValue).sum();
        html.println("<h2>" + t.get("cutoff.heading") + "</h2><p class=\"cutoff\">"
                + t.get(cutOff.below() == 1 ? "cutoff.one" : "cutoff.many", esc(cutOff.rule()), cutOff.below(), weak, common)
                + " " + t.get("cutoff.association") + "</p>");
        java.util.Set<String> indicators = new java.util.TreeSet<>(cutOff.belowScore().keySet());
        indicators.addAll(cutOff.tooCommon().keySet());
        if (!indicators.isEmpty()) {
            html.println("<table><tr><th>" + t.get("indicator") + "</th><th>" + t.get("cutoff.belowScore") + "</th><th>"
                    + t.get("cutoff.tooCommon") + "</th></tr>");
            for (String indicator : indicators) {
                html.println("<tr><td>" + esc(indicator) + "</td><td>" + cutOff.belowScore().getOrDefault(indicator, 0)
                        + "</td><td>" + cutOff.tooCommon().getOrDefault(indicator, 0) + "</td></tr>");
            }
            html.println("</table>");
        }
    }

    /** Stacked bars: leads per indicator for each of the last weeks. */
    private static void trend(WeeklyRun run, ReportText t, PrintWriter html) {
        List<WeeklyRun.WeekCount> weeks = run.trend();
        if (weeks.isEmpty()) {
            return;
        }
        List<String> indicators = new ArrayList<>(weeks.get(weeks.size() - 1).perIndicator().keySet());
        int max = Math.max(1, weeks.stream().mapToInt(WeeklyRun.WeekCount::total).max().orElse(1));
        int barWidth = 40;
        int gap = 16;
        int height = 160;
        int width = weeks.size() * (barWidth + gap) + 200;
        html.println("<h2>" + t.get("trend") + "</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\""
                + (height + 40) + "\" role=\"img\" aria-label=\"" + t.get("trend.label") + "\">");
        for (int w = 0; w < weeks.size(); w++) {
            int x = w * (barWidth + gap) + 10;
            double y = height;
            for (int k = 0; k < indicators.size(); k++) {
                int n = weeks.get(w).perIndicator().getOrDefault(indicators.get(k), 0);
                double h = (double) n / max * (height - 20);
                y -= h;
                if (n > 0) {
                    html.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>%n",
                            x, y, barWidth, h, COLOURS[k % COLOURS.length], esc(indicators.get(k)), n);
                }
            }
            html.printf(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%d</text>%n", x + 12, y - 4, weeks.get(w).total());
            html.printf(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x - 4, height + 16, week(weeks.get(w).asOf()).substring(5));
        }
        int lx = weeks.size() * (barWidth + gap) + 20;
        for (int k = 0; k < indicators.size(); k++) {
            html.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    lx, 10 + k * 16, COLOURS[k % COLOURS.length], lx + 14, 19 + k * 16, esc(indicators.get(k)));
        }
        html.println("</svg>");
    }

    /** How decisions are keyed: a lead is its subject and indicator, as in anomalies.csv. */
    public static String decisionKey(String subjectId, String indicator) {
        return subjectId + "|" + indicator.toUpperCase(Locale.ROOT);
    }

    private static void lead(AnomalyRow row, LeadDecision decision, Function<String, String> display,
                             Function<String, String> labelOf, ReportText t, PrintWriter html) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(row.lead().subjectId());
        for (String path : row.lead().evidencePaths()) {
            ids.addAll(List.of(path.split(">")));
        }
        html.println("<div class=\"lead\"><h3>#" + row.rank() + " " + esc(row.lead().indicator()) + ": "
                + esc(row.lead().subjectLabel().label()) + " " + esc(display.apply(row.lead().subjectId())) + "</h3>");
        html.println("<p class=\"meta\">" + t.get("lead.meta", AnomaliesCsv.score(row.lead().score()),
                "<span class=\"" + row.status() + "\">" + t.get("status." + row.status()) + "</span>",
                t.date(row.firstSeen()), week(row.firstSeen())) + "</p>");
        html.println("<p>" + esc(replaceIds(LeadText.render(row.lead(), t.locale()), ids, display)) + "</p>");
        if (decision != null) {
            html.println("<p class=\"review\">" + t.get("review", t.get("decision." + decision.decision().name()), esc(decision.user()),
                    t.date(decision.decidedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                    + (decision.caseReference() == null || decision.caseReference().isBlank() ? ""
                    : t.get("review.case", esc(decision.caseReference())))
                    + ": " + esc(replaceIds(decision.reason(), ids, display)) + "</p>");
        }
        evidence(row.lead().evidencePaths(), display, labelOf, t, html);
        html.println("</div>");
    }

    static String replaceIds(String text, Set<String> ids, Function<String, String> display) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String trimmed = token;
            // Sentence punctuation may follow an id ("C0007:", "P1."), and ids may hold '.', ':' and '-'.
            while (!ids.contains(trimmed) && trimmed.length() > 1 && ".:-".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            String replacement = ids.contains(trimmed) ? display.apply(trimmed) + token.substring(trimmed.length()) : token;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The evidence paths as a small left-to-right drawing: a node's column is its first position in a path. */
    private static void evidence(List<String> paths, Function<String, String> display, Function<String, String> labelOf,
                                 ReportText t, PrintWriter html) {
        if (paths.isEmpty()) {
            return;
        }
        Map<String, int[]> at = new LinkedHashMap<>();
        int[] rowsPerColumn = new int[16];
        List<String[]> edges = new ArrayList<>();
        for (String path : paths) {
            String[] nodes = path.split(">");
            for (int k = 0; k < nodes.length; k++) {
                int column = Math.min(k, rowsPerColumn.length - 1);
                if (!at.containsKey(nodes[k])) {
                    at.put(nodes[k], new int[]{column, rowsPerColumn[column]++});
                }
                if (k > 0) {
                    edges.add(new String[]{nodes[k - 1], nodes[k]});
                }
            }
        }
        int rows = 0;
        int columns = 0;
        for (int[] p : at.values()) {
            rows = Math.max(rows, p[1] + 1);
            columns = Math.max(columns, p[0] + 1);
        }
        int cw = 150;
        int rh = 34;
        html.printf(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">%n",
                columns * cw + 20, rows * rh + 10, t.get("evidence"));
        for (String[] e : edges) {
            int[] a = at.get(e[0]);
            int[] b = at.get(e[1]);
            html.printf(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n",
                    x(a, cw) + 60, y(a, rh), x(b, cw), y(b, rh));
        }
        for (Map.Entry<String, int[]> node : at.entrySet()) {
            int[] p = node.getValue();
            String label = labelOf.apply(node.getKey());
            html.printf(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x(p, cw), y(p, rh), colour(label), x(p, cw) + 8, y(p, rh) + 4,
                    esc((label.isEmpty() ? "" : label + " ") + display.apply(node.getKey())));
        }
        html.println("</svg>");
    }

    private static int x(int[] p, int cw) {
        return 10 + p[0] * cw;
    }

    private static int y(int[] p, int rh) {
        return 15 + p[1] * rh;
    }

    private static String colour(String label) {
        return switch (label) {
            case "Organization" -> "#d62728";
            case "Individual" -> "#1f77b4";
            case "Broker", "Employer" -> "#ff7f0e";
            case "Community" -> "#2ca02c";
            default -> "#7f7f7f";
        };
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
