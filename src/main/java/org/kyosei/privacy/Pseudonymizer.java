package org.kyosei.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for entity ids: a keyed HMAC-SHA256, so the same id always gets the same pseudonym under
 * one key, and nobody without the key can map a pseudonym back or test a guessed id.
 */
public final class Pseudonymizer {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    private Pseudonymizer(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonymisation key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static Pseudonymizer withKey(byte[] key) {
        return new Pseudonymizer(key);
    }

    /** The pseudonym of an id: {@code "P-"} and the first 12 hex digits of its HMAC. */
    public String pseudonym(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return "P-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
