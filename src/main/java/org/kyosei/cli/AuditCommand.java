package org.kyosei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kyosei audit verify|show}: the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of every command that read or changed data: check it is intact, or list it.",
        subcommands = {AuditVerifyCommand.class, AuditShowCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify or show");
    }
}
