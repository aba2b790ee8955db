package org.kyosei.application;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code kyosei.*}); {@code kyosei serve} sets the folders from its options.
 *
 * @param reportsDir where weekly reports are found ({@code reports/DATE/} or {@code reports/YYYY-Www/})
 * @param auditDir   the audit trail the auditor's screen reads; empty when the service writes none to a folder
 * @param web        how often the service's in-memory copies are refreshed
 */
@ConfigurationProperties("kyosei")
public record ServiceProperties(@DefaultValue("reports") Path reportsDir, @DefaultValue("") String auditDir,
                                @DefaultValue Web web) {
    /**
     * @param snapshotMinutes            minutes between checks for changes of the in-memory graph of searches and
     *                                   neighbourhoods (0: read once)
     * @param analystModelRecheckSeconds seconds between checks for changes of the analysts' read model: any commit
     *                                   (a review decision too) makes the next check rebuild it, about a minute of
     *                                   one core at 100,000 people, so at most one rebuild per period
     */
    public record Web(@DefaultValue("5") long snapshotMinutes, @DefaultValue("300") long analystModelRecheckSeconds) {
    }
}
