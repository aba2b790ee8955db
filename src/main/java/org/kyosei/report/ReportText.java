package org.kyosei.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of report.html in one language: the keys {@code report.*} of the bundles {@code i18n/leads_en} and
 * {@code i18n/leads_ja} (with the lead explanations; the service's and the browser's too), as {@link MessageFormat}
 * patterns (an apostrophe is written twice), and dates in the language's form ({@code report.datePattern};
 * {@code report.timePattern}, {@code iso} for ISO 8601 instants).
 */
public final class ReportText {
    /** The languages a report can be written in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ja");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/leads", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(bundle.getString("report.datePattern"), locale);
        String timePattern = bundle.getString("report.timePattern");
        this.time = timePattern.equals("iso") ? null : DateTimeFormatter.ofPattern(timePattern, locale).withZone(ZoneOffset.UTC);
    }

    /** English, the default: the report as it has always been written. */
    public static ReportText english() {
        return of("en");
    }

    /**
     * The report's words in {@code language} ({@code en} or {@code ja}).
     *
     * @throws IllegalArgumentException for another language, naming the ones there are
     */
    public static ReportText of(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no report language '" + language + "'; use en or ja");
        }
        return new ReportText(Locale.forLanguageTag(language));
    }

    /** The language tag for {@code <html lang>}. */
    /** The language's locale, for texts rendered elsewhere (lead explanations). */
    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The message {@code report.<key>} with {@code args} (numbers written as plain digits). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString("report." + key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("the message bundle lacks report." + key, missing);
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    public String date(LocalDate day) {
        return day.format(date);
    }

    public String time(Instant instant) {
        return time == null ? instant.toString() : time.format(instant);
    }
}
