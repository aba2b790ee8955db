package org.kyosei.web;

import org.kyosei.security.ProblemMessages;

/**
 * Something the request names does not exist: a 404 problem. Made with {@link #localized}, its detail is a message of
 * the bundles, written in the language the request prefers.
 */
public final class NotFoundException extends RuntimeException {
    private final String key;
    private final Object[] args;

    public NotFoundException(String detail) {
        this(detail, null, new Object[0]);
    }

    private NotFoundException(String detail, String key, Object[] args) {
        super(detail);
        this.key = key;
        this.args = args;
    }

    /** A 404 whose detail is the message {@code problem.<key>} with {@code args} (its English text is the message). */
    public static NotFoundException localized(String key, Object... args) {
        return new NotFoundException(ProblemMessages.text(ProblemMessages.ENGLISH, key, args), key, args.clone());
    }

    /** The detail in {@code locale}: the bundle's message when there is one, the English detail otherwise. */
    public String detail(java.util.Locale locale) {
        return key == null ? getMessage() : ProblemMessages.text(locale, key, args);
    }

    /** No weekly anomaly list for the week of {@code asOf} (null: none at all). */
    static NotFoundException noAnomalyList(java.time.LocalDate asOf) {
        return new NotFoundException("no anomaly list for that week" + (asOf == null ? "" : " (" + asOf + ")")
                + "; 'kyosei report weekly' writes one");
    }
}
