package org.kyosei.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.kyosei.domain.NodeLabel;
import org.kyosei.graph.DatedGraph;
import org.kyosei.web.KyoseiWebApplication;
import org.kyosei.web.WebServer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the architecture: algorithms, ingest rules and detection never reach storage, Spring or the
 * driver; only the store talks to the driver; audit, privacy, security, web and review keep to their lanes.
 * Each rule is checked by ArchUnit's JUnit engine against the main classes.
 */
@AnalyzeClasses(packages = "org.kyosei", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule algorithmsStayPure = noClasses()
            .that().resideInAnyPackage("org.kyosei.analytics..", "org.kyosei.analysis..", "org.kyosei.projection..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                    "org.neo4j..", "org.springframework..");

    @ArchTest
    static final ArchRule ingestAndQueryRulesUseTheStoreOnlyThroughPorts = noClasses()
            .that().resideInAnyPackage("org.kyosei.ingest..", "org.kyosei.generate..", "org.kyosei.domain..",
                    "org.kyosei.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                    "org.neo4j..", "org.springframework..");

    /** The command line and the service are adapters: they call the application's use cases, never the store. */
    @ArchTest
    static final ArchRule webAndCommandLineReachStorageOnlyThroughTheApplication = noClasses()
            .that().resideInAnyPackage("org.kyosei.web..", "org.kyosei.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..");

    /**
     * The service's controllers and filters are adapters over the application: its settings ({@code
     * application.ServiceProperties}) and use cases come from there. Only the service's assembly, the Spring Boot
     * application class and the server that starts it on an open graph, names the wiring.
     */
    @ArchTest
    static final ArchRule webReachesTheWiringOnlyWhereTheServiceIsAssembled = noClasses()
            .that().resideInAPackage("org.kyosei.web..")
            .and().doNotHaveFullyQualifiedName(KyoseiWebApplication.class.getName())
            .and().doNotHaveFullyQualifiedName(WebServer.class.getName())
            .should().dependOnClassesThat().resideInAPackage("org.kyosei.wiring..");

    /** The wiring assembles the application and the store for the adapters, and knows nothing of them. */
    @ArchTest
    static final ArchRule wiringKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.kyosei.wiring..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..", "org.kyosei.cli..");

    /** Use cases reach storage through their ports ({@code application.port}), which the store implements. */
    @ArchTest
    static final ArchRule applicationKnowsNeitherItsAdaptersNorTheStore = noClasses()
            .that().resideInAnyPackage("org.kyosei.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..", "org.kyosei.cli..", "org.kyosei.wiring..",
                    "org.kyosei.store..", "org.neo4j..");

    /** The store implements the application's ports and knows nothing else of it. */
    @ArchTest
    static final ArchRule theStoreKnowsOnlyTheApplicationsPorts = noClasses()
            .that().resideInAnyPackage("org.kyosei.store..")
            .should().dependOnClassesThat().resideInAPackage("org.kyosei.application");

    @ArchTest
    static final ArchRule detectionAndReportsStayPure = noClasses()
            .that().resideInAnyPackage("org.kyosei.detection..", "org.kyosei.report..", "org.kyosei.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                    "org.kyosei.application..", "org.neo4j..", "org.springframework..");

    @ArchTest
    static final ArchRule detectionNeverReadsTheProtectedPropertyList = noClasses()
            .that().resideInAnyPackage("org.kyosei.detection..")
            .should().accessField(NodeLabel.class, "PROTECTED_PROPERTIES");

    /** The one in-memory graph is plain data that the store fills: no storage, use case, adapter, driver or framework. */
    @ArchTest
    static final ArchRule theInMemoryGraphIsPlainData = noClasses()
            .that().resideInAnyPackage("org.kyosei.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.application..",
                    "org.kyosei.cli..", "org.kyosei.web..", "org.neo4j..", "org.springframework..");

    /** Detection takes id, label, kind and license_status from the in-memory graph, never a name. */
    @ArchTest
    static final ArchRule detectionNeverReadsANameFromTheGraph = noClasses()
            .that().resideInAnyPackage("org.kyosei.detection..", "org.kyosei.analytics..", "org.kyosei.analysis..")
            .should().callMethod(DatedGraph.class, "name", int.class);

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDriver = noClasses()
            .that().resideOutsideOfPackages("org.kyosei.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..");

    /** Neo4j's batch importer and its internal classes are used by the bulk loader of the store, nowhere else. */
    @ArchTest
    static final ArchRule onlyTheStoreDrivesNeo4jsImporter = noClasses()
            .that().resideOutsideOfPackages("org.kyosei.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.batchimport..", "org.neo4j.internal..",
                    "org.neo4j.importer..", "org.neo4j.kernel..");

    @ArchTest
    static final ArchRule scoringNeverReadsProtectedAttributes = noClasses()
            .that().resideInAnyPackage("org.kyosei.analytics..", "org.kyosei.analysis..", "org.kyosei.projection..")
            .should().accessField(NodeLabel.class, "PROTECTED_PROPERTIES");

    @ArchTest
    static final ArchRule auditAndPrivacyStandAlone = noClasses()
            .that().resideInAnyPackage("org.kyosei.audit..", "org.kyosei.privacy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..",
                    "org.kyosei.web..", "org.neo4j..", "org.springframework..");

    @ArchTest
    static final ArchRule securityStaysOutOfWebCliAndStore = noClasses()
            .that().resideInAnyPackage("org.kyosei.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..", "org.kyosei.cli..", "org.kyosei.store..");

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsTheWebLayer = noClasses()
            .that().resideOutsideOfPackages("org.kyosei.web..", "org.kyosei.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.web..");

    /** The weekly report reads decisions through org.kyosei.review: no storage, driver, web or framework there. */
    @ArchTest
    static final ArchRule leadReviewIsPlainData = noClasses()
            .that().resideInAnyPackage("org.kyosei.review..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kyosei.store..", "org.kyosei.cli..", "org.kyosei.web..",
                    "org.kyosei.security..", "org.neo4j..", "org.springframework..");

    /** The product jar has one entry point; benchmarks and load tools live in the bench source set. */
    @ArchTest
    static final ArchRule oneEntryPoint = methods().that().haveName("main").and().areStatic()
            .should().beDeclaredIn(org.kyosei.Kyosei.class);
}
