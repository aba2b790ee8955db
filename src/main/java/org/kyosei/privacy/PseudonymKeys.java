package org.kyosei.privacy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The pseudonymisation key of an installation: 32 random bytes in a file readable by its owner only, created
 * on first use and never overwritten (a new key would change every pseudonym already handed out).
 */
public final class PseudonymKeys {
    public static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PseudonymKeys() {
    }

    /**
     * The key in {@code file}, or a new random key written there (owner-only) when the file does not exist.
     *
     * @throws IllegalArgumentException when the file exists but is not a key, or others may read it
     */
    public static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return load(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read or create the pseudonymisation key: " + e.getMessage(), e);
        }
    }

    /** A pseudonymizer keyed with the key in {@code file} (created when absent). */
    public static Pseudonymizer pseudonymizer(Path file) {
        return Pseudonymizer.withKey(loadOrCreate(file));
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(parent, ".pseudonym-key", ".tmp", ownerOnly());
        try {
            Files.write(temp, key);
            try {
                // A hard link appears whole or not at all, and never replaces a key another process made meanwhile.
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                // keep the existing key
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] load(Path file) throws IOException {
        if (isPosix()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new IllegalArgumentException(file + ": the pseudonymisation key is readable by others ("
                        + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
            }
        }
        byte[] key = Files.readAllBytes(file);
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(file + ": not a pseudonymisation key (" + key.length + " bytes, expected "
                    + KEY_BYTES + ")");
        }
        return key;
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnly() {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }
}
