package org.kyosei.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.kyosei.analytics.paths.ConnectingSubgraph;
import org.kyosei.analytics.paths.Path;
import org.kyosei.analytics.paths.ShortestPathConnectingNetwork;
import org.kyosei.analytics.paths.YenKShortestPaths;
import org.kyosei.analytics.structure.UndirectedEdge;
import org.kyosei.projection.Projection;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.Neighbourhood;
import org.kyosei.security.AuditAttributes;
import org.kyosei.store.Neo4jEntities;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** K shortest paths and the connecting network of several entities, on the as-of projection (INVESTIGATOR). */
@RestController
@RequestMapping("/api/paths")
@Tag(name = "paths", description = "INVESTIGATOR; header X-Kyosei-Case required")
class PathController {
    private final ProjectionCache projections;
    private final Neo4jEntities entities;
    private final Clock clock;

    PathController(ProjectionCache projections, Neo4jEntities entities, Clock clock) {
        this.projections = projections;
        this.entities = entities;
        this.clock = clock;
    }

    /** One path: its entity ids in order and its length. */
    record PathIds(List<String> nodes, int hops) {
    }

    /** Paths (or a connecting network) with the entities and stored relationships along them. */
    record PathAnswer(LocalDate asOf, List<String> terminals, List<PathIds> paths, List<EntityMatch> nodes,
                      List<Neighbourhood.Tie> ties) {
    }

    @GetMapping
    @Operation(summary = "The K (1..20) shortest loopless paths between two entities as of a date")
    PathAnswer paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "3") int k,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        Limits.between("k", k, 1, Limits.MAX_K);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        Projection projection = projections.asOf(date);
        int source = node(projection, "from", from);
        int target = node(projection, "to", to);
        List<PathIds> paths = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path path : new YenKShortestPaths(projection.graph()).paths(source, target, k)) {
            List<String> nodes = Arrays.stream(path.nodes()).mapToObj(n -> projection.ids().id(n)).toList();
            paths.add(new PathIds(nodes, path.hops()));
            ids.addAll(nodes);
            for (int i = 1; i < nodes.size(); i++) {
                pairs.add(List.of(nodes.get(i - 1), nodes.get(i)));
            }
        }
        return answer(request, date, List.of(from, to), paths, ids, pairs);
    }

    @GetMapping("/network")
    @Operation(summary = "The network of shortest paths connecting 2..20 entities (ids repeated or comma-separated)")
    PathAnswer network(@RequestParam List<String> ids,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        List<String> terminals = ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Limits.between("ids", terminals.size(), 2, Limits.MAX_NETWORK_TERMINALS);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        Projection projection = projections.asOf(date);
        int[] nodes = terminals.stream().mapToInt(id -> node(projection, "ids", id)).toArray();
        ConnectingSubgraph subgraph = new ShortestPathConnectingNetwork(projection.graph()).connect(nodes);
        Set<String> members = new LinkedHashSet<>();
        for (int n : subgraph.nodes()) {
            members.add(projection.ids().id(n));
        }
        List<List<String>> pairs = new ArrayList<>();
        for (UndirectedEdge edge : subgraph.edges()) {
            pairs.add(List.of(projection.ids().id(edge.u()), projection.ids().id(edge.v())));
        }
        return answer(request, date, terminals, List.of(), members, pairs);
    }

    private PathAnswer answer(HttpServletRequest request, LocalDate date, List<String> terminals, List<PathIds> paths,
                              Set<String> ids, List<List<String>> pairs) {
        Map<String, EntityMatch> described = entities.describe(ids);
        List<Neighbourhood.Tie> ties = pairs.isEmpty() ? List.of() : entities.tiesBetween(pairs, date);
        AuditAttributes.returned(request, List.copyOf(ids));
        return new PathAnswer(date, terminals, paths, ids.stream().map(described::get).filter(m -> m != null).toList(), ties);
    }

    private static int node(Projection projection, String parameter, String id) {
        OptionalInt node = projection.ids().node(id);
        if (node.isEmpty()) {
            throw new NotFoundException("no entity '" + id + "' (" + parameter + ") in the graph as of " + projection.spec().asOf());
        }
        return node.getAsInt();
    }
}
