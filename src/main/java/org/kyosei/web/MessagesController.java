package org.kyosei.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The messages of one language for the web UI: the bundles {@code i18n/messages_LANG} ({@code ui.*}),
 * {@code i18n/problems_LANG} ({@code problem.*}) and {@code i18n/leads_LANG} ({@code lead.*}, {@code report.*}) in one
 * map, the same files the server's {@code MessageSource} reads and the keys the browser has always been sent. Open to
 * all: it holds no data. Outside {@code /api/}, so fetching it is not an access to be audited; the browser may keep
 * it for an hour.
 */
@RestController
@Tag(name = "messages", description = "anyone")
class MessagesController {
    static final List<String> LANGUAGES = List.of("en", "ja");
    /** The bundles served, by audience: the UI's words, RFC 7807 problems, lead explanations and report.html. */
    static final List<String> BUNDLES = List.of("messages", "problems", "leads");

    private final Map<String, Map<String, String>> bundles = new TreeMap<>();

    MessagesController() {
        LANGUAGES.forEach(lang -> bundles.put(lang, load(lang)));
    }

    @GetMapping("/i18n/messages")
    @Operation(summary = "The UI's messages in one language: lang=en or ja (default: the best of Accept-Language)")
    Map<String, String> messages(@RequestParam(required = false) String lang, HttpServletRequest request,
                                 HttpServletResponse response) {
        String chosen = lang == null || lang.isBlank() ? preferred(request) : lang.strip().toLowerCase(Locale.ROOT);
        if (!bundles.containsKey(chosen)) {
            throw new BadParameterException("lang", "lang must be one of " + String.join(", ", LANGUAGES));
        }
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Content-Language", chosen);
        return bundles.get(chosen);
    }

    /** Japanese when the caller's Accept-Language puts it before English, English otherwise. */
    private static String preferred(HttpServletRequest request) {
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            String language = locale.getLanguage();
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return "en";
    }

    /** All the bundles of {@code lang} in one map (a key in two bundles is a build error). */
    static Map<String, String> load(String lang) {
        Map<String, String> all = new TreeMap<>();
        for (String bundle : BUNDLES) {
            load(bundle, lang).forEach((key, text) -> {
                if (all.putIfAbsent(key, text) != null) {
                    throw new IllegalStateException("i18n/" + bundle + "_" + lang + ".properties repeats " + key);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** One bundle's file, {@code i18n/BUNDLE_LANG.properties}, as a map. */
    static Map<String, String> load(String bundle, String lang) {
        String name = "i18n/" + bundle + "_" + lang + ".properties";
        try (InputStream in = MessagesController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
            return java.util.Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
