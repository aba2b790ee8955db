package org.kyosei.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import org.kyosei.domain.DateParameters;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only lists the verbs; each verb is its own small class. */
@Command(name = "kyosei",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Graph analytics for the safety of foreign-resident communities: signs of criminal "
                + "organizations penetrating communities, and the people they victimize.",
        subcommands = {
                DemoCommand.class,
                GenerateCommand.class,
                ImportCommand.class,
                AnalyzeCommand.class,
                DetectCommand.class,
                ReportCommand.class,
                EvaluateCommand.class,
                DisruptCommand.class,
                PathCommand.class,
                EgoCommand.class,
                QueryCommand.class,
                CypherCommand.class,
                ServeCommand.class,
                UserCommand.class,
                AuditCommand.class,
                CommandLine.HelpCommand.class
        })
public final class KyoseiCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final KyoseiEnvironment environment;

    private KyoseiCommand(KyoseiEnvironment environment) {
        this.environment = environment;
    }

    /** The launcher's environment variables, read once at the entry point. */
    KyoseiEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see kyosei --help)");
    }

    /** Runs the command line and returns the exit code of CLI.md (0, 1 user error, 2 usage, 3 rows set aside). */
    public static int execute(KyoseiEnvironment environment, String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), environment).execute(args);
    }

    /** A configured command line writing to the given streams, in the given environment (tests capture and set them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, KyoseiEnvironment environment) {
        CommandLine commandLine = new CommandLine(new KyoseiCommand(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // --as-of, --since, --end ...: one rule for dates, one line without an exception's name when refused (exit 2)
        commandLine.registerConverter(LocalDate.class, text -> {
            try {
                return DateParameters.parse(null, text);
            } catch (DateParameters.BadDateException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        // a value that does not convert (a malformed date, a word for a number): one line, without the usage text
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((ex, args) -> {
            if (!(ex.getCause() instanceof CommandLine.TypeConversionException)) {
                return usage.handleParseException(ex, args);
            }
            ex.getCommandLine().getErr().println("kyosei: " + ex.getMessage().replaceAll("\\R", " ")
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help')");
            return ExitCodes.USAGE;
        });
        AuditedExecution.install(commandLine);
        return commandLine;
    }
}
