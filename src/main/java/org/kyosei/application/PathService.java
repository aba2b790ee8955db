package org.kyosei.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.kyosei.analytics.paths.ConnectingSubgraph;
import org.kyosei.analytics.paths.Path;
import org.kyosei.analytics.paths.ShortestPathConnectingNetwork;
import org.kyosei.analytics.paths.YenKShortestPaths;
import org.kyosei.analytics.structure.UndirectedEdge;
import org.kyosei.application.port.EntityReads;
import org.kyosei.projection.Projection;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.Neighbourhood;

/**
 * Paths on the graph as of a day: the K shortest loopless paths between two entities (Yen), and the network of
 * shortest paths connecting several; with the entities and stored relationships along them.
 */
public final class PathService {
    /** One path: its entity ids in order and its length. */
    public record PathIds(List<String> nodes, int hops) {
    }

    /** Paths (or a connecting network) with the entities and stored relationships along them. */
    public record PathAnswer(LocalDate asOf, List<String> terminals, List<PathIds> paths, List<EntityMatch> nodes,
                             List<Neighbourhood.Tie> ties) {
    }

    /** The K shortest paths as of a day, shortest first. */
    public record Found(LocalDate asOf, List<PathIds> paths) {
    }

    private final Function<LocalDate, Projection> projections;
    private final EntityReads entities;

    /** @param projections the whole graph as of a day (kept between requests by the service, read anew by a command) */
    public PathService(Function<LocalDate, Projection> projections, EntityReads entities) {
        this.projections = projections;
        this.entities = entities;
    }

    /**
     * The {@code k} shortest loopless paths from {@code from} to {@code to}.
     *
     * @throws UnknownEntityException naming {@code from} or {@code to} when it is not in the graph that day
     */
    public Found shortest(String from, String to, int k, LocalDate asOf) {
        Projection projection = projections.apply(asOf);
        int source = node(projection, "from", from);
        int target = node(projection, "to", to);
        List<PathIds> paths = new ArrayList<>();
        for (Path path : new YenKShortestPaths(projection.graph()).paths(source, target, k)) {
            paths.add(new PathIds(Arrays.stream(path.nodes()).mapToObj(n -> projection.ids().id(n)).toList(), path.hops()));
        }
        return new Found(projection.spec().asOf(), paths);
    }

    /** {@link #shortest} with the entities and the stored relationships along the paths, and the ids they show. */
    public Shown<PathAnswer> shortestDescribed(String from, String to, int k, LocalDate asOf) {
        Found found = shortest(from, to, k, asOf);
        List<List<String>> pairs = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (PathIds path : found.paths()) {
            List<String> nodes = path.nodes();
            ids.addAll(nodes);
            for (int i = 1; i < nodes.size(); i++) {
                pairs.add(List.of(nodes.get(i - 1), nodes.get(i)));
            }
        }
        return described(asOf, List.of(from, to), found.paths(), ids, pairs);
    }

    /**
     * The network of shortest paths connecting {@code terminals}, with its entities and stored relationships.
     *
     * @throws UnknownEntityException naming a terminal (parameter {@code ids}) that is not in the graph that day
     */
    public Shown<PathAnswer> network(List<String> terminals, LocalDate asOf) {
        Projection projection = projections.apply(asOf);
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
        return described(asOf, terminals, List.of(), members, pairs);
    }

    private Shown<PathAnswer> described(LocalDate date, List<String> terminals, List<PathIds> paths, Set<String> ids,
                                 List<List<String>> pairs) {
        Map<String, EntityMatch> described = entities.describe(ids);
        List<Neighbourhood.Tie> ties = pairs.isEmpty() ? List.of() : entities.tiesBetween(pairs, date);
        return new Shown<>(new PathAnswer(date, terminals, paths, ids.stream().map(described::get).filter(m -> m != null).toList(),
                ties), List.copyOf(ids));
    }

    private static int node(Projection projection, String parameter, String id) {
        OptionalInt node = projection.ids().node(id);
        if (node.isEmpty()) {
            throw new UnknownEntityException(id, parameter, projection.spec().asOf());
        }
        return node.getAsInt();
    }
}
