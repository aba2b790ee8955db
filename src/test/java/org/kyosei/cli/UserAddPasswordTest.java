package org.kyosei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.security.KyoseiUser;
import org.kyosei.store.Neo4jUserDirectory;
import org.kyosei.support.SharedNeo4j;

/**
 * {@code kyosei user add} reads the password from KYOSEI_PASSWORD, which a test JVM cannot set for itself: the command
 * runs in a child JVM (the test class path, the launcher's main class) against the shared server through Bolt.
 */
class UserAddPasswordTest {
    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run userAdd(String name, String password) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.kyosei.Kyosei", "user", "add", name, "--role", "ANALYST", "--uri", "bolt://127.0.0.1:" + SharedNeo4j.boltPort()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        builder.environment().put("KYOSEI_PASSWORD", password);
        builder.environment().put("KYOSEI_AUDIT_DIR", tmp.resolve("audit").toString());
        builder.environment().remove("KYOSEI_NEO4J_URI");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("user add finished").isTrue();
        return new Run(process.exitValue(), java.nio.file.Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void weakPasswordsAreRefusedWithOneLineAndExitOne() throws IOException, InterruptedException {
        SharedNeo4j.emptied();
        for (String weak : List.of("password", "Password2026!", "hanako-sato-1-2-3")) {
            Run run = userAdd("hanako-sato", weak);
            assertThat(run.exitCode()).as(weak + ": " + run.err()).isEqualTo(1);
            assertThat(run.err().strip()).as(weak).startsWith("kyosei: the password of user 'hanako-sato'").doesNotContain("\n")
                    .doesNotContain(weak.equals("password") ? "'password'" : weak).doesNotContain("Exception");
        }
        assertThat(new Neo4jUserDirectory(SharedNeo4j.driver()).find("hanako-sato")).isEmpty();
        Run created = userAdd("hanako-sato", "Fx-9-staple-battery");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("created user hanako-sato (ANALYST)");
        assertThat(new Neo4jUserDirectory(SharedNeo4j.driver()).find("hanako-sato")).map(KyoseiUser::name).contains("hanako-sato");
    }
}
