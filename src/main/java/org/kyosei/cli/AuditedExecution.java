package org.kyosei.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.kyosei.audit.AuditEvent;
import org.kyosei.audit.AuditException;
import org.kyosei.audit.FileAuditLog;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one place where CLI runs are audited. Every subcommand except those that touch no data
 * ({@link #NOT_AUDITED}) gets {@code --case REF} and {@code --audit-dir DIR}, and each run writes two records
 * to the trail: {@code STARTED} before the command runs (so a command whose run cannot be recorded does not
 * run at all) and its outcome afterwards ({@code OK}, {@code PARTIAL} for an import that set rows aside,
 * {@code REFUSED}, {@code FAILED}, {@code USAGE_ERROR}) with the ids it returned (commands implementing
 * {@link ReturnsIds}). {@code audit verify} only writes its outcome, so it can still examine a damaged trail.
 * The user is the OS user, the role {@code CLI}. After its outcome, the trail's head is signed into the anchors
 * folder ({@link org.kyosei.audit.TrailAnchors}); a run whose anchor cannot be signed says so on stderr but keeps its
 * exit code, since it already ran and was recorded.
 */
final class AuditedExecution implements CommandLine.IExecutionStrategy {
    /** Commands that read and change no data: a new command is audited unless it is listed here. */
    static final Set<String> NOT_AUDITED = Set.of("generate", "help");
    static final String ROLE = "CLI";
    private static final Set<String> OUTCOME_ONLY = Set.of("audit verify");
    private static final Set<String> NEVER_RECORDED_OPTIONS = Set.of("--password", AuditSettings.CASE_OPTION,
            AuditSettings.AUDIT_DIR_OPTION);

    private CommandLine.ParameterException recordedUsageError;

    /** Adds the audit options to every audited subcommand and routes execution and usage errors through the trail. */
    static void install(CommandLine root) {
        AuditedExecution execution = new AuditedExecution();
        addOptions(root);
        root.setExecutionStrategy(execution);
        CommandLine.IParameterExceptionHandler usage = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler((ex, args) -> {
            if (ex != execution.recordedUsageError) {
                execution.recordUsageError(ex);
            }
            return usage.handleParseException(ex, args);
        });
    }

    private static void addOptions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (audited(sub.getCommandSpec()) && sub.getCommandSpec().findOption(AuditSettings.CASE_OPTION) == null) {
                sub.getCommandSpec().addOption(OptionSpec.builder(AuditSettings.CASE_OPTION).paramLabel("REF").type(String.class)
                        .description("Case or purpose reference recorded in the audit trail (env KYOSEI_CASE).").build());
                sub.getCommandSpec().addOption(OptionSpec.builder(AuditSettings.AUDIT_DIR_OPTION).paramLabel("DIR").type(String.class)
                        .description("Audit trail folder (env KYOSEI_AUDIT_DIR; default: 'audit' beside the store).").build());
            }
            addOptions(sub);
        }
    }

    static boolean audited(CommandSpec command) {
        return command.parent() != null && !NOT_AUDITED.contains(command.name()) && !NOT_AUDITED.contains(action(command));
    }

    private static String action(CommandSpec command) {
        String qualified = command.qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? qualified : qualified.substring(space + 1);
    }

    @Override
    public int execute(ParseResult parseResult) {
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandSpec command = leaf.commandSpec();
        if (!audited(command)) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        Run run = new Run(command, parameters(leaf));
        if (!OUTCOME_ONLY.contains(run.action)) {
            run.record("STARTED", List.of(), null);
        }
        int code;
        try {
            code = new CommandLine.RunLast().execute(parseResult);
        } catch (CommandLine.ParameterException e) {
            recordedUsageError = e;
            run.record("USAGE_ERROR", List.of(), e.getMessage());
            throw e;
        } catch (CommandLine.ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage());
            try {
                run.record(message.startsWith("refused") ? "REFUSED" : "FAILED", returnedIds(command), message);
            } catch (CommandLine.ExecutionException auditFailure) {
                e.addSuppressed(auditFailure);                 // the command's own error is the one to show
            }
            throw e;
        }
        String outcome = switch (code) {
            case ExitCodes.OK -> "OK";
            case ExitCodes.ROWS_SET_ASIDE -> "PARTIAL";
            case ExitCodes.USAGE -> "USAGE_ERROR";
            default -> "FAILED";
        };
        run.record(outcome, returnedIds(command), null);
        return code;
    }

    private void recordUsageError(CommandLine.ParameterException ex) {
        CommandSpec command = ex.getCommandLine().getCommandSpec();
        if (!audited(command)) {
            return;
        }
        try {
            new Run(command, Map.of()).record("USAGE_ERROR", List.of(), ex.getMessage());
        } catch (RuntimeException e) {
            // a usage error read nothing; its record is best effort and the usage message still goes out
        }
    }

    private static List<String> returnedIds(CommandSpec command) {
        return command.userObject() instanceof ReturnsIds returns ? returns.returnedIds() : List.of();
    }

    /** The options and positional parameters the user gave (never a password), by name. */
    private static Map<String, String> parameters(ParseResult leaf) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (OptionSpec option : leaf.matchedOptions()) {
            if (!option.interactive() && !NEVER_RECORDED_OPTIONS.contains(option.longestName())) {
                parameters.put(option.longestName(), text(option));
            }
        }
        for (ArgSpec positional : leaf.matchedPositionals()) {
            parameters.put(positional.paramLabel(), text(positional));
        }
        return parameters;
    }

    private static String text(ArgSpec arg) {
        Object value = arg.getValue();
        return value == null ? "" : value.toString();
    }

    /** One audited run of a command: its action, parameters and a short id joining its two records. */
    private static final class Run {
        final CommandSpec command;
        final String action;
        final Map<String, String> parameters;
        final String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());

        Run(CommandSpec command, Map<String, String> parameters) {
            this.command = command;
            this.action = action(command);
            this.parameters = parameters;
        }

        void record(String outcome, List<String> ids, String error) {
            Map<String, String> all = new LinkedHashMap<>(parameters);
            all.put("run", runId);
            if (error != null) {
                all.put("error", error.lines().findFirst().orElse(""));
            }
            AuditEvent event = new AuditEvent(Instant.now(), System.getProperty("user.name", ""), ROLE, action, all,
                    AuditSettings.caseReference(command), new ArrayList<>(ids), outcome);
            try (FileAuditLog log = new FileAuditLog(AuditSettings.dirFor(command), AuditSettings.retention(command),
                    java.time.Clock.systemUTC())) {
                log.record(event);
            } catch (AuditException e) {
                throw new CommandLine.ExecutionException(command.commandLine(), e.getMessage(), e);
            }
            if (!outcome.equals("STARTED")) {
                anchor();
            }
        }

        /** Signs the head this run's outcome left; a failure is shown, not thrown. */
        private void anchor() {
            try {
                AuditSettings.anchors(command).anchorHead();
            } catch (AuditException | UserException e) {
                command.commandLine().getErr().println("kyosei: warning: no audit anchor was signed: " + e.getMessage());
                command.commandLine().getErr().flush();
            }
        }
    }
}
