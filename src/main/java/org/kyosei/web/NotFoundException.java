package org.kyosei.web;

/** Something the request names does not exist: a 404 problem. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String detail) {
        super(detail);
    }

    /** No weekly anomaly list for the week of {@code asOf} (null: none at all). */
    static NotFoundException noAnomalyList(java.time.LocalDate asOf) {
        return new NotFoundException("no anomaly list for that week" + (asOf == null ? "" : " (" + asOf + ")")
                + "; 'kyosei report weekly' writes one");
    }
}
