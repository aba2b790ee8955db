package org.kyosei.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** The audit signing key (Ed25519, from the JDK) with its public half; only anchor writers hold one. */
public record SigningKey(PrivateKey privateKey, VerifyingKey verifying) {
    static final String ALGORITHM = "Ed25519";

    byte[] sign(byte[] text) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(text);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new AuditException("cannot sign with the audit key: " + e.getMessage(), e);
        }
    }

    /** Both halves as PEM blocks: the private key's file keeps its public key too (the JDK cannot derive it). */
    String pem() {
        return Pem.encode("PRIVATE KEY", privateKey.getEncoded()) + verifying.pem();
    }
}
