package dev.filmsearch.corpus.imdbtsv;

/**
 * IMDb ids as numbers. An id is the two-letter prefix and 7 to 9 digits (IMDb pads to 7; 9 digits still fit an
 * int). Two forms:
 * <ul>
 *   <li>{@link #parse}: the id's number, "tt0468569" → 468569, for lookups (the name table) and the person sort;</li>
 *   <li>{@link #textKey}: a number that sorts like the id as text ("tt10001002" before "tt1000102", the order of the
 *       dumps), for the title join, which walks the files in their own order.</li>
 * </ul>
 */
final class ImdbId {
    static final String TITLE = "tt";
    static final String NAME = "nm";
    private static final int MAX_DIGITS = 9;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    private ImdbId() {
    }

    /** The number of {@code id} if it is {@code prefix} + 7–9 digits, else -1. */
    static int parse(String prefix, String id) {
        int digits = id.length() - prefix.length();
        if (!id.startsWith(prefix) || digits < 7 || digits > MAX_DIGITS) {
            return -1;
        }
        int n = 0;
        for (int i = prefix.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * A key that orders ids as their text does, or -1 for an id that is not {@code prefix} + 7–9 digits: the digits
     * padded with zeros to 9 places, times 16, plus the number of digits. Padding keeps the order of the first
     * differing digit; where one id's digits are the start of the other's, the shorter sorts first, as in text.
     */
    static long textKey(String prefix, String id) {
        int n = parse(prefix, id);
        if (n < 0) {
            return -1;
        }
        int digits = id.length() - prefix.length();
        return (n * POW10[MAX_DIGITS - digits]) << 4 | digits;
    }

    /** The id from its {@link #textKey}: {@code prefix} and the number padded to the key's count of digits. */
    static String text(String prefix, long textKey) {
        String digits = Integer.toString(number(textKey));
        int width = (int) (textKey & 0xF);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The number of an id from its {@link #textKey}. */
    static int number(long textKey) {
        int digits = (int) (textKey & 0xF);
        return (int) ((textKey >>> 4) / POW10[MAX_DIGITS - digits]);
    }
}
