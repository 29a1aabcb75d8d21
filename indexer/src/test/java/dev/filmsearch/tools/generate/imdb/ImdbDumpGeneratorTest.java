package dev.filmsearch.tools.generate.imdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump of 1,000 titles, seed 42, built-in vocabulary, generated once in chunks of 64 items (so that the
 * chunk boundaries and the merge of seven- and eight-digit ids are crossed many times) on three threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImdbDumpGeneratorTest {
    private static final Pattern TCONST = Pattern.compile("tt\\d{7,8}");
    private static final Pattern NCONST = Pattern.compile("nm\\d{7,8}");

    private Path temp;
    private Path dump;
    private ImdbDumpSummary summary;

    @BeforeAll
    void generate(@TempDir Path folder) throws IOException {
        temp = folder;
        dump = temp.resolve("dump");
        summary = GeneratedDump.generate(dump, 1_000, 42, 3, 64);
    }

    @Test
    void writes_the_seven_files_with_the_real_dumps_header_lines() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String file : GeneratedDump.FILES) {
            headers.put(file, GeneratedDump.lines(dump.resolve(file)).getFirst());
        }

        assertEquals(Map.of(
                "title.basics.tsv.gz", "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\t"
                        + "runtimeMinutes\tgenres",
                "title.akas.tsv.gz", "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle",
                "title.episode.tsv.gz", "tconst\tparentTconst\tseasonNumber\tepisodeNumber",
                "title.crew.tsv.gz", "tconst\tdirectors\twriters",
                "title.principals.tsv.gz", "tconst\tordering\tnconst\tcategory\tjob\tcharacters",
                "title.ratings.tsv.gz", "tconst\taverageRating\tnumVotes",
                "name.basics.tsv.gz", "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles"),
                headers);
    }

    @Test
    void a_thousand_titles_give_the_rows_of_each_file_in_the_full_datasets_proportions() throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String file : GeneratedDump.FILES) {
            rows.put(file, GeneratedDump.rows(dump, file).size());
        }

        assertEquals(Map.of("title.basics.tsv.gz", 1_000, "title.akas.tsv.gz", 4_434, "title.episode.tsv.gz", 864,
                "title.crew.tsv.gz", 1_000, "title.principals.tsv.gz", 8_482, "title.ratings.tsv.gz", 113,
                "name.basics.tsv.gz", 1_228), rows);
        for (ImdbDumpSummary.FileSummary file : summary.files()) {
            assertEquals((long) rows.get(file.name()), file.rows(), file.name());
        }
    }

    @Test
    void title_types_come_in_realistic_shares() throws IOException {
        Map<String, Integer> types = new HashMap<>();
        for (String[] row : GeneratedDump.rows(dump, "title.basics.tsv.gz")) {
            types.merge(row[1], 1, Integer::sum);
        }

        assertEquals(Map.of("tvEpisode", 864, "short", 52, "movie", 31, "video", 21, "tvSeries", 14,
                "tvMovie", 6, "tvMiniSeries", 7, "tvSpecial", 4, "videoGame", 1), types);
    }

    @Test
    void every_file_is_sorted_by_its_id_compared_as_strings() throws IOException {
        for (String file : GeneratedDump.FILES) {
            List<String[]> rows = GeneratedDump.rows(dump, file);
            boolean oneRowPerId = !file.equals("title.akas.tsv.gz") && !file.equals("title.principals.tsv.gz");
            for (int i = 1; i < rows.size(); i++) {
                int order = rows.get(i - 1)[0].compareTo(rows.get(i)[0]);
                assertTrue(oneRowPerId ? order < 0 : order <= 0,
                        file + " line " + (i + 2) + ": " + rows.get(i - 1)[0] + " then " + rows.get(i)[0]);
                if (order == 0) {
                    assertEquals(Integer.parseInt(rows.get(i - 1)[1]) + 1, Integer.parseInt(rows.get(i)[1]),
                            file + " line " + (i + 2) + ": orderings 1, 2, … within an id");
                }
            }
        }
    }

    @Test
    void ids_are_seven_or_eight_digits_and_both_lengths_occur_so_string_order_is_not_numeric_order()
            throws IOException {
        List<String> tconsts = GeneratedDump.rows(dump, "title.basics.tsv.gz").stream().map(r -> r[0]).toList();
        List<String> nconsts = GeneratedDump.rows(dump, "name.basics.tsv.gz").stream().map(r -> r[0]).toList();

        assertTrue(tconsts.stream().allMatch(id -> TCONST.matcher(id).matches()));
        assertTrue(nconsts.stream().allMatch(id -> NCONST.matcher(id).matches()));
        assertEquals(650, tconsts.stream().filter(id -> id.length() == 9).count());
        assertEquals(350, tconsts.stream().filter(id -> id.length() == 10).count());
        assertEquals(List.of("tt0000001", "tt0015385", "tt0030770"), tconsts.subList(0, 3));
        // the first eight-digit id sorts right after the seven-digit id it starts with
        int first = tconsts.indexOf("tt10000000");
        assertEquals("tt1000000", tconsts.get(first - 1).substring(0, 9));
    }

    @Test
    void episodes_belong_to_series_of_the_dump_with_consistent_season_and_episode_numbers() throws IOException {
        Map<String, String> types = new HashMap<>();
        for (String[] row : GeneratedDump.rows(dump, "title.basics.tsv.gz")) {
            types.put(row[0], row[1]);
        }
        Map<String, Set<String>> numbersBySeries = new HashMap<>();
        Map<String, TreeMap<Long, Integer>> orderBySeries = new HashMap<>();
        int numbered = 0;
        List<String[]> episodes = GeneratedDump.rows(dump, "title.episode.tsv.gz");
        for (String[] row : episodes) {
            assertEquals("tvEpisode", types.get(row[0]), row[0]);
            String parent = types.get(row[1]);
            assertTrue("tvSeries".equals(parent) || "tvMiniSeries".equals(parent), row[1] + " is " + parent);
            assertEquals(row[2].equals("\\N"), row[3].equals("\\N"), String.join(" ", row));
            if (!row[2].equals("\\N")) {
                numbered++;
                assertTrue(numbersBySeries.computeIfAbsent(row[1], s -> new HashSet<>()).add(row[2] + "." + row[3]),
                        "season/episode repeated: " + String.join(" ", row));
                assertTrue(Integer.parseInt(row[2]) >= 1 && Integer.parseInt(row[3]) >= 1);
            }
            // by numeric id, an episode comes after the ones before it in its series
            int position = row[2].equals("\\N") ? 0 : Integer.parseInt(row[2]) * 10_000 + Integer.parseInt(row[3]);
            orderBySeries.computeIfAbsent(row[1], p -> new TreeMap<>()).put(Long.parseLong(row[0].substring(2)),
                    position);
        }
        assertEquals(types.values().stream().filter("tvEpisode"::equals).count(), episodes.size());
        assertEquals(715, numbered);
        assertEquals(15, orderBySeries.size());
        for (TreeMap<Long, Integer> series : orderBySeries.values()) {
            List<Integer> positions = List.copyOf(series.values());
            assertEquals(positions.stream().sorted().toList(), positions);
        }
    }

    @Test
    void principals_crew_and_known_for_name_people_and_titles_of_the_dump() throws IOException {
        Set<String> titles = new HashSet<>();
        GeneratedDump.rows(dump, "title.basics.tsv.gz").forEach(r -> titles.add(r[0]));
        Set<String> names = new HashSet<>();
        List<String[]> people = GeneratedDump.rows(dump, "name.basics.tsv.gz");
        people.forEach(r -> names.add(r[1].isEmpty() ? null : r[0]));
        Map<String, Set<String>> categoriesByTitle = new HashMap<>();
        for (String[] row : GeneratedDump.rows(dump, "title.principals.tsv.gz")) {
            assertTrue(titles.contains(row[0]), row[0]);
            assertTrue(names.contains(row[2]), row[2]);
            assertTrue(categoriesByTitle.computeIfAbsent(row[0], t -> new HashSet<>()).add(row[2] + " " + row[3]),
                    "a person twice in one category: " + String.join(" ", row));
        }
        for (String[] row : GeneratedDump.rows(dump, "title.crew.tsv.gz")) {
            assertTrue(titles.contains(row[0]), row[0]);
            for (String list : List.of(row[1], row[2])) {
                for (String nconst : list.equals("\\N") ? List.<String>of() : List.of(list.split(","))) {
                    assertTrue(names.contains(nconst), nconst);
                }
            }
        }
        for (String[] row : people) {
            for (String tconst : row[5].equals("\\N") ? List.<String>of() : List.of(row[5].split(","))) {
                assertTrue(titles.contains(tconst), tconst);
            }
        }
        for (String[] row : GeneratedDump.rows(dump, "title.ratings.tsv.gz")) {
            assertTrue(titles.contains(row[0]), row[0]);
        }
    }

    @Test
    void every_title_has_one_original_aka_and_spanish_regions_have_spanish_titles() throws IOException {
        Map<String, Integer> originals = new TreeMap<>();
        Map<String, String> originalTitles = new HashMap<>();
        for (String[] row : GeneratedDump.rows(dump, "title.basics.tsv.gz")) {
            originals.put(row[0], 0);
            originalTitles.put(row[0], row[3]);
        }
        Map<String, Integer> regions = new HashMap<>();
        for (String[] row : GeneratedDump.rows(dump, "title.akas.tsv.gz")) {
            assertTrue(originals.containsKey(row[0]), row[0]);
            if (row[7].equals("1")) {
                originals.merge(row[0], 1, Integer::sum);
                assertEquals(List.of(originalTitles.get(row[0]), "\\N", "\\N", "original", "\\N"),
                        List.of(row[2], row[3], row[4], row[5], row[6]));
            } else {
                regions.merge(row[3] + "/" + row[4], 1, Integer::sum);
            }
        }

        assertEquals(Set.of(1), Set.copyOf(originals.values()));
        assertEquals(106, regions.get("ES/es"));
        assertEquals(28, regions.get("MX/es"));
        assertEquals(25, regions.get("AR/es"));
        assertEquals(400, regions.get("US/\\N"));
    }

    @Test
    void the_same_seed_gives_the_same_bytes_on_any_number_of_threads_and_another_seed_other_bytes()
            throws IOException {
        GeneratedDump.generate(temp.resolve("again"), 1_000, 42, 1, 64);
        GeneratedDump.generate(temp.resolve("other-seed"), 1_000, 43, 3, 64);

        Map<String, String> first = GeneratedDump.digests(dump);
        assertEquals(first, GeneratedDump.digests(temp.resolve("again")));
        Map<String, String> other = GeneratedDump.digests(temp.resolve("other-seed"));
        for (String file : GeneratedDump.FILES) {
            assertNotEquals(first.get(file), other.get(file), file);
        }
    }

    @Test
    void the_chunk_size_changes_the_gzip_members_but_not_the_text() throws IOException {
        Path whole = temp.resolve("one-chunk");
        GeneratedDump.generate(whole, 1_000, 42, 2, ImdbDumpSettings.DEFAULT_ITEMS_PER_CHUNK);

        for (String file : GeneratedDump.FILES) {
            assertEquals(GeneratedDump.lines(dump.resolve(file)), GeneratedDump.lines(whole.resolve(file)), file);
        }
    }

    @Test
    void a_few_famous_titles_get_most_votes() throws IOException {
        List<Long> votes = GeneratedDump.rows(dump, "title.ratings.tsv.gz").stream()
                .map(r -> Long.parseLong(r[2])).sorted((a, b) -> Long.compare(b, a)).toList();
        long total = votes.stream().mapToLong(Long::longValue).sum();
        long topTen = votes.subList(0, 10).stream().mapToLong(Long::longValue).sum();

        assertEquals(List.of(5_816L, 5_318L, 2_819L), votes.subList(0, 3));
        assertEquals(24_894, total);
        assertTrue(topTen * 2 > total, topTen + " of " + total);
    }

    @Test
    void a_dump_of_one_title_has_one_person_and_every_file_with_its_header() throws IOException {
        ImdbDumpSummary one = GeneratedDump.generate(temp.resolve("one"), 1, 42, 2, 64);

        Map<String, Long> rows = new LinkedHashMap<>();
        one.files().forEach(f -> rows.put(f.name(), f.rows()));
        assertEquals(Map.of("title.basics.tsv.gz", 1L, "title.akas.tsv.gz", 1L, "title.episode.tsv.gz", 0L,
                "title.crew.tsv.gz", 1L, "title.principals.tsv.gz", 5L, "title.ratings.tsv.gz", 1L,
                "name.basics.tsv.gz", 1L), rows);
        assertEquals(List.of("tconst\tparentTconst\tseasonNumber\tepisodeNumber"),
                GeneratedDump.lines(temp.resolve("one/title.episode.tsv.gz")));
        assertEquals(List.of("nm0000001\tLaura Wilson\t\\N\t\\N\tactor\ttt0000001"),
                GeneratedDump.lines(temp.resolve("one/name.basics.tsv.gz")).subList(1, 2));
    }
}
