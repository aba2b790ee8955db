package org.kyosei.security;

import java.util.List;
import java.util.Locale;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * The words of RFC 7807 problems (titles and details, keys {@code problem.*} of the bundles {@code i18n/problems_en}
 * and {@code i18n/problems_ja}) in the language a request prefers: Japanese when its {@code Accept-Language} ranks
 * Japanese above English, English otherwise, and for a request that names neither or none. Filters, the error valve
 * and the controllers' advice all write problems through it, so a problem reads the same wherever it is raised.
 *
 * <p>Every {@code problem.*} message is a {@link java.text.MessageFormat} pattern, with or without arguments: an
 * apostrophe is written twice ({@code ''}).
 */
public final class ProblemMessages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAPANESE = Locale.JAPANESE;
    private static final List<String> SUPPORTED = List.of("ja", "en");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/problems");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    private ProblemMessages() {
    }

    /** The language for an {@code Accept-Language} header (null, malformed or naming neither language: English). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return ENGLISH;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return "ja".equals(best) ? JAPANESE : ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The message {@code key} (without its {@code problem.} prefix) in {@code locale}, English when that language lacks it. */
    public static String text(Locale locale, String key, Object... args) {
        String code = "problem." + key;
        try {
            return MESSAGES.getMessage(code, args, locale);
        } catch (NoSuchMessageException missing) {
            return MESSAGES.getMessage(code, args, ENGLISH);
        }
    }

    /** The title of a status: "Bad Request" / "不正なリクエスト"; the status's reason phrase for one without a message. */
    public static String title(Locale locale, int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String fallback = known == null ? "Error" : known.getReasonPhrase();
        return MESSAGES.getMessage("problem.title." + status, null, fallback, locale);
    }
}
