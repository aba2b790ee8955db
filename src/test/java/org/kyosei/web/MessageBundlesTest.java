package org.kyosei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kyosei.report.LeadStatus;
import org.kyosei.review.Decision;
import org.kyosei.security.Role;

/**
 * The message bundles, three per language by audience (i18n/messages_* for the web UI, problems_* for RFC 7807
 * problems, leads_* for lead explanations and report.html): in each bundle the same keys in en and ja, the same
 * parameters in each pair, only its own key families, no key in two bundles; every {@code ui.} key the web UI's
 * files use present.
 */
class MessageBundlesTest {
    static final Path STATIC = Path.of("src/main/resources/static");
    /** A key in the UI's files: t('ui.x'), data-i18n="ui.x", 'ui.x.' + code (a family ending in a dot). */
    static final Pattern UI_KEY = Pattern.compile("ui\\.[A-Za-z0-9_.]+");
    static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)}");

    private static final Map<String, String> EN = MessagesController.load("en");
    private static final Map<String, String> JA = MessagesController.load("ja");
    /** The key families of each bundle (the prefix before the first dot). */
    private static final Map<String, Set<String>> FAMILIES =
            Map.of("messages", Set.of("ui"), "problems", Set.of("problem"), "leads", Set.of("lead", "report"));

    @Test
    void eachBundleHasTheSameKeysInBothLanguagesAndOnlyItsOwnFamilies() {
        assertThat(FAMILIES.keySet()).isEqualTo(Set.copyOf(MessagesController.BUNDLES));
        int total = 0;
        for (String bundle : MessagesController.BUNDLES) {
            Map<String, String> en = MessagesController.load(bundle, "en");
            Map<String, String> ja = MessagesController.load(bundle, "ja");
            assertThat(new TreeSet<>(ja.keySet())).as("%s: keys of ja missing from en: %s; of en missing from ja: %s",
                    bundle, missing(ja, en), missing(en, ja)).isEqualTo(new TreeSet<>(en.keySet()));
            assertThat(en).as(bundle).isNotEmpty();
            Set<String> families = en.keySet().stream().map(k -> k.substring(0, Math.max(0, k.indexOf('.'))))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(families).as("the key families of %s", bundle).isEqualTo(new TreeSet<>(FAMILIES.get(bundle)));
            en.forEach((key, english) -> assertThat(parameters(ja.get(key))).as("%s: %s", bundle, key).isEqualTo(parameters(english)));
            total += en.size();
        }
        assertThat(EN).as("the served map is every bundle's keys, none in two bundles").hasSize(total);
        assertThat(EN.keySet().stream().filter(k -> k.startsWith("ui.")).count()).isGreaterThan(300);
    }

    @Test
    void aBundleLanguageThatDoesNotExistIsNamedInOneLine() {
        assertThatThrownBy(() -> MessagesController.load("messages", "fr"))
                .isInstanceOf(IllegalStateException.class).hasMessage("i18n/messages_fr.properties is missing from the build");
        assertThatThrownBy(() -> MessagesController.load("../messages", "en")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyBundleHasAnEmptyBaseFileAndSpringReadsThemAll() throws IOException {
        for (String bundle : MessagesController.BUNDLES) {
            Path base = Path.of("src/main/resources/i18n/" + bundle + ".properties");
            assertThat(Files.readAllLines(base, StandardCharsets.UTF_8)).as(base.toString())
                    .isNotEmpty().allMatch(line -> line.isBlank() || line.startsWith("#"));
        }
        String basename = Files.readAllLines(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("spring.messages.basename=")).findFirst().orElseThrow();
        assertThat(basename).isEqualTo("spring.messages.basename="
                + MessagesController.BUNDLES.stream().map(b -> "i18n/" + b).collect(Collectors.joining(",")));
    }

    @Test
    void everyBundleHasTheKeysTheOtherHas() {
        assertThat(new TreeSet<>(JA.keySet())).as("keys of ja missing from en: %s", missing(JA, EN)).isEqualTo(new TreeSet<>(EN.keySet()));
    }

    @Test
    void theSameParametersAndNoEmptyMessage() {
        List<String> wrong = new ArrayList<>();
        EN.forEach((key, english) -> {
            String japanese = JA.getOrDefault(key, "");
            if (english.isBlank() || japanese.isBlank()) {
                wrong.add(key + " is empty");
            } else if (!parameters(english).equals(parameters(japanese))) {
                wrong.add(key + ": " + parameters(english) + " in en, " + parameters(japanese) + " in ja");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyUiKeyTheWebFilesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).toList()) {
                Matcher m = UI_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            boolean family = key.endsWith(".");
            boolean present = family ? EN.keySet().stream().anyMatch(k -> k.startsWith(key)) : EN.containsKey(key);
            if (!present) {
                missing.add(key);
            }
        }
        assertThat(missing).as("ui keys used in static/ but missing from the bundles").isEmpty();
    }

    @Test
    void theFamiliesNamedByCodesAreComplete() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).forEach(r -> keys.add("ui.role." + r.name()));
        Stream.of(LeadStatus.values()).forEach(s -> keys.add("ui.status." + s.name()));
        Stream.of(Decision.values()).forEach(d -> {
            keys.add("ui.decision." + d.name());
            keys.add("ui.decide." + d.name());
        });
        Stream.of("FRONT_BROKER", "FRONT_EMPLOYER", "GATEKEEPER", "EXPLOITATION_HUB", "FEE_SKIMMING", "INFILTRATION_GROWTH", "NEW_BRIDGE")
                .forEach(i -> keys.add("ui.indicator." + i));
        Stream.of("string", "integer", "float", "date").forEach(t -> {
            keys.add("ui.analyst.type." + t);
            keys.add("ui.analyst.invalid." + t);
        });
        assertThat(keys.stream().filter(k -> !EN.containsKey(k))).isEmpty();
    }

    @Test
    void everySavedQueryHasItsTitlePurposeAndParametersInTheBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".cypher", "");
                List<String> keys = new ArrayList<>(List.of("ui.query." + name, "ui.query." + name + ".purpose"));
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("// param:"))
                        .map(l -> l.substring("// param:".length()).strip().split("\\s+")[0])
                        .forEach(param -> keys.addAll(List.of("ui.query." + name + "." + param, "ui.param." + param)));
                keys.stream().filter(k -> !EN.containsKey(k)).forEach(missing::add);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The analyst's result headings: every alias a saved query's RETURN gives has a ui.column key. */
    @Test
    void everyColumnASavedQueryReturnsHasAHeading() throws IOException {
        Set<String> aliases = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("cypher/queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
                List<String> found = returnAliases(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(found).as(file + " returns columns").isNotEmpty();
                aliases.addAll(found);
            }
        }
        assertThat(aliases).contains("identifier", "kind", "users", "organization_members", "total_fee");
        assertThat(aliases.stream().map(a -> "ui.column." + a).filter(k -> !EN.containsKey(k))).isEmpty();
    }

    /** The columns of the last RETURN clause: each item's alias (after AS), or the item itself when it is a name. */
    static List<String> returnAliases(String cypher) {
        String body = cypher.replaceAll("(?m)^\\s*//.*$", "");
        Matcher clause = Pattern.compile("(?is)\\bRETURN\\s+(.*?)(\\bORDER\\s+BY\\b|\\bSKIP\\b|\\bLIMIT\\b|$)").matcher(body);
        String items = null;
        while (clause.find()) {
            items = clause.group(1);
        }
        List<String> aliases = new ArrayList<>();
        if (items == null) {
            return aliases;
        }
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (char c : (items + ",").toCharArray()) {
            depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                Matcher alias = Pattern.compile("(?is)(?:\\bAS\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*$").matcher(item.toString().strip());
                if (alias.find()) {
                    aliases.add(alias.group(1));
                }
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        return aliases;
    }

    @Test
    void theJapaneseIsJapanese() {
        assertThat(JA).containsEntry("ui.leads.button", "今週のリード").containsEntry("ui.role.INVESTIGATOR", "捜査員")
                .containsEntry("ui.role.ANALYST", "分析担当").containsEntry("ui.role.AUDITOR", "監査").containsEntry("ui.role.ADMIN", "管理者")
                .containsEntry("ui.logout", "ログアウト");
        long english = JA.entrySet().stream().filter(e -> e.getKey().startsWith("ui."))
                .filter(e -> !e.getValue().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .map(Map.Entry::getKey).filter(k -> !Set.of("ui.title", "ui.broker.col.id", "ui.prop.id", "ui.export.graphml", "ui.export.gexf",
                        "ui.analyst.paramNote", "ui.analyst.paramNote.default").contains(k)).count();
        assertThat(english).as("ui messages of the Japanese bundle without any Japanese").isZero();
    }

    private static Set<String> parameters(String message) {
        return PARAMETER.matcher(message).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> missing(Map<String, String> from, Map<String, String> in) {
        Set<String> keys = new TreeSet<>(from.keySet());
        keys.removeAll(in.keySet());
        return keys;
    }
}
