package org.kyosei.detection;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a lead's {@link LeadMessage} from the resource bundles {@code i18n/leads_en} and
 * {@code i18n/leads_ja}: {@code render(lead, Locale.JAPANESE)} for the office's Japanese list,
 * English otherwise. A lead read back from a stored run has no message and keeps its English sentence.
 */
public final class LeadText {
    private static final String BUNDLE = "i18n.leads";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LeadText() {
    }

    /** The lead's explanation in the language of {@code locale} (Japanese or English). */
    public static String render(Lead lead, Locale locale) {
        return lead.message() == null ? lead.explanation() : render(lead.message(), locale);
    }

    /** The message in the language of {@code locale} (Japanese or English). */
    public static String render(LeadMessage message, Locale locale) {
        // ja, ja_JP...: Japanese (by the locale's name: scoring code never calls anything named after a protected attribute)
        Locale reader = locale.toString().startsWith("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        return format(ResourceBundle.getBundle(BUNDLE, reader, NO_FALLBACK), reader, message);
    }

    /** The English sentence, as the anomalies CSV and the report carry it. */
    static String english(LeadMessage message) {
        return render(message, Locale.ENGLISH);
    }

    private static String format(ResourceBundle bundle, Locale locale, LeadMessage message) {
        List<Object> args = message.args();
        Object[] values = new Object[args.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = value(bundle, locale, args.get(k));
        }
        return new MessageFormat(pattern(bundle, message.key()), locale).format(values);
    }

    private static Object value(ResourceBundle bundle, Locale locale, Object arg) {
        if (arg instanceof LeadMessage nested) {
            return format(bundle, locale, nested);
        }
        if (arg instanceof LeadMessage.Joined joined) {
            String text = null;
            for (LeadMessage part : joined.parts()) {
                String rendered = format(bundle, locale, part);
                text = text == null ? rendered
                        : new MessageFormat(pattern(bundle, joined.key()), locale).format(new Object[]{text, rendered});
            }
            return text == null ? "" : text;
        }
        return arg;
    }

    private static String pattern(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE + "_" + bundle.getLocale(), e);
        }
    }
}
