package org.kyosei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.kyosei.audit.AuditException;
import org.kyosei.ingest.DatasetException;
import org.kyosei.application.port.StorageException;

import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and an exit code, never a stack trace. Failures
 * that are not the user's are logged in full to {@code kyosei-error.log} in the temp folder.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserException || e instanceof DatasetException || e instanceof StorageException
                || e instanceof IllegalArgumentException || e instanceof AuditException) {
            err.println("kyosei: " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            err.println("kyosei: " + e.getMessage());
            return ExitCodes.USER_ERROR;
        }
        Path log = logFully(e);
        err.println("kyosei: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (log == null ? "" : " (details in " + log + ")"));
        return ExitCodes.USER_ERROR;
    }

    private static Path logFully(Exception e) {
        try {
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "kyosei-error.log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, Instant.now() + "\n" + trace + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException ignored) {
            return null;
        }
    }
}
