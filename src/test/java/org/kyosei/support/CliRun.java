package org.kyosei.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.kyosei.cli.KyoseiCommand;
import org.kyosei.cli.KyoseiEnvironment;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {
    /**
     * The environment the commands of the tests run in: this process's, with {@code KYOSEI_AUDIT_DIR} a temporary
     * trail (nested, so that the signing key and anchors made beside it stay in a folder of this run) unless set.
     */
    public static final KyoseiEnvironment ENVIRONMENT = testEnvironment();

    private static KyoseiEnvironment testEnvironment() {
        KyoseiEnvironment process = KyoseiEnvironment.ofProcess();
        if (process.get("KYOSEI_AUDIT_DIR").isPresent()) {
            return process;
        }
        try {
            return process.with("KYOSEI_AUDIT_DIR",
                    java.nio.file.Files.createTempDirectory("kyosei-test").resolve("audit").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The pseudonym the command line gives an id when its audit trail is in {@code auditDir} (the key file
     * {@code pseudonym.key} beside that folder, as the commands find it).
     */
    public static String pseudonym(java.nio.file.Path auditDir, String id) {
        java.nio.file.Path key = auditDir.toAbsolutePath().normalize().resolveSibling("pseudonym.key");
        byte[] text = java.util.HexFormat.of().formatHex(org.kyosei.privacy.PseudonymKeys.loadOrCreate(key))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.kyosei.privacy.Pseudonymizer.withKey(text).pseudonym(id);
    }

    /** The pseudonym of an id for commands that use the tests' default audit folder. */
    public static String pseudonym(String id) {
        return pseudonym(java.nio.file.Path.of(ENVIRONMENT.get("KYOSEI_AUDIT_DIR").orElseThrow()), id);
    }

    public static CliRun of(String... args) {
        return in(ENVIRONMENT, args);
    }

    /** The command line run in the given environment (the launcher's KYOSEI_* variables). */
    public static CliRun in(KyoseiEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KyoseiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * {@code args} with {@code --audit-dir DIR} put after its first {@code words} words (the command's name, or
     * {@code audit verify}), so that even a usage error is recorded in that folder.
     */
    public static String[] withAuditDir(java.nio.file.Path audit, int words, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        all.addAll(words, java.util.List.of("--audit-dir", audit.toString()));
        return all.toArray(String[]::new);
    }

    /** The same command against the shared test server through its Bolt port (external mode). */
    public static CliRun external(String... args) {
        String[] withUri = new String[args.length + 2];
        System.arraycopy(args, 0, withUri, 0, args.length);
        withUri[args.length] = "--uri";
        withUri[args.length + 1] = "bolt://127.0.0.1:" + SharedNeo4j.boltPort();
        return of(withUri);
    }
}
