package org.kyosei.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kyosei audit verify|show|anchor}: the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of every command that read or changed data: check it is intact, list it, or sign its head.",
        subcommands = {AuditVerifyCommand.class, AuditShowCommand.class, AuditAnchorCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify, show or anchor");
    }
}
