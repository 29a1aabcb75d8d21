package dev.filmsearch.corpus.imdbtsv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalSorterTest {
    /**
     * The records sorted: {@link KnownFor} with its codec, where {@code tconst} is the sort key and {@code nconst}
     * the position it was added at, to check that equal keys keep their order.
     */
    private static final Comparator<KnownFor> BY_KEY = Comparator.comparingLong(KnownFor::tconst);

    @TempDir
    Path temp;

    private List<KnownFor> sort(List<KnownFor> items, int buffer, int[] stats) throws IOException {
        List<KnownFor> out = new ArrayList<>();
        try (TempFiles files = new TempFiles(temp);
             var sorter = new ExternalSorter<>(BY_KEY, KnownFor.CODEC, buffer, files)) {
            for (KnownFor item : items) {
                sorter.add(item);
            }
            try (RecordIterator<KnownFor> sorted = sorter.sorted()) {
                for (KnownFor i = sorted.next(); i != null; i = sorted.next()) {
                    out.add(i);
                }
            }
            stats[0] = sorter.peakBuffered();
            stats[1] = sorter.runsWritten();
            stats[2] = (int) sorter.recordsRemerged();
        }
        return out;
    }

    /** 200,000 keys in a scrambled order with many repeats. */
    private static List<KnownFor> scrambled() {
        List<KnownFor> items = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            items.add(new KnownFor((int) ((i * 2_654_435_761L) % 50_000), i));
        }
        return items;
    }

    @Test
    void sorts_200000_records_holding_at_most_1000_with_stable_ties() throws IOException {
        List<KnownFor> items = scrambled();
        int[] stats = new int[3];

        List<KnownFor> sorted = sort(items, 1000, stats);

        List<KnownFor> expected = new ArrayList<>(items);
        expected.sort(BY_KEY); // List.sort is stable: equal keys in added order
        assertEquals(-1, firstDifference(expected, sorted), "index of the first record out of place");
        assertEquals(1000, stats[0], "records held in memory at most");
        // 200 runs of 1,000: 64 of them merged into one (137 left), 64 others (74 left), then the 11 smallest
        // (64 left) for the final merge: 139,000 records written again, where merging all 200 in groups of 64
        // would write all 200,000
        assertEquals(203, stats[1], "run files written");
        assertEquals(139_000, stats[2], "records written again by intermediate merges");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "run files and their directory are removed");
        }
    }

    private static int firstDifference(List<KnownFor> expected, List<KnownFor> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            if (i >= expected.size() || i >= actual.size() || !expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void keeps_records_that_fit_in_the_buffer_off_the_disk() throws IOException {
        List<KnownFor> items = scrambled().subList(0, 999);
        int[] stats = new int[3];

        List<KnownFor> sorted = sort(items, 1000, stats);

        assertEquals(999, sorted.size());
        assertTrue(sorted.getFirst().tconst() <= sorted.getLast().tconst());
        assertEquals(999, stats[0]);
        assertEquals(0, stats[1]);
    }
}
