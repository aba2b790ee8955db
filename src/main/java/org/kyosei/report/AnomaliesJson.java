package org.kyosei.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kyosei.detection.LeadText;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes anomalies.json: who made the report, when, as of which date, the trend and the rows. */
public final class AnomaliesJson {
    private AnomaliesJson() {
    }

    public static void write(WeeklyRun run, Writer out) {
        write(run, "", out);
    }

    /** As {@link #write(WeeklyRun, Writer)}, naming the case or purpose the list was made for. */
    public static void write(WeeklyRun run, String caseReference, Writer out) {
        write(run, caseReference, Optional.empty(), out);
    }

    /** As above, with the audit trail's head when the report was made ({@code auditHead}: seq, hash, anchor file). */
    public static void write(WeeklyRun run, String caseReference, Optional<AuditHeadSeen> auditHead, Writer out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", run.asOf().toString());
        root.put("createdAt", run.createdAt().toString());
        root.put("createdBy", run.createdBy());
        root.put("caseReference", caseReference);
        auditHead.ifPresent(head -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("seq", head.seq());
            h.put("hash", head.hash());
            h.put("anchor", head.anchorFile());
            root.put("auditHead", h);
        });
        root.put("comparedWith", run.comparedWith());
        root.put("note", "Leads for review, not findings: each names recorded structure and its evidence.");
        List<Map<String, Object>> trend = new ArrayList<>();
        for (WeeklyRun.WeekCount week : run.trend()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("asOf", week.asOf().toString());
            w.put("counts", week.perIndicator());
            trend.add(w);
        }
        root.put("trend", trend);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnomalyRow row : run.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", row.rank());
            r.put("subject_id", row.lead().subjectId());
            r.put("subject_label", row.lead().subjectLabel().label());
            r.put("indicator", row.lead().indicator());
            r.put("score", Double.valueOf(AnomaliesCsv.score(row.lead().score())));
            r.put("status", row.status().name());
            r.put("first_seen", row.firstSeen().toString());
            r.put("explanation", row.lead().explanation());
            r.put("explanation_ja", LeadText.render(row.lead(), Locale.JAPANESE));
            r.put("evidence", row.lead().evidence());
            rows.add(r);
        }
        root.put("anomalies", rows);
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, root);
    }
}
