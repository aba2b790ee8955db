package org.kyosei.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.kyosei.audit.AuditRecord;
import org.kyosei.audit.TerminalText;
import org.kyosei.audit.TrailReader;
import org.kyosei.query.QueryResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kyosei audit show}: who did what, when, under which case, with which result. Stored text came from outside
 * (a search, a header, a command line), so control characters are printed escaped in every format: nothing stored
 * can drive the auditor's terminal.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Lists the audit trail (archived records included), oldest first; this listing is itself recorded.")
final class AuditShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/neo4j",
            description = "The embedded store whose trail (the 'audit' folder beside it) to list (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--subject", paramLabel = "ID", description = "Only records that returned or named this entity id.")
    String subject;

    @Option(names = "--user", paramLabel = "NAME", description = "Only records of this user.")
    String user;

    @Option(names = "--since", paramLabel = "DATE", description = "Only records from this day on (local time).")
    LocalDate since;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Predicate<AuditRecord> filter = r -> true;
        if (subject != null) {
            filter = filter.and(r -> r.concerns(subject));
        }
        if (user != null) {
            filter = filter.and(r -> r.user().equals(user));
        }
        if (since != null) {
            Instant from = since.atStartOfDay(ZoneId.systemDefault()).toInstant();
            filter = filter.and(r -> !r.time().isBefore(from));
        }
        List<AuditRecord> records = new TrailReader(AuditSettings.dirFor(spec)).read(filter);
        RowPrinter.print(table(records), format, spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private QueryResult table(List<AuditRecord> records) {
        List<String> columns = List.of("seq", "time", "user", "role", "action", "case", "outcome", "id_count", "ids",
                "parameters");
        List<List<Object>> rows = new ArrayList<>();
        for (AuditRecord r : records) {
            String ids = shown(r.idDigest().isEmpty() ? String.join(" ", r.ids()) : "sha256:" + r.idDigest());
            if (format == OutputFormat.TABLE && ids.length() > 60) {
                ids = ids.substring(0, 57) + "...";
            }
            List<Object> row = new ArrayList<>();
            row.add(r.seq());
            row.add(r.time().toString());
            row.add(shown(r.user()));
            row.add(shown(r.role()));
            row.add(shown(r.action()));
            row.add(shown(r.caseReference()));
            row.add(shown(r.outcome()));
            row.add(r.idCount());
            row.add(format == OutputFormat.JSON ? (r.idDigest().isEmpty() ? r.ids() : ids) : ids);
            row.add(format == OutputFormat.JSON ? r.parameters() : parameters(r));
            rows.add(row);
        }
        return new QueryResult(columns, rows, false);
    }

    /** The text as printed: escaped for a table or CSV; JSON escapes it as it writes ({@link RowPrinter}). */
    private String shown(String text) {
        return format == OutputFormat.JSON ? text : TerminalText.printable(text);
    }

    private String parameters(AuditRecord r) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(r.parameters()).forEach((k, v) -> text.append(text.isEmpty() ? "" : " ").append(k).append('=').append(v));
        String all = TerminalText.printable(text.toString());
        return format == OutputFormat.TABLE && all.length() > 80 ? all.substring(0, 77) + "..." : all;
    }
}
