package org.kyosei.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeysTest {
    @TempDir
    Path tmp;

    @Test
    void createsAnOwnerOnlyRandomKeyOnceAndKeepsIt() throws Exception {
        Path file = tmp.resolve("keys/pseudonym.key");
        byte[] key = PseudonymKeys.loadOrCreate(file);
        assertThat(key).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PseudonymKeys.loadOrCreate(file)).isEqualTo(key);
        assertThat(PseudonymKeys.loadOrCreate(tmp.resolve("other.key"))).isNotEqualTo(key);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void pseudonymsAreStableUnderOneKeyAndDifferUnderAnother() {
        Pseudonymizer first = PseudonymKeys.pseudonymizer(tmp.resolve("a.key"));
        Pseudonymizer again = PseudonymKeys.pseudonymizer(tmp.resolve("a.key"));
        Pseudonymizer other = PseudonymKeys.pseudonymizer(tmp.resolve("b.key"));
        assertThat(first.pseudonym("P1")).isEqualTo(again.pseudonym("P1")).matches("P-[0-9a-f]{12}");
        assertThat(first.pseudonym("P1")).isNotEqualTo(first.pseudonym("P2")).isNotEqualTo(other.pseudonym("P1"));
    }

    @Test
    void refusesAFileThatIsNotAKey() throws Exception {
        Path file = tmp.resolve("short.key");
        Files.write(file, new byte[7]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> PseudonymKeys.loadOrCreate(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(file + ": not a pseudonymisation key (7 bytes, expected 32)");
    }

    @Test
    void refusesAKeyOthersCanRead() throws Exception {
        Path file = tmp.resolve("open.key");
        PseudonymKeys.loadOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PseudonymKeys.loadOrCreate(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readable by others").hasMessageContaining("chmod 600");
    }
}
