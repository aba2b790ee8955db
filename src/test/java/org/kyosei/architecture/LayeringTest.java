package org.kyosei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The arrows of the architecture: algorithms and ingest rules never reach storage, Spring or the driver. */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kyosei");

    @Test
    void algorithmsStayPure() {
        noClasses().that().resideInAnyPackage("org.kyosei.analytics..", "org.kyosei.analysis..", "org.kyosei.projection..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                        "org.neo4j..", "org.springframework..")
                .check(MAIN);
    }

    @Test
    void ingestAndQueryRulesUseTheStoreOnlyThroughPorts() {
        noClasses().that().resideInAnyPackage("org.kyosei.ingest..", "org.kyosei.generate..", "org.kyosei.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                        "org.neo4j..", "org.springframework..")
                .check(MAIN);
    }

    @Test
    void detectionAndReportsStayPure() {
        noClasses().that().resideInAnyPackage("org.kyosei.detection..", "org.kyosei.report..", "org.kyosei.evaluation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                        "org.kyosei.application..", "org.neo4j..", "org.springframework..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("org.kyosei.detection..")
                .should().accessField(org.kyosei.domain.NodeLabel.class, "PROTECTED_PROPERTIES")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreTalksToTheDriver() {
        noClasses().that().resideOutsideOfPackages("org.kyosei.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(MAIN);
    }

    @Test
    void scoringNeverReadsProtectedAttributes() {
        noClasses().that().resideInAnyPackage("org.kyosei.analytics..", "org.kyosei.analysis..", "org.kyosei.projection..")
                .should().accessField(org.kyosei.domain.NodeLabel.class, "PROTECTED_PROPERTIES")
                .check(MAIN);
    }

    @Test
    void auditAndPrivacyStandAlone() {
        noClasses().that().resideInAnyPackage("org.kyosei.audit..", "org.kyosei.privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                        "org.kyosei.web..", "org.neo4j..", "org.springframework..")
                .check(MAIN);
    }

    @Test
    void securityAndWebStayThinAndApart() {
        noClasses().that().resideInAnyPackage("org.kyosei.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..", "org.kyosei.cli..", "org.kyosei.store..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.kyosei.web..", "org.kyosei.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..")
                .check(MAIN);
    }

    @Test
    void leadReviewIsPlainData() {
        // the weekly report reads decisions through org.kyosei.review: no storage, driver, web or framework there
        noClasses().that().resideInAnyPackage("org.kyosei.review..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..", "org.kyosei.web..",
                        "org.kyosei.security..", "org.neo4j..", "org.springframework..")
                .check(MAIN);
    }
}
