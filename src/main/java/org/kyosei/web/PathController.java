package org.kyosei.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.kyosei.application.Bounds;
import org.kyosei.application.PathService;
import org.kyosei.application.PathService.PathAnswer;
import org.kyosei.application.Shown;
import org.kyosei.application.UnknownEntityException;
import org.kyosei.security.AuditAttributes;
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
    private final PathService paths;
    private final Clock clock;

    PathController(PathService paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The K (1..20) shortest loopless paths between two entities as of a date")
    PathAnswer paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "3") int k,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                     @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        Limits.between("k", k, 1, Bounds.MAX_K);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        return answer(request, () -> paths.shortestDescribed(from, to, k, date));
    }

    @GetMapping("/network")
    @Operation(summary = "The network of shortest paths connecting 2..20 entities (ids repeated or comma-separated)")
    PathAnswer network(@RequestParam List<String> ids,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        List<String> terminals = ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Limits.between("ids", terminals.size(), 2, Bounds.MAX_NETWORK_TERMINALS);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        return answer(request, () -> paths.network(terminals, date));
    }

    private static PathAnswer answer(HttpServletRequest request, Supplier<Shown<PathAnswer>> search) {
        Shown<PathAnswer> shown;
        try {
            shown = search.get();
        } catch (UnknownEntityException e) {
            throw new NotFoundException(e.getMessage());
        }
        AuditAttributes.returned(request, shown.ids());
        return shown.answer();
    }
}
