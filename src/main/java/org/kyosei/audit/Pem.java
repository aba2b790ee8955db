package org.kyosei.audit;

import java.util.Base64;
import java.util.Optional;

/** PEM blocks ({@code -----BEGIN LABEL-----}, base64 in lines of 64, {@code -----END LABEL-----}), as openssl reads them. */
final class Pem {
    private Pem() {
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** The bytes of the first block with this label in the text; empty when there is none or it is not base64. */
    static Optional<byte[]> decode(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from);
        if (to < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to).strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
