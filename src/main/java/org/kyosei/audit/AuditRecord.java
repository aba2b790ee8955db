package org.kyosei.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record as stored in the trail: its sequence number, the event, and its place in the hash chain.
 *
 * @param ids      the returned ids when there were few enough to keep; empty when only their digest is kept
 * @param idCount  how many ids the action returned
 * @param idDigest SHA-256 of the ids ({@link ResultDigest#ofIds}) when they were too many to keep; empty otherwise
 * @param prev     the hash of the record before (64 zeros for the first record of the trail)
 * @param hash     SHA-256 of this record's line up to its hash field
 */
public record AuditRecord(long seq, Instant time, String user, String role, String action,
                          Map<String, String> parameters, String caseReference, List<String> ids, int idCount,
                          String idDigest, String outcome, String prev, String hash) {
    public AuditRecord {
        parameters = Map.copyOf(parameters);
        ids = List.copyOf(ids);
    }

    /** Whether this record names the id among its returned ids or its parameter values. */
    public boolean concerns(String id) {
        return ids.contains(id) || parameters.values().stream().anyMatch(v -> v.equals(id)
                || List.of(v.split("[\\s,>|]+")).contains(id));
    }
}
