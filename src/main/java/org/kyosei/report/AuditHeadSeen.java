package org.kyosei.report;

/**
 * The audit trail's head when a report was made (record number and hash), shown in report.html and anomalies.json;
 * the signed anchor of it lies beside them in {@code anchorFile}.
 */
public record AuditHeadSeen(long seq, String hash, String anchorFile) {
    /** The first 12 hex digits of the hash. */
    public String shortHash() {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
