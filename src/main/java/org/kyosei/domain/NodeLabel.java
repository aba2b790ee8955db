package org.kyosei.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The node kinds of the dataset contract (DATA.md), each with the file that holds it, its columns,
 * and the closed vocabularies of its enumerated columns.
 *
 * <p>Every node is also stored with the {@link #ENTITY} label, which carries the one uniqueness
 * constraint on {@code id} across all node kinds.
 */
public enum NodeLabel {
    COMMUNITY("Community", "communities.csv", List.of("id", "name", "kind"), List.of("region"),
            Map.of("kind", Set.of("RESIDENTIAL", "WORKPLACE", "SCHOOL", "NIGHTLIFE", "COMMERCIAL", "ASSOCIATION"))),
    INDIVIDUAL("Individual", "individuals.csv", List.of("id"),
            List.of("name", "birth_year", "language", "nationality", "residence_status"), Map.of()),
    EMPLOYER("Employer", "employers.csv", List.of("id", "name"), List.of("industry", "region"), Map.of()),
    BROKER("Broker", "brokers.csv", List.of("id", "name", "kind"), List.of("license_status"),
            Map.of("kind", Set.of("AGENCY", "SUPERVISING_ORG", "INDIVIDUAL"),
                    "license_status", Set.of("LICENSED", "UNLICENSED", "REVOKED", "UNKNOWN"))),
    ORGANIZATION("Organization", "organizations.csv", List.of("id", "name", "kind"), List.of(),
            Map.of("kind", Set.of("BORYOKUDAN", "FOREIGN_GROUP", "FRAUD_RING", "OTHER"))),
    IDENTIFIER("Identifier", "identifiers.csv", List.of("id", "kind", "value"), List.of(),
            Map.of("kind", Set.of("ADDRESS", "PHONE", "ACCOUNT"))),
    INCIDENT("Incident", "incidents.csv", List.of("id", "kind", "date"), List.of("region"),
            Map.of("kind", Set.of("THEFT", "FRAUD", "ASSAULT", "LABOR_EXPLOITATION", "TRAFFICKING", "DRUGS", "OTHER")));

    /** The label every node carries besides its own; {@code id} is unique over it. */
    public static final String ENTITY = "Entity";

    /**
     * Attributes stored for officers (an interpreter needs a person's language) that must never be
     * an input to any score, rank, indicator or anomaly.
     */
    public static final Set<String> PROTECTED_PROPERTIES = Set.of("nationality", "residence_status", "language");

    /** Filled after the constants exist (an enum initialises its static fields after them). */
    private static final Map<String, NodeLabel> BY_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NodeLabel::label, Function.identity()));

    private final String label;
    private final String fileName;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final Map<String, Set<String>> vocabularies;

    NodeLabel(String label, String fileName, List<String> requiredColumns, List<String> optionalColumns,
              Map<String, Set<String>> vocabularies) {
        this.label = label;
        this.fileName = fileName;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
        this.vocabularies = vocabularies;
    }

    public String label() { return label; }

    public String fileName() { return fileName; }

    public List<String> requiredColumns() { return requiredColumns; }

    public List<String> optionalColumns() { return optionalColumns; }

    /** Allowed values of enumerated columns; an empty optional value is always allowed. */
    public Map<String, Set<String>> vocabularies() { return vocabularies; }

    public static Optional<NodeLabel> byLabel(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(BY_LABEL.get(label));
    }
}
