package org.kyosei.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.kyosei.application.Bounds;
import org.kyosei.application.GraphExports;
import org.kyosei.application.NeighbourhoodPages;
import org.kyosei.application.NeighbourhoodService;
import org.kyosei.query.Neighbourhood;
import org.kyosei.query.NeighbourhoodExpansion;
import org.kyosei.security.AuditAttributes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A neighbourhood as a file (role INVESTIGATOR, with a case reference): GraphML, GEXF, or CSV of its entities or
 * ties. It holds what a client that paged up to {@code (offset, limit)} shows: the centre, the first
 * {@code offset+limit} entities and all their ties ({@link NeighbourhoodPages#upTo}).
 */
@RestController
@Tag(name = "entities", description = "INVESTIGATOR; header X-Kyosei-Case required")
class NeighbourhoodExportController {
    private final NeighbourhoodService screens;
    private final Clock clock;

    NeighbourhoodExportController(NeighbourhoodService screens, Clock clock) {
        this.screens = screens;
        this.clock = clock;
    }

    @GetMapping("/api/entities/{id}/neighbourhood/export")
    @Operation(summary = "The neighbourhood (as far as the page named by offset and limit) as GraphML, GEXF, "
            + "or CSV of its entities (csv-nodes) or ties (csv-ties)")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(required = false) String format,
                                  @RequestParam(defaultValue = "1") int hops, @RequestParam(defaultValue = "200") int limit,
                                  @RequestParam(defaultValue = "0") int offset,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference,
                                  HttpServletRequest request) {
        CaseReference.require(caseReference);
        GraphExports.Format chosen = GraphExports.Format.named(format).orElseThrow(() -> BadParameterException.localized("format", "export.format"));
        Limits.between("hops", hops, 1, Bounds.MAX_HOPS);
        Limits.between("limit", limit, 1, Bounds.MAX_NEIGHBOURHOOD);
        Limits.between("offset", offset, 0, NeighbourhoodPages.MAX_OFFSET);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        NeighbourhoodExpansion.Expansion found = NeighbourhoodPages.upTo(screens::expand, id, hops, date, offset, limit)
                .orElseThrow(() -> NotFoundException.localized("entity.unknown", id));
        Neighbourhood neighbourhood = found.neighbourhood();
        StringWriter out = new StringWriter();
        GraphExports.write(neighbourhood, chosen, out);
        AuditAttributes.returned(request, neighbourhood.nodes().stream().map(Neighbourhood.Member::id).toList());
        String file = "neighbourhood-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + date + "." + chosen.extension();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(chosen.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
