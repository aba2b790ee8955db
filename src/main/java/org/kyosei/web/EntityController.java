package org.kyosei.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kyosei.application.Bounds;
import org.kyosei.application.EntityService;
import org.kyosei.application.NeighbourhoodService;
import org.kyosei.application.NeighbourhoodPages;
import org.kyosei.query.EntityMatch;
import org.kyosei.query.EntityView;
import org.kyosei.query.Neighbourhood;
import org.kyosei.security.AuditAttributes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Search, one entity, and its capped, paged neighbourhood (role INVESTIGATOR, with a case reference). Search and
 * neighbourhoods read the in-memory graph once it is loaded, the database before.
 */
@RestController
@RequestMapping("/api/entities")
@Tag(name = "entities", description = "INVESTIGATOR; header X-Kyosei-Case required")
class EntityController {
    private final EntityService entities;
    private final NeighbourhoodService screens;
    private final Clock clock;

    EntityController(EntityService entities, NeighbourhoodService screens, Clock clock) {
        this.entities = entities;
        this.screens = screens;
        this.clock = clock;
    }

    /** The search answer: hits, best first. */
    record SearchResult(String q, List<EntityMatch> entities) {
    }

    /** A page of a neighbourhood; {@code more} counts entities beyond it (a lower bound when {@code moreAtLeast}). */
    record NeighbourhoodPage(String centre, LocalDate asOf, int hops, int offset, int limit, List<Node> nodes,
                             List<Neighbourhood.Tie> ties, long more, boolean moreAtLeast) {
    }

    /** An entity in a neighbourhood page. */
    record Node(String id, String label, String name, int hop) {
    }

    @GetMapping
    @Operation(summary = "Entities whose id or name matches q (every word a prefix of an id or name word)")
    SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit,
                        @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        if (q.isBlank() || q.length() > 200) {
            throw BadParameterException.localized("q", "search.q");
        }
        Limits.between("limit", limit, 1, Bounds.MAX_SEARCH);
        List<EntityMatch> hits = entities.search(q.strip(), limit);
        AuditAttributes.returned(request, hits.stream().map(EntityMatch::id).toList());
        return new SearchResult(q, hits);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entity with its properties and scores")
    EntityView entity(@PathVariable String id, @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference,
                      HttpServletRequest request) {
        CaseReference.require(caseReference);
        EntityView view = entities.find(id).orElseThrow(() -> NotFoundException.localized("entity.unknown", id));
        AuditAttributes.returned(request, List.of(view.id()));
        return view;
    }

    @GetMapping("/{id}/neighbourhood")
    @Operation(summary = "Entities and relationships around an entity as of a date: strongest and most recent ties first, "
            + "paged by offset and limit (each page: the centre, its entities and the ties it adds to the earlier pages), "
            + "saying how many more there are")
    NeighbourhoodPage neighbourhood(@PathVariable String id, @RequestParam(defaultValue = "1") int hops,
                                    @RequestParam(defaultValue = "200") int limit, @RequestParam(defaultValue = "0") int offset,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference,
                                    HttpServletRequest request) {
        CaseReference.require(caseReference);
        Limits.between("hops", hops, 1, Bounds.MAX_HOPS);
        Limits.between("limit", limit, 1, Bounds.MAX_NEIGHBOURHOOD);
        Limits.between("offset", offset, 0, NeighbourhoodPages.MAX_OFFSET);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        NeighbourhoodPages.Page found = NeighbourhoodPages.page(screens::expand, id, hops, date, offset, limit)
                .orElseThrow(() -> NotFoundException.localized("entity.unknown", id));
        List<Node> nodes = new ArrayList<>(found.nodes().size());
        for (Neighbourhood.Member m : found.nodes()) {
            nodes.add(new Node(m.id(), m.label(), m.name(), m.hop()));
        }
        AuditAttributes.returned(request, nodes.stream().map(Node::id).toList());
        return new NeighbourhoodPage(id, date, hops, offset, limit, nodes, found.ties(), found.more(), found.moreAtLeast());
    }
}
