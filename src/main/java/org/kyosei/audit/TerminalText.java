package org.kyosei.audit;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Stored text made safe to print: control characters (C0, DEL, C1, which terminals obey: ESC starts an escape
 * sequence), format characters (bidirectional overrides that reorder what a reader sees) and line or paragraph
 * separators are shown escaped as JSON escapes them (a backslash, 'u' and four hex digits per UTF-16 unit), so
 * nothing stored can drive the terminal that shows it.
 */
public final class TerminalText {
    /**
     * For a JSON generator: escapes what {@link #escaped} names (JSON itself escapes only C0), so that the JSON, byte
     * for byte, holds no control character while still parsing back to the stored values exactly.
     */
    public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
        private final int[] ascii = ascii();

        private static int[] ascii() {
            int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
            codes[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return escaped(ch) && !Character.isSurrogate((char) ch) ? new SerializedString(escape((char) ch)) : null;
        }
    };

    private TerminalText() {
    }

    /** Whether the character is shown as an escape. */
    public static boolean escaped(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** The escape of one UTF-16 unit: a backslash, {@code u} and four lower-case hex digits. */
    public static String escape(char unit) {
        return String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit);
    }

    /** The text with every {@link #escaped} character replaced by its escape (per UTF-16 unit); null becomes "". */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int units = Character.charCount(codePoint);
            if (escaped(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                for (int k = i; k < i + units; k++) {
                    out.append(escape(text.charAt(k)));
                }
            } else if (out != null) {
                out.append(text, i, i + units);
            }
            i += units;
        }
        return out == null ? text : out.toString();
    }
}
