package org.kyosei.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What an analyst's statement may do, decided on the plan Neo4j itself makes for it ({@code EXPLAIN}, which runs
 * nothing): a read-only query whose every operator is a read of the graph on an allow-list. Everything else is
 * refused with a one-line reason before the statement runs: administrative commands ({@code SHOW} or
 * {@code TERMINATE TRANSACTIONS}, settings, users, indexes, procedures and functions listings), procedures outside
 * the schema listings, {@code LOAD CSV}, subqueries in their own transactions, another database, and any operator
 * a later Neo4j adds until it is reviewed here. The plan is Neo4j's own reading of the statement, so comments,
 * odd spacing, letter case or a {@code CYPHER} version prefix cannot hide a clause from it.
 */
public final class StatementPolicy {
    /** Operators that read the graph, by their name before any "(...)" variant, as Neo4j's plans name them. */
    static final Set<String> READ_OPERATORS = Set.of(
            "AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
            "SubtractionNodeByLabelsScan", "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek", "NodeUniqueIndexSeek",
            "MultiNodeIndexSeek", "AssertingMultiNodeIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange",
            "NodeIndexContainsScan", "NodeIndexEndsWithScan", "NodeIndexScan",
            "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek", "DirectedRelationshipIndexSeekByRange",
            "UndirectedRelationshipIndexSeekByRange", "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
            "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
            "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
            "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek", "DirectedRelationshipByElementIdSeek",
            "UndirectedRelationshipByElementIdSeek", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
            "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan", "DirectedUnionRelationshipTypesScan",
            "UndirectedUnionRelationshipTypesScan", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
            "Expand", "OptionalExpand", "VarLengthExpand", "BFSPruningVarExpand", "Repeat", "NullifyMetadata", "Trail",
            "StatefulShortestPath", "ShortestPath", "ProjectEndpoints", "AssertSameNode", "AssertSameRelationship",
            "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
            "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply",
            "ConditionalApply", "AntiConditionalApply", "Argument", "ArgumentTracker",
            "Filter", "Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top", "PartialTop", "Union",
            "OrderedUnion", "Unwind", "Projection", "Distinct", "OrderedDistinct", "EagerAggregation",
            "OrderedAggregation", "Eager", "Optional", "Anti", "CartesianProduct", "NodeHashJoin", "ValueHashJoin",
            "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "TriadicSelection", "TriadicBuild", "TriadicFilter",
            "CacheProperties", "ProduceResults", "EmptyResult", "EmptyRow", "ProcedureCall");

    /** The only procedures an analyst may call: listings of the model's own schema. */
    static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties");

    /** Planning alone may take no longer than this. */
    private static final TransactionConfig PLANNING = TransactionConfig.builder().withTimeout(Duration.ofSeconds(20)).build();

    /** The one database analysts' statements may run on. */
    private static final String DATABASE = "neo4j";

    private StatementPolicy() {
    }

    /**
     * Plans the statement without running it and refuses it unless it only reads the graph.
     *
     * @throws StatementRefusedException with the reason when refused
     * @throws KyoseiStoreException      when Neo4j cannot plan it (not valid Cypher, unknown procedure)
     */
    static void check(Driver driver, String statement, Map<String, Object> parameters) {
        if (statement == null || statement.isBlank()) {
            throw new StatementRefusedException("the statement is empty", "statement.empty");
        }
        String head = statement.stripLeading().toUpperCase(Locale.ROOT);
        if (head.startsWith("EXPLAIN") || head.startsWith("PROFILE")) {
            throw new StatementRefusedException("EXPLAIN and PROFILE are not available here; send the statement itself", "statement.explain");
        }
        ResultSummary summary;
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            summary = session.executeRead(tx -> tx.run("EXPLAIN " + statement, parameters).consume(), PLANNING);
        } catch (ClientException e) {
            throw new KyoseiStoreException(plannerMessage(e), e);
        }
        if (!summary.hasPlan()) {
            throw new StatementRefusedException("Neo4j made no plan for the statement, so it cannot be checked", "statement.noPlan");
        }
        QueryType type = summary.queryType();
        if (type == QueryType.WRITE_ONLY || type == QueryType.READ_WRITE) {
            throw new StatementRefusedException("the statement writes to the graph, and only read-only statements may run here", "statement.writes");
        }
        checkOperators(summary.plan());
        if (type != QueryType.READ_ONLY) {
            throw new StatementRefusedException("the statement changes the database's schema or settings; only reads may run here", "statement.schema");
        }
    }

    private static void checkOperators(Plan plan) {
        String operator = plan.operatorType();
        int at = operator.indexOf('@');
        String database = at < 0 ? DATABASE : operator.substring(at + 1);
        String name = at < 0 ? operator : operator.substring(0, at);
        int variant = name.indexOf('(');
        String base = variant < 0 ? name : name.substring(0, variant);
        if (!database.equals(DATABASE)) {
            throw new StatementRefusedException("the statement reaches the database '" + database
                    + "'; only the graph may be queried here", "statement.database", database);
        }
        if (!READ_OPERATORS.contains(base)) {
            throw new StatementRefusedException(refusal(base), refusalKey(base), base);
        }
        if (base.equals("ProcedureCall")) {
            Value details = plan.arguments().get("Details");
            String signature = details == null ? "" : details.asString();
            int paren = signature.indexOf('(');
            String procedure = paren < 0 ? signature : signature.substring(0, paren).strip();
            if (!PROCEDURES.contains(procedure)) {
                String allowed = String.join(", ", PROCEDURES.stream().sorted().toList());
                throw new StatementRefusedException("the procedure " + (procedure.isEmpty() ? "called" : procedure)
                        + " is not available here; analysts may call only " + allowed, "statement.procedure",
                        procedure.isEmpty() ? "-" : procedure, allowed);
            }
        }
        plan.children().forEach(StatementPolicy::checkOperators);
    }

    /** The message key of {@link #refusal}'s reason. */
    private static String refusalKey(String operator) {
        if (operator.startsWith("Show") || operator.startsWith("Terminate") || operator.equals("AdministrationCommand")) {
            return "statement.administrative";
        }
        if (operator.equals("LoadCSV")) {
            return "statement.loadCsv";
        }
        if (operator.startsWith("Transaction")) {
            return "statement.transactions";
        }
        return "statement.operator";
    }

    private static String refusal(String operator) {
        if (operator.startsWith("Show") || operator.startsWith("Terminate") || operator.equals("AdministrationCommand")) {
            return "administrative commands (" + operator + ") are refused here; only reads of the graph may run";
        }
        if (operator.equals("LoadCSV")) {
            return "LOAD CSV reads files and is refused here";
        }
        if (operator.startsWith("Transaction")) {
            return "subqueries in transactions of their own are refused here";
        }
        return "the statement needs the operator " + operator + ", which is not a read of the graph; only reads may run here";
    }

    private static String plannerMessage(ClientException e) {
        String message = e.getMessage() == null ? "no reason given" : e.getMessage();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        String code = String.valueOf(e.code());
        if (code.contains("Syntax")) {
            return "the statement is not valid Cypher: " + first;
        }
        if (code.contains("ParameterMissing")) {
            return "the statement needs a parameter: " + first;
        }
        return first;
    }
}
