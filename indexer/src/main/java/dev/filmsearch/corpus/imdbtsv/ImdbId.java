package dev.filmsearch.corpus.imdbtsv;

/**
 * IMDb ids as numbers: "tt0468569" → 468569, "nm0634240" → 634240. The dumps join on these numbers, never on
 * the strings: the files are not in numeric order and "tt9916754" sorts after "tt10000000" as text.
 * An id is the two-letter prefix and 7 to 9 digits (IMDb pads to 7; 9 digits still fit an int).
 */
final class ImdbId {
    static final String TITLE = "tt";
    static final String NAME = "nm";

    private ImdbId() {
    }

    /** The number of {@code id} if it is {@code prefix} + 7–9 digits, else -1. */
    static int parse(String prefix, String id) {
        int digits = id.length() - prefix.length();
        if (!id.startsWith(prefix) || digits < 7 || digits > 9) {
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
}
