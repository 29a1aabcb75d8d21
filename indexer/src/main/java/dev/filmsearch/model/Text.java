package dev.filmsearch.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Small text helpers shared by readers and the catalogue. Case changes always use {@link Locale#ROOT}.
 *
 * <p>Written as loops over characters rather than regular expressions: the catalogue calls {@link #fold},
 * {@link #titleKey} and {@link #slug} several times for every film it reads, and a profile of a 10M-record build
 * put the regex versions at about a sixth of the reading phase. ASCII text, most of every corpus, takes a fast path
 * that never allocates a normaliser buffer. Letters and digits in keys and slugs are ASCII ones only: other scripts
 * are dropped from keys, as {@code \p{Alnum}} did.
 */
public final class Text {
    private Text() {
    }

    /** Trims (including no-break spaces), collapses runs of white space to one space; null when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null && (c != ' ' || end - i > 1)) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                if (out != null) {
                    out.append(' ');
                }
                i = end;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        String s = (out == null ? text : out.toString()).strip();
        return s.isEmpty() ? null : s;
    }

    /** The spaces {@link #clean} collapses: ASCII white space and the no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Lower case without accents: "Patricio Guzmán" → "patricio guzman", "Nuñez" → "nunez". */
    public static String fold(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length() + 4);
        for (int at = 0; at < decomposed.length(); ) {
            int cp = decomposed.codePointAt(at);
            at += Character.charCount(cp);
            switch (Character.getType(cp)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> { }
                default -> appendFolded(out, cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The letters NFKD does not decompose but a reader types without their stroke or as two letters. */
    private static void appendFolded(StringBuilder out, int cp) {
        switch (cp) {
            case 'ø' -> out.append('o');
            case 'Ø' -> out.append('O');
            case 'ł' -> out.append('l');
            case 'Ł' -> out.append('L');
            case 'ß' -> out.append("ss");
            case 'æ' -> out.append("ae");
            case 'Æ' -> out.append("AE");
            case 'œ' -> out.append("oe");
            case 'Œ' -> out.append("OE");
            default -> out.appendCodePoint(cp);
        }
    }

    /**
     * The key two titles are compared by: folded, every run of non-letters/digits removed, so
     * "The Godfather: Part II" and "the godfather part ii" match. A leading article is kept.
     */
    public static String titleKey(String title) {
        String folded = fold(title);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isAsciiAlnum(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** URL-safe slug: "Salvador Allende" + 2004 → "salvador-allende-2004"; empty input gives "untitled". */
    public static String slug(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isAsciiAlnum(c)) {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.isEmpty() ? "untitled" : out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
