package org.kyosei.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Set;

/**
 * The files of the audit signing key. The private key (PEM, PKCS#8, with its public key after it) lives outside the
 * audit folder, owner-only, created once and never overwritten, the way {@code privacy.PseudonymKeys} keeps its key;
 * a file others may read is refused. Its public key is written beside it as {@code NAME.pub} (PEM, X.509), the copy
 * to hand to whoever verifies the trail.
 */
public final class SigningKeys {
    /** The private key's file name in the default {@code keys} folder. */
    public static final String DEFAULT_NAME = "audit-signing.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final byte[] PROBE = "kyosei audit key check".getBytes(StandardCharsets.UTF_8);

    private SigningKeys() {
    }

    /** {@code audit-signing.key} → {@code audit-signing.pub}; any other name gets {@code .pub} appended. */
    public static Path publicFileFor(Path privateFile) {
        String name = privateFile.getFileName().toString();
        String base = name.endsWith(".key") ? name.substring(0, name.length() - 4) : name;
        return privateFile.resolveSibling(base + ".pub");
    }

    /**
     * The key in {@code privateFile}, made (owner-only) when the file does not exist; writes the public key beside it
     * when that file is missing.
     *
     * @throws AuditException when the file is not a key, others may read it, or the public file beside it is another key
     */
    public static SigningKey loadOrCreate(Path privateFile) {
        try {
            if (!Files.exists(privateFile)) {
                create(privateFile);
            }
            SigningKey key = load(privateFile);
            Path publicFile = publicFileFor(privateFile);
            if (!Files.exists(publicFile)) {
                writeNew(publicFile, key.verifying().pem().getBytes(StandardCharsets.US_ASCII));
            } else if (!loadPublic(publicFile).key().equals(key.verifying().key())) {
                throw new AuditException(publicFile + " is not the public half of " + privateFile
                        + ": anchors signed now could not be verified with it");
            }
            return key;
        } catch (IOException e) {
            throw new AuditException(privateFile + ": cannot read or create the audit signing key: " + e.getMessage(), e);
        }
    }

    /** A public key file as {@code audit verify} trusts it. */
    public static VerifyingKey loadPublic(Path publicFile) {
        String text = read(publicFile);
        byte[] der = Pem.decode(text, "PUBLIC KEY").orElseThrow(
                () -> new AuditException(publicFile + ": not a public key (no PEM PUBLIC KEY block)"));
        try {
            return VerifyingKey.of(KeyFactory.getInstance(SigningKey.ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new AuditException(publicFile + ": not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    private static SigningKey load(Path file) throws IOException {
        if (TrailFolder.posix()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new AuditException(file + ": the audit signing key is readable by others ("
                        + PosixFilePermissions.toString(permissions) + "); chmod 600 it, or better make a new one");
            }
        }
        String text = read(file);
        byte[] privateDer = Pem.decode(text, "PRIVATE KEY").orElse(null);
        byte[] publicDer = Pem.decode(text, "PUBLIC KEY").orElse(null);
        if (privateDer == null || publicDer == null) {
            throw new AuditException(file + ": not an audit signing key (a PEM PRIVATE KEY and PUBLIC KEY block expected)");
        }
        SigningKey key;
        try {
            KeyFactory factory = KeyFactory.getInstance(SigningKey.ALGORITHM);
            key = new SigningKey(factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer)),
                    VerifyingKey.of(factory.generatePublic(new X509EncodedKeySpec(publicDer))));
        } catch (GeneralSecurityException e) {
            throw new AuditException(file + ": not an Ed25519 key: " + e.getMessage(), e);
        }
        if (!key.verifying().verifies(PROBE, key.sign(PROBE))) {
            throw new AuditException(file + ": its private and public keys do not belong together");
        }
        return key;
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        new TrailFolder(parent).create();
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(SigningKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AuditException("this Java has no Ed25519: " + e.getMessage(), e);
        }
        SigningKey key = new SigningKey(pair.getPrivate(), VerifyingKey.of(pair.getPublic()));
        writeNew(file, key.pem().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Writes an owner-only temporary file and links it to {@code file}: the file appears whole or not at all, and a
     * key another process made meanwhile is kept.
     */
    private static void writeNew(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".audit-key", ".tmp", TrailIo.ownerOnly());
        try {
            Files.write(temp, bytes);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                // keep the one already there
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new AuditException("no key file " + file, e);
        } catch (IOException e) {
            throw new AuditException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
