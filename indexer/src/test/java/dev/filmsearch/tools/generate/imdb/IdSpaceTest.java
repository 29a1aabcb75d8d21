package dev.filmsearch.tools.generate.imdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ids of a full-size dump, walked chunk by chunk, are every item once, in string order. */
class IdSpaceTest {
    /** Compares two ids by their number and digit count as their zero-padded strings compare. */
    private static int compareAsStrings(long a, int aDigits, long b, int bDigits) {
        if (aDigits == bDigits) {
            return Long.compare(a, b);
        }
        long aPrefix = aDigits > bDigits ? a / pow10(aDigits - bDigits) : a;
        long bPrefix = bDigits > aDigits ? b / pow10(bDigits - aDigits) : b;
        int prefix = Long.compare(aPrefix, bPrefix);
        return prefix != 0 ? prefix : Integer.compare(aDigits, bDigits);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static void assertWalkedInStringOrderOnce(IdSpace ids, int chunks) {
        BitSet seen = new BitSet((int) ids.count());
        long previous = -1;
        long previousNumber = 0;
        int previousDigits = 0;
        long walked = 0;
        for (int c = 0; c < chunks; c++) {
            IdSpace.Cursor cursor = ids.chunk(c, chunks);
            for (long k = cursor.next(); k >= 0; k = cursor.next()) {
                assertTrue(!seen.get((int) k), "item " + k + " twice");
                seen.set((int) k);
                long number = ids.number(k);
                int digits = ids.digits(k);
                if (previous >= 0 && compareAsStrings(previousNumber, previousDigits, number, digits) >= 0) {
                    fail(ids.id(previous) + " before " + ids.id(k) + " in chunk " + c);
                }
                previous = k;
                previousNumber = number;
                previousDigits = digits;
                walked++;
            }
        }
        assertEquals(ids.count(), walked);
    }

    @Test
    void the_full_dumps_titles_and_names_are_walked_once_each_in_string_order() {
        IdSpace titles = IdSpace.titles(12_300_000);
        IdSpace names = IdSpace.names(Math.round(12_300_000 * DumpModel.NAMES_PER_TITLE));

        assertEquals(376, titles.chunks(ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK));
        assertWalkedInStringOrderOnce(titles, titles.chunks(ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK));
        assertEquals(15_100_000, names.count());
        assertWalkedInStringOrderOnce(names, names.chunks(ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK));
    }

    @Test
    void small_spaces_and_more_chunks_than_items_still_walk_every_id_once() {
        for (long count : List.of(1L, 2L, 3L, 10L, 99L, 1_000L)) {
            IdSpace titles = IdSpace.titles(count);
            for (int target : List.of(1, 2, 7, 64, 100_000)) {
                assertWalkedInStringOrderOnce(titles, titles.chunks(target));
            }
        }
    }

    @Test
    void ids_are_zero_padded_to_seven_digits_and_the_first_eight_digit_id_is_tt10000000() {
        IdSpace titles = IdSpace.titles(12_300_000);

        assertEquals("tt0000001", titles.id(0));
        assertEquals("tt0000002", titles.id(1));
        assertEquals("tt9999998", titles.id(7_994_999));
        assertEquals("tt10000000", titles.id(7_995_000));
        assertEquals("tt36999993", titles.id(12_299_999));
        assertEquals("nm0000001", IdSpace.names(10).id(0));
    }
}
