package org.kyosei.audit;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

/**
 * The public half of the audit signing key: what {@code audit verify} trusts. Its id is the first 16 hex digits of
 * the SHA-256 of its X.509 encoding, so an anchor names the key that signed it.
 */
public record VerifyingKey(String id, PublicKey key) {
    public static VerifyingKey of(PublicKey key) {
        return new VerifyingKey(ResultDigest.of(key.getEncoded()).substring(0, 16), key);
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code text}; false for anything malformed. */
    public boolean verifies(byte[] text, byte[] signature) {
        try {
            Signature check = Signature.getInstance(SigningKey.ALGORITHM);
            check.initVerify(key);
            check.update(text);
            return check.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The key as a PEM "PUBLIC KEY" block (X.509 SubjectPublicKeyInfo), readable by openssl. */
    String pem() {
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    @Override
    public String toString() {
        return "Ed25519 key " + id + " (" + HexFormat.of().formatHex(key.getEncoded()).substring(24) + ")";
    }
}
