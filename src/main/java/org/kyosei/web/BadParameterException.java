package org.kyosei.web;

import org.kyosei.security.ProblemMessages;

/**
 * A request parameter (or header, or body field) the service cannot use: a 400 problem naming it. Made with
 * {@link #localized}, its detail is a message of the bundles, written in the language the request prefers.
 */
public final class BadParameterException extends RuntimeException {
    private final String parameter;
    private final String key;
    private final Object[] args;

    public BadParameterException(String parameter, String detail) {
        this(parameter, detail, null, new Object[0]);
    }

    private BadParameterException(String parameter, String detail, String key, Object[] args) {
        super(detail);
        this.parameter = parameter;
        this.key = key;
        this.args = args;
    }

    /** A refusal whose detail is the message {@code problem.<key>} with {@code args} (its English text is the message). */
    public static BadParameterException localized(String parameter, String key, Object... args) {
        return new BadParameterException(parameter, ProblemMessages.text(ProblemMessages.ENGLISH, key, args), key, args.clone());
    }

    public String parameter() {
        return parameter;
    }

    /** The detail in {@code locale}: the bundle's message when there is one, the English detail otherwise. */
    public String detail(java.util.Locale locale) {
        return key == null ? getMessage() : ProblemMessages.text(locale, key, args);
    }
}
