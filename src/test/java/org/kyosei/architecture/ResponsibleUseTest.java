package org.kyosei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kyosei.domain.NodeLabel;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Nationality, residence status and language never reach a score: scoring code neither touches
 * {@link NodeLabel#PROTECTED_PROPERTIES} nor holds the name of a protected property anywhere in its bytecode
 * (a string literal such as {@code "nationality"}, or a field or method of that name). The permutation test in
 * {@code AnalysisCommandsTest} checks the same promise from the outside, on real outputs.
 */
class ResponsibleUseTest {
    static final String[] SCORING_PACKAGES = {"org.kyosei.analytics..", "org.kyosei.analysis..", "org.kyosei.detection..",
            "org.kyosei.graph.."};
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kyosei");

    @Test
    void scoringCodeNeverReachesTheProtectedPropertyList() {
        noClasses().that().resideInAnyPackage(SCORING_PACKAGES)
                .should().accessField(NodeLabel.class, "PROTECTED_PROPERTIES")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(".*[Nn]ationality.*|.*[Rr]esidence[_]?[Ss]tatus.*|.*[Ll]anguage.*")))
                .check(MAIN);
    }

    @Test
    void scoringBytecodeHoldsNoProtectedPropertyName() {
        List<String> offences = new ArrayList<>();
        for (JavaClass javaClass : MAIN) {
            if (isScoring(javaClass)) {
                javaClass.getSource().ifPresent(source -> protectedNamesIn(ClassFileStrings.of(source.getUri()))
                        .forEach(name -> offences.add(javaClass.getName() + " holds '" + name + "'")));
            }
        }
        assertThat(offences).as("scoring code must not name a protected property").isEmpty();
    }

    @Test
    void theBytecodeCheckFindsAProtectedNameWhereThereIsOne() {
        JavaClass fixture = new ClassFileImporter().importClass(ProtectedNameFixture.class);
        assertThat(protectedNamesIn(ClassFileStrings.of(fixture.getSource().orElseThrow().getUri())))
                .containsExactlyInAnyOrder("p.residence_status", "language");
        JavaClass clean = new ClassFileImporter().importClass(ResponsibleUseTest.class);
        assertThat(ClassFileStrings.of(clean.getSource().orElseThrow().getUri())).contains("scoringBytecodeHoldsNoProtectedPropertyName");
    }

    private static boolean isScoring(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        for (String pattern : SCORING_PACKAGES) {
            String root = pattern.substring(0, pattern.length() - 2);
            if (name.equals(root) || name.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Constant-pool strings naming a protected property as a whole word (so "languageCount" does not count). */
    static List<String> protectedNamesIn(List<String> strings) {
        List<Pattern> patterns = NodeLabel.PROTECTED_PROPERTIES.stream()
                .map(p -> Pattern.compile("(?i)(?<![a-z0-9])" + Pattern.quote(p) + "(?![a-z0-9])")).toList();
        return strings.stream().filter(s -> patterns.stream().anyMatch(p -> p.matcher(s).find())).toList();
    }

    /** Scoring code as it must never be written: it names protected properties. */
    static final class ProtectedNameFixture {
        String language;

        static String property() {
            return "p.residence_status";
        }
    }
}
