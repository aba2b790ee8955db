package org.kyosei.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the service, least privilege: each sees only what its work needs.
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

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** Whether this role may see names and real entity ids. */
    public boolean seesIdentities() {
        return this == INVESTIGATOR;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role name in an authority: {@link #authority} without its prefix (any other authority as it is). */
    public static String nameIn(String authority) {
        return authority.startsWith(AUTHORITY_PREFIX) ? authority.substring(AUTHORITY_PREFIX.length()) : authority;
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
