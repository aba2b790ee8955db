package org.kyosei.web;

import java.time.Clock;
import java.time.LocalDate;

import org.kyosei.application.BrokerPanelService;
import org.kyosei.application.BrokerPanelService.BrokerPanel;
import org.kyosei.application.Shown;
import org.kyosei.security.AuditAttributes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** A broker's panel ({@link BrokerPanelService}). */
@RestController
@Tag(name = "brokers", description = "INVESTIGATOR; header X-Kyosei-Case required")
class BrokerController {
    private final BrokerPanelService panels;
    private final Clock clock;

    BrokerController(BrokerPanelService panels, Clock clock) {
        this.panels = panels;
        this.clock = clock;
    }

    @GetMapping("/api/brokers/{id}/panel")
    @Operation(summary = "A broker's panel: placements by week, fees, employers supplied, shared identifiers, ties to organizations")
    BrokerPanel panel(@PathVariable String id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @RequestHeader(name = CaseReference.HEADER, required = false) String caseReference, HttpServletRequest request) {
        CaseReference.require(caseReference);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        Shown<BrokerPanel> shown = panels.panel(id, date).orElseThrow(() -> new NotFoundException("no broker '" + id + "'"));
        AuditAttributes.returned(request, shown.ids());
        return shown.answer();
    }
}
