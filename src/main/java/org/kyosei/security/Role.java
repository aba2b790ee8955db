package org.kyosei.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of issue #6, least privilege: each sees only what its work needs.
 * Only {@link #INVESTIGATOR} sees names and real ids; ANALYST and OFFICE see pseudonymous ids.
 */
public enum Role {
    /** Saved and ad-hoc read-only queries, pseudonymous ids, no names. */
    ANALYST,
    /** Entities with names, neighbourhoods, paths, broker panels, the anomaly list. */
    INVESTIGATOR,
    /** The weekly anomaly list, pseudonymous. */
    OFFICE,
    /** The audit trail only. */
    AUDITOR,
    /** Users; no person data. */
    ADMIN;

    /** Whether this role may see names and real entity ids. */
    public boolean seesIdentities() {
        return this == INVESTIGATOR;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
