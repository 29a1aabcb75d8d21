package dev.filmsearch.tools.generate.imdb;

import java.nio.charset.StandardCharsets;

/**
 * The ids of {@code count} titles or names, numbered 0 … count − 1 in numeric id order. As in the real dumps, the
 * ids are {@code tt}/{@code nm} and at least seven digits, and both seven- and eight-digit ids occur at every
 * size: the first share of the items is spread over 1 … 9,999,999, the rest over 10,000,000 and up. So the
 * string order of the ids (how the dumps are sorted: {@code tt10001002} before {@code tt1000102}) is not their
 * numeric order, and {@link #chunk} walks them in string order.
 */
final class IdSpace {
    private static final long FIRST_EIGHT_DIGITS = 10_000_000L;
    private static final long SEVEN_DIGIT_IDS = 9_999_999L;
    private static final long MAX_EIGHT_DIGIT_IDS = 90_000_000L;

    private final byte[] prefix;
    private final long count;
    private final long sevens;
    private final long eights;
    private final long eightSpan;

    private IdSpace(String prefix, long count, double sevenShare, long minEightSpan) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.prefix = prefix.getBytes(StandardCharsets.US_ASCII);
        this.count = count;
        this.sevens = Math.min(SEVEN_DIGIT_IDS, Math.max(count > 0 ? 1 : 0, Math.round(count * sevenShare)));
        this.eights = count - sevens;
        if (eights > MAX_EIGHT_DIGIT_IDS) {
            throw new IllegalArgumentException("at most " + (SEVEN_DIGIT_IDS + MAX_EIGHT_DIGIT_IDS) + " ids");
        }
        this.eightSpan = Math.max(minEightSpan, eights);
    }

    /** Title ids: 65% below tt10000000, the rest spread up to tt37000000 (the real dump reaches about tt3.7e7). */
    static IdSpace titles(long count) {
        return new IdSpace("tt", count, 0.65, 27_000_000L);
    }

    /** Name ids: 62% below nm10000000, the rest spread up to nm17500000. */
    static IdSpace names(long count) {
        return new IdSpace("nm", count, 0.62, 7_500_000L);
    }

    long count() {
        return count;
    }

    /** The id's number (tt0000123 → 123); strictly increasing in {@code k}. */
    long number(long k) {
        return k < sevens ? 1 + k * SEVEN_DIGIT_IDS / sevens
                : FIRST_EIGHT_DIGITS + (k - sevens) * eightSpan / eights;
    }

    int digits(long k) {
        return k < sevens ? 7 : 8;
    }

    /** Writes the id of item {@code k}. */
    void write(TsvBuffer out, long k) {
        out.bytes(prefix);
        out.padded(number(k), digits(k));
    }

    String id(long k) {
        TsvBuffer out = new TsvBuffer(16);
        write(out, k);
        return out.toString();
    }

    /** The first seven digits of the id: string order is the order of this key, seven-digit ids first on ties. */
    private long key(long k) {
        return k < sevens ? number(k) : number(k) / 10;
    }

    /** How many chunks of about {@code target} items the ids are cut into (at least one when there are ids). */
    int chunks(int target) {
        if (count == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(sevens, (count + target - 1) / target));
    }

    /**
     * The items of chunk {@code c} of {@code chunks}, in the string order of their ids. The chunks cut the
     * seven-digit key range at seven-digit ids, so their concatenation is the whole space in string order.
     */
    Cursor chunk(int c, int chunks) {
        long perChunk = (sevens + chunks - 1) / chunks;
        long from7 = Math.min(sevens, c * perChunk);
        long to7 = c == chunks - 1 ? sevens : Math.min(sevens, (c + 1) * perChunk);
        return new Cursor(from7, to7, eightStart(c, perChunk), c == chunks - 1 ? eights : eightStart(c + 1, perChunk));
    }

    /** Where chunk {@code c} starts among the eight-digit items: at the key of its first seven-digit id. */
    private long eightStart(int c, long perChunk) {
        long first7 = c * perChunk;
        if (c == 0) {
            return 0;
        }
        return first7 >= sevens ? eights : firstEightAtOrAbove(key(first7));
    }

    /** The first eight-digit item whose key is at least {@code key} (a tie sorts after the seven-digit id). */
    private long firstEightAtOrAbove(long key) {
        long low = 0;
        long high = eights;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (key(sevens + mid) >= key) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Walks one chunk: a merge of the seven-digit and the eight-digit ids by their key. */
    final class Cursor {
        private long next7;
        private final long end7;
        private long next8;
        private final long end8;
        private long key7;
        private long key8;

        private Cursor(long next7, long end7, long next8, long end8) {
            this.next7 = next7;
            this.end7 = end7;
            this.next8 = next8;
            this.end8 = end8;
            this.key7 = next7 < end7 ? key(next7) : Long.MAX_VALUE;
            this.key8 = next8 < end8 ? key(sevens + next8) : Long.MAX_VALUE;
        }

        /** The next item number, or −1 at the end (each lane's next key is kept, not recomputed). */
        long next() {
            if (next7 < end7 && (next8 >= end8 || key7 <= key8)) {
                long k = next7++;
                key7 = next7 < end7 ? key(next7) : Long.MAX_VALUE;
                return k;
            }
            if (next8 < end8) {
                long k = sevens + next8++;
                key8 = next8 < end8 ? key(sevens + next8) : Long.MAX_VALUE;
                return k;
            }
            return -1;
        }
    }
}
