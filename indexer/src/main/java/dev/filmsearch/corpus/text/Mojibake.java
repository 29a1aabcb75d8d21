package dev.filmsearch.corpus.text;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Repairs mojibake: text that was written in one character set and read back in another. Each repair is a pattern
 * found in a real data set, applied only where the damaged text cannot be a real word, so text that is right is
 * returned as it is.
 *
 * <ul>
 *   <li><b>UTF-8 read as windows-1252</b> ("AmÃ©lie", "EspaÃ±a", "Academy AwardÂ®"): a run of characters whose
 *       windows-1252 bytes form a UTF-8 sequence of two to four bytes, starting with Â–ô, is that sequence decoded.
 *       A sequence that decodes to a combining mark or a control character is not one ("“SÍ”" stays).
 *       Tried first; a text it repairs is not also given the Mac Roman repairs (one mis-decoding per text).</li>
 *   <li><b>Latin-1 read as Mac Roman</b> (vega-datasets: "La mala educaciÛn", "AmÈlie", "Die F‰lscher",
 *       "Per qualche dollaro in pi˘"): a lowercase accented letter, written as its windows-1252 byte 0xE0–0xFF and
 *       read as Mac Roman, shows as an accented capital or a symbol. It is repaired where it follows a letter, is
 *       not followed by a digit or a capital, and its word (the run of letters and such symbols around it) has a
 *       lowercase letter of its own; so capitals in "COLÈRE", "ATENCIÓN)", "PELÍCULA.El" or "Ó Súilleabháin"
 *       stay, and so do "Disney·UTV" and the Catalan "l·l" of "pel·lícula". Dotless ı (0xF5, a Turkish letter)
 *       is left alone.</li>
 *   <li><b>A windows-1252 ellipsis read as Mac Roman</b> ("I Love You Ö Don't Touch Me!"): "Ö" standing alone
 *       between spaces, before a capital, is "…" (the Swedish island of "Barnens Ö is a story" stays).</li>
 *   <li><b>A windows-1252 ½ read as Mac Roman</b> ("The Naked Gun 2Ω"): "Ω" right after a digit is "½".</li>
 * </ul>
 */
public final class Mojibake {
    /** Mac Roman's reading of the windows-1252 bytes 0xE0–0xFF (without ÷, ð, õ), and the letters they were. */
    static final String MAC_ROMAN_SEEN = "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔÒÚÛÙˆ¯˘˙˚¸˝˛ˇ";
    static final String LATIN_1_MEANT = "àáâãäåæçèéêëìíîïñòóôöøùúûüýþÿ";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** Every repair below: UTF-8 read as windows-1252, else the Mac Roman ones; null stays null. */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        String utf8 = repairUtf8ReadAsWindows1252(text);
        return utf8 != text ? utf8 : repairLatin1ReadAsMacRoman(text);
    }

    /** The three Mac Roman patterns: "AmÈlie" → "Amélie", "You Ö Don't" → "You … Don't", "2Ω" → "2½". */
    public static String repairLatin1ReadAsMacRoman(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char fixed = c;
            int seen = MAC_ROMAN_SEEN.indexOf(c);
            if (seen >= 0 && i > 0 && Character.isLetter(text.charAt(i - 1)) && beforeLowercaseOrEnd(text, i + 1)
                    && !catalanMiddleDot(text, i) && wordHasOwnLowercase(text, i)) {
                fixed = LATIN_1_MEANT.charAt(seen);
            } else if (c == 'Ö' && i > 0 && i + 2 < text.length() && text.charAt(i - 1) == ' '
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                fixed = '…';
            } else if (c == 'Ω' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                fixed = '½';
            }
            if (fixed != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(fixed);
            }
        }
        return out == null ? text : out.toString();
    }

    /** "AmÃ©lie" → "Amélie", "EspaÃ±a" → "España": UTF-8 bytes that were read as windows-1252. */
    public static String repairUtf8ReadAsWindows1252(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int length = utf8Length(text.charAt(i));
            String decoded = length > 0 && i + length <= text.length()
                    ? decodeUtf8(text.substring(i, i + length)) : null;
            if (decoded != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (decoded != null) {
                out.append(decoded);
                i += length;
            } else {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether the character at {@code next} (if any) is neither a digit nor a capital: a word goes on in lowercase. */
    private static boolean beforeLowercaseOrEnd(String text, int next) {
        if (next == text.length()) {
            return true;
        }
        char c = text.charAt(next);
        return !Character.isDigit(c) && !Character.isUpperCase(c);
    }

    /** "l·l": the Catalan middle dot between two l's ("pel·lícula", "Col·lecció"), a real character. */
    private static boolean catalanMiddleDot(String text, int at) {
        return text.charAt(at) == '·' && at + 1 < text.length()
                && Character.toLowerCase(text.charAt(at - 1)) == 'l' && Character.toLowerCase(text.charAt(at + 1)) == 'l';
    }

    /**
     * Whether the word around {@code at} (the run of letters and Mac Roman readings, so "son(ATENCIÓN)" has the word
     * "ATENCIÓN") holds a lowercase letter that is not itself a Mac Roman reading.
     */
    private static boolean wordHasOwnLowercase(String text, int at) {
        int start = at;
        while (start > 0 && inWord(text.charAt(start - 1))) {
            start--;
        }
        for (int i = start; i < text.length() && inWord(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c) && MAC_ROMAN_SEEN.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a decoded character can be what was written: not a combining mark, control, private or unassigned
     * character (so "“SÍ”", whose "Í”" would decode as U+0354, a combining mark, stays).
     */
    private static boolean standsAlone(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> false;
            default -> true;
        };
    }

    private static boolean inWord(char c) {
        return Character.isLetter(c) || MAC_ROMAN_SEEN.indexOf(c) >= 0;
    }

    /** The UTF-8 sequence length a lead byte read as windows-1252 announces (Â–ß: 2, à–ï: 3, ð–ô: 4), else 0. */
    private static int utf8Length(char lead) {
        if (lead >= 'Â' && lead <= 'ß') {
            return 2;
        }
        if (lead >= 'à' && lead <= 'ï') {
            return 3;
        }
        return lead >= 'ð' && lead <= 'ô' ? 4 : 0;
    }

    /** The characters' windows-1252 bytes decoded as one UTF-8 character, or null when they are not one. */
    private static String decodeUtf8(String chars) {
        ByteBuffer bytes;
        try {
            bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(chars));
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 1; i < bytes.limit(); i++) {
            int b = bytes.get(i) & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 && standsAlone(decoded.codePointAt(0)) ? decoded
                    : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
