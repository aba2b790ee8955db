package org.kyosei.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kyosei.security.PasswordPolicy;
import org.kyosei.security.Role;
import org.kyosei.wiring.KyoseiContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kyosei user add NAME --role ROLE} and {@code kyosei user list}: the service's users, kept in the graph. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Users of 'kyosei serve' (stored in the graph, bcrypt).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Creates a user or updates its role and password. Password from KYOSEI_PASSWORD, else asked twice on the terminal.",
                    "The password needs 12 or more characters, must not contain the user name and must not be a common one."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "User name (1-64 of A-Z a-z 0-9 _ . @ -).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "ANALYST, INVESTIGATOR, OFFICE, AUDITOR or ADMIN.")
        Role role;

        @Override
        public Integer call() {
            String password = password();
            try {
                PasswordPolicy.check(name, password); // before the store is opened
            } catch (PasswordPolicy.WeakPasswordException e) {
                throw new UserException(e.getMessage());
            }
            try (KyoseiContext graph = KyoseiContext.open(database.target())) {
                boolean existed = graph.users().addOrUpdate(name, role, password);
                spec.commandLine().getOut().println((existed ? "updated" : "created") + " user " + name + " (" + role + ")");
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            return ExitCodes.OK;
        }

        private String password() {
            Optional<String> fromEnv = Optional.ofNullable(KyoseiEnvironment.of(spec).variables().get("KYOSEI_PASSWORD"))
                    .filter(v -> !v.isEmpty());
            if (fromEnv.isPresent()) {
                return fromEnv.get();
            }
            Console console = System.console();
            if (console == null) {
                throw new UserException("no password: set KYOSEI_PASSWORD or run 'kyosei user add' on a terminal");
            }
            char[] first = console.readPassword("password for %s: ", name);
            char[] second = console.readPassword("again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new UserException("the two passwords for user " + name + " differ");
            }
            return new String(first);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (KyoseiContext graph = KyoseiContext.open(database.target())) {
                TextTable table = new TextTable("name", "role");
                graph.userDirectory().all().forEach(u -> table.row(u.name(), u.role()));
                table.print(spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        }
    }
}
