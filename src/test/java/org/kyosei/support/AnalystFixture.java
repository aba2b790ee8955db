package org.kyosei.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kyosei.privacy.Pseudonymizer;
import org.kyosei.review.Decision;
import org.kyosei.review.LeadDecision;
import org.kyosei.security.KyoseiUser;
import org.kyosei.security.Role;
import org.kyosei.store.GraphConnection;
import org.kyosei.store.Neo4jLeadDecisions;
import org.kyosei.store.Neo4jUserDirectory;
import org.neo4j.driver.Session;

/**
 * The shared test graph as an attacker of the analysts' queries finds it: the tiny dataset, a user account with a
 * password hash, a review decision naming a real subject, and an analysis run; with every secret an analyst must
 * never receive (real ids, names, identifier values, provenance texts, the hash) and its common transformations.
 */
public final class AnalystFixture {
    public static final String PASSWORD_HASH = "$2a$10$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
    public static final Pseudonymizer PSEUDONYMS = Pseudonymizer.withKey("analyst-fixture-key-0123456789".getBytes(StandardCharsets.UTF_8));

    private AnalystFixture() {
    }

    /** Loads the fixture into the emptied shared store and returns its connection. */
    public static GraphConnection load(Path tmp) {
        GraphConnection graph = SharedNeo4j.emptied();
        try {
            Files.createDirectories(tmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun imported = CliRun.external("import", DatasetFiles.tiny(tmp.resolve("tiny")).dir().toString());
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("fixture import failed: " + imported.err());
        }
        new Neo4jUserDirectory(graph.driver()).save(new KyoseiUser("admin-secret-user", Role.ADMIN, PASSWORD_HASH));
        new Neo4jLeadDecisions(graph.driver()).record(new LeadDecision("P3", "FRONT_BROKER", Decision.CONFIRMED,
                "confirmed by a patrol", "office-user", "OFFICE", "CASE-1", Instant.parse("2026-11-01T10:00:00Z")));
        try (Session session = graph.driver().session()) {
            session.run("MATCH (n:Individual {id: 'P1'}) SET n.score_pagerank = 0.25").consume();
        }
        return graph;
    }

    /** Every value an analyst must never receive, each also upper-cased, lower-cased and reversed. */
    public static Set<String> secrets() {
        List<String> plain = new ArrayList<>(List.of(
                "Kita Danchi", "Minato Factory Zone", "Tran, An", "Maria Santos", "Ken Sato", "Lin Wei", "Ali Khan",
                "Minato Packing", "Sakura Staffing", "Example-gumi", "1-2-3 Kita", "090-0000-0001", "0001-111", "0001-222",
                "registry:residence", "registry:labour", "bank-report", "phone-records", "police-report",
                "admin-secret-user", PASSWORD_HASH, "confirmed by a patrol", "office-user"));
        // Real ids of two or more characters that cannot occur inside a pseudonym (P- and lower-case hex).
        plain.addAll(List.of("ADDR1", "PH1", "ACC1", "ACC2", "INC1"));
        Set<String> all = new LinkedHashSet<>();
        for (String s : plain) {
            all.add(s);
            all.add(s.toUpperCase(Locale.ROOT));
            all.add(s.toLowerCase(Locale.ROOT));
            all.add(new StringBuilder(s).reverse().toString());
        }
        return all;
    }

    /** The real ids of the fixture's entities. */
    public static List<String> realIds() {
        return List.of("C1", "C2", "P1", "P2", "P3", "P4", "P5", "E1", "B1", "O1", "ADDR1", "PH1", "ACC1", "ACC2", "INC1");
    }
}
