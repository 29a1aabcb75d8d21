package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tiny fixture (src/test/resources/imdbtsv/tiny) has files out of tconst order (reported, then sorted),
 * {@code \N} values, a literal {@code "} in a title and a name, a title.basics without a trailing newline, an
 * episode without a title.episode row, malformed rows in every file, unknown people, a repeated credit and
 * ratings/principals without a title. (Akas, episodes and files in the dumps' order: {@link ImdbTsvSeriesTest}.)
 */
class ImdbTsvReaderTest {
    private static final String SORTED_BEFORE = ": the dumps are sorted by tconst as text; the file is sorted before"
            + " the join";
    private static final List<String> TINY_PROBLEMS = List.of(
            "tiny/name.basics.tsv:3: nconst nm0000010 is out of order (after nm0000014 on line 2): the dumps are"
                    + " sorted by nconst as text; people are sorted by nconst here anyway",
            "tiny/name.basics.tsv:6: birthYear 'abc' is not a number",
            "tiny/name.basics.tsv:7: bad tconst 'tt12' in knownForTitles",
            "tiny/title.basics.tsv:3: tconst tt0000100 is out of order (after tt0000300 on line 2)" + SORTED_BEFORE,
            "tiny/title.ratings.tsv:3: tconst tt0000100 is out of order (after tt0000300 on line 2)" + SORTED_BEFORE,
            "tiny/title.principals.tsv:8: tconst tt0000100 is out of order (after tt0000300 on line 2)"
                    + SORTED_BEFORE,
            "tiny/title.basics.tsv:6: expected 9 columns, found 8",
            "tiny/title.ratings.tsv:3: averageRating 'n/a' is not a number",
            "tiny/title.crew.tsv:2: unknown person nm0000099 as writer",
            "tiny/title.principals.tsv:10: repeated credit nm0000014 as actor",
            "tiny/title.basics.tsv:5: startYear '19x9' is not a number",
            "tiny/title.principals.tsv:7: characters '[Narrator]' is not a JSON array of strings",
            "tiny/title.principals.tsv:6: unknown person nm0000098 as actor",
            "tiny/title.principals.tsv:2: unknown person nm0000013 as composer",
            "tiny/title.principals.tsv:11: tconst tt0000555 is not in title.basics.tsv",
            "tiny/title.ratings.tsv:5: tconst tt0000999 is not in title.basics.tsv",
            "tiny/title.ratings.tsv:7: duplicate tconst tt10000000");

    @TempDir
    Path temp;

    private static Path tiny() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImdbTsvReaderTest.class.getResource("/imdbtsv/tiny")).toURI());
    }

    private static CollectingSink readTiny() throws Exception {
        return TsvFixtures.read(new ImdbTsvReader(), tiny(), "tiny");
    }

    @Test
    void emits_films_in_tconst_order_as_text_then_people_in_numeric_nconst_order() throws Exception {
        CollectingSink sink = readTiny();

        assertEquals(List.of("tt0000100", "tt0000200", "tt0000300", "tt10000000", "tt9999999",
                        "nm0000010", "nm0000011", "nm0000012", "nm0000014", "nm0000015"),
                sink.records.stream().map(r -> r.id()).toList());
    }

    @Test
    void joins_ratings_crew_and_principals_into_each_film() throws Exception {
        CollectingSink sink = readTiny();
        Credit lea = new Credit("nm0000010", "Léa Marchand");
        Credit ada = new Credit("nm0000012", "Ada Moore");

        assertEquals(Film.builder("Night Train").id("tt0000100").originalTitle("Tren de noche").year(1929)
                        .genre("Thriller").titleType("movie").directors(List.of(lea)).writers(List.of(lea, ada))
                        .cast(List.of(new CastMember("nm0000014", "Bruno \"Bear\" Díaz", null))).build(),
                sink.film("tt0000100"));
        assertEquals(Film.builder("The \"Lighthouse\" Keeper").id("tt0000300").year(1931).runtimeMinutes(88)
                        .titleType("movie")
                        .genres(List.of("Drama", "Mystery")).rating(7.5).votes(1234L)
                        .directors(List.of(new Credit("nm0000011", "Sam Okafor")))
                        .cast(List.of(new CastMember("nm0000012", "Ada Moore", "Ada \"Ace\" Moore"),
                                new CastMember("nm0000014", "Bruno \"Bear\" Díaz", "The Keeper / His Twin")))
                        .build(),
                sink.film("tt0000300"));
        assertEquals(Film.builder("Nine Nines").id("tt9999999").year(2001).runtimeMinutes(12)
                .genre("Documentary").titleType("video").build(), sink.film("tt9999999"));
        assertEquals(Film.builder("Ten Million").id("tt10000000").rating(8.1).votes(2_000_000L).titleType("movie")
                .build(), sink.film("tt10000000"));
        assertEquals(Film.builder("Pilot").id("tt0000200").year(1950).runtimeMinutes(30).genre("Comedy")
                .rating(6.0).votes(50L).titleType("tvEpisode").build(), sink.film("tt0000200"));
    }

    @Test
    void emits_each_valid_person_with_credited_and_known_for_films_and_by_id_only_those_outside_the_folder() throws Exception {
        CollectingSink sink = readTiny();

        assertEquals(List.of(
                new Person("nm0000010", "Léa Marchand", List.of("director", "writer"), 1890, null, List.of(
                        new PersonFilm("tt0000100", "Night Train", 1929, "director", null),
                        new PersonFilm("tt0000100", "Night Train", 1929, "writer", null),
                        new PersonFilm("tt9999999", "Nine Nines", 2001, null, null))),
                new Person("nm0000011", "Sam Okafor", List.of(), 1899, null, List.of(
                        new PersonFilm("tt0000300", "The \"Lighthouse\" Keeper", 1931, "director", null))),
                new Person("nm0000012", "Ada Moore", List.of("actress"), null, null, List.of(
                        new PersonFilm("tt0000100", "Night Train", 1929, "writer", null),
                        new PersonFilm("tt0000300", "The \"Lighthouse\" Keeper", 1931, "actress",
                                "Ada \"Ace\" Moore"))),
                new Person("nm0000014", "Bruno \"Bear\" Díaz", List.of("actor", "director"), 1900, 1970, List.of(
                        new PersonFilm("tt0000100", "Night Train", 1929, "actor", null),
                        new PersonFilm("tt0000300", "The \"Lighthouse\" Keeper", 1931, "actor",
                                "The Keeper / His Twin"))),
                new Person("nm0000015", "Nora Self", List.of("self"), null, null, List.of(
                        new PersonFilm("tt0000999", null, null, null, null)))),
                sink.people());
    }

    @Test
    void reports_every_skipped_row_or_credit_with_file_line_and_reason() throws Exception {
        assertEquals(TINY_PROBLEMS, readTiny().problemLines());
    }

    @Test
    void gives_the_same_result_when_every_sort_spills_to_disk() throws Exception {
        Path runs = Files.createDirectory(temp.resolve("runs"));
        CollectingSink inMemory = readTiny();

        CollectingSink spilled = TsvFixtures.read(new ImdbTsvReader(new ImdbTsvReader.Settings(1, runs)),
                tiny(), "tiny");

        assertEquals(inMemory.records, spilled.records);
        assertEquals(TINY_PROBLEMS, spilled.problemLines());
        try (Stream<Path> left = Files.list(runs)) {
            assertEquals(0, left.count(), "temporary run files are removed");
        }
    }

    @Test
    void without_a_folder_of_its_own_the_reader_spills_under_the_sources_scratch_folder() throws Exception {
        Path scratch = temp.resolve("index").resolve(".scratch");
        List<CorpusFile> files;
        try (Stream<Path> paths = Files.list(tiny())) {
            files = paths.sorted().map(p -> new CorpusFile(p, "tiny/" + p.getFileName())).toList();
        }
        CollectingSink sink = new CollectingSink();

        new ImdbTsvReader(new ImdbTsvReader.Settings(1, null)).read(
                new CorpusSource("tiny", "imdb-tsv", files, null).withScratch(scratch), sink);

        assertEquals(readTiny().records, sink.records);
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the runs' folder was made under the scratch folder and removed");
        }
    }

    @Test
    void reads_gzipped_files_like_plain_ones() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("gz"));
        try (Stream<Path> files = Files.list(tiny())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path gz = dir.resolve(f.getFileName() + ".gz");
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                    Files.copy(f, out);
                }
            }
        }

        CollectingSink gz = TsvFixtures.read(new ImdbTsvReader(), dir, "tiny");

        assertEquals(readTiny().records, gz.records);
        assertEquals(TINY_PROBLEMS.stream().map(p -> p.replaceFirst("\\.tsv:", ".tsv.gz:")).toList(),
                gz.problemLines());
    }

    @Test
    void reports_files_that_are_not_dumps_and_a_second_copy_of_a_dump_file() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("mixed"));
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Files.writeString(dir.resolve("title.ratings.tsv"), "tconst\taverageRating\tnumVotes\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("title.ratings.tsv.gz")))) {
            out.write("tconst\taverageRating\tnumVotes\n".getBytes(StandardCharsets.UTF_8));
        }

        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), dir, "mixed");

        assertEquals(List.of(), sink.records);
        assertEquals(List.of(
                "mixed/notes.txt:0: not an IMDb dump file",
                "mixed/title.ratings.tsv.gz:0: second title.ratings.tsv in the folder"
                        + " (the first is mixed/title.ratings.tsv)"),
                sink.problemLines());
    }

    @Test
    void skips_a_file_without_a_needed_column_and_reads_the_others() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("columns"));
        Files.writeString(dir.resolve("title.basics.tsv"), """
                tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres
                tt0000001\tshort\tCarmencita\tCarmencita\t0\t1894\t\\N\t1\tDocumentary,Short
                """);
        Files.writeString(dir.resolve("title.ratings.tsv"), "tconst\tnumVotes\ntt0000001\t1660\n");

        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), dir, "columns");

        assertEquals(List.of(Film.builder("Carmencita").id("tt0000001").year(1894).runtimeMinutes(1)
                .genres(List.of("Documentary", "Short")).titleType("short").build()), sink.records);
        assertEquals(List.of("columns/title.ratings.tsv:1: missing column 'averageRating'"), sink.problemLines());
    }

    @Test
    void keeps_films_without_credits_when_the_folder_has_no_people() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("no-names"));
        Files.copy(tiny().resolve("title.crew.tsv"), dir.resolve("title.crew.tsv"));
        Files.writeString(dir.resolve("title.basics.tsv"), """
                tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres
                tt0000100\tmovie\tNight Train\tNight Train\t0\t1929\t\\N\t\\N\t\\N
                """);

        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), dir, "no-names");

        assertEquals(List.of(Film.builder("Night Train").id("tt0000100").year(1929).titleType("movie").build()),
                sink.records);
        assertEquals(List.of(
                "no-names/title.crew.tsv:2: unknown person nm0000010 as director",
                "no-names/title.crew.tsv:2: unknown person nm0000010 as writer",
                "no-names/title.crew.tsv:2: unknown person nm0000099 as writer",
                "no-names/title.crew.tsv:3: tconst tt0000300 is not in title.basics.tsv",
                "no-names/title.crew.tsv:4: tconst tt9999999 is not in title.basics.tsv"),
                sink.problemLines());
    }

    @Test
    void recognises_the_dump_file_names_a_scanner_should_group() {
        for (String name : List.of("title.basics.tsv", "title.ratings.tsv", "title.crew.tsv",
                "title.principals.tsv", "name.basics.tsv", "title.akas.tsv", "title.episode.tsv",
                "Title.Basics.TSV", "name.basics.tsv.gz")) {
            assertTrue(ImdbTsvReader.isImdbTsvName(name), name);
        }
        for (String name : List.of("title.basics.csv", "basics.tsv", "movies.tsv", "title.basics.tsv.bak")) {
            assertFalse(ImdbTsvReader.isImdbTsvName(name), name);
        }
        assertEquals("imdb-tsv", new ImdbTsvReader().format());
    }

    @Test
    void reads_a_folder_with_only_title_basics() throws Exception {
        Path basics = tiny().resolve("title.basics.tsv");
        CollectingSink sink = new CollectingSink();

        new ImdbTsvReader().read(new CorpusSource("tiny", "imdb-tsv",
                List.of(new CorpusFile(basics, "tiny/title.basics.tsv")), null), sink);

        assertEquals(List.of("tt0000100", "tt0000200", "tt0000300", "tt10000000", "tt9999999"),
                sink.records.stream().map(r -> r.id()).toList());
        assertEquals(List.of(
                "tiny/title.basics.tsv:3: tconst tt0000100 is out of order (after tt0000300 on line 2)"
                        + SORTED_BEFORE,
                "tiny/title.basics.tsv:6: expected 9 columns, found 8",
                "tiny/title.basics.tsv:5: startYear '19x9' is not a number"), sink.problemLines());
    }
    @Test
    void a_truncated_gz_keeps_every_row_before_the_break_and_reports_the_line_it_breaks_in() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("truncated"));
        StringBuilder basics = new StringBuilder(
                "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 1; i <= 20_000; i++) {
            basics.append(String.format(java.util.Locale.ROOT, "tt%07d\tmovie\tFilm %d %08x\tFilm %d\t0\t%d\t\\N\t%d\tDrama%n",
                    i, i, random.nextInt(), i, 1900 + i % 120, 60 + i % 90));
        }
        byte[] gz;
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(basics.toString().getBytes(StandardCharsets.UTF_8));
            out.close();
            gz = bytes.toByteArray();
        }
        Files.write(dir.resolve("title.basics.tsv.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));

        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), dir, "truncated");

        int kept = sink.records.size();
        assertTrue(kept > 5_000 && kept < 15_000, "rows kept: " + kept);
        assertEquals(String.format(java.util.Locale.ROOT, "tt%07d", kept), sink.records.get(kept - 1).id());
        assertEquals(List.of("truncated/title.basics.tsv.gz:" + (kept + 2) + ": the file breaks off in this line"
                + " (Unexpected end of ZLIB input stream); the lines before it were read, the rest is lost"),
                sink.problemLines());
    }
    @Test
    void reads_each_file_of_a_dump_in_order_as_many_times_as_it_declares_so_progress_knows_the_whole_amount()
            throws Exception {
        dev.filmsearch.corpus.ReadMeter meter = new dev.filmsearch.corpus.ReadMeter();
        Path series = Path.of(Objects.requireNonNull(getClass().getResource("/imdbtsv/series")).toURI());
        List<CorpusFile> files;
        try (Stream<Path> list = Files.list(series)) {
            files = list.sorted().map(p -> new CorpusFile(p, "series/" + p.getFileName()).metered(meter)).toList();
        }
        long bytes = 0;
        for (CorpusFile f : files) {
            bytes += Files.size(f.path());
        }
        ImdbTsvReader reader = new ImdbTsvReader();

        reader.read(new CorpusSource("series", reader.format(), files, null), new CollectingSink());

        assertEquals(2, reader.passes());
        assertEquals(reader.passes() * bytes, meter.bytes());
    }
    @Test
    void a_gz_that_breaks_off_in_its_header_row_is_reported_once_as_broken() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("broken-header"));
        byte[] gz;
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(("tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes"
                    + "\tgenres\n").repeat(50).getBytes(StandardCharsets.UTF_8));
            out.close();
            gz = bytes.toByteArray();
        }
        Files.write(dir.resolve("title.basics.tsv.gz"), java.util.Arrays.copyOf(gz, 16));

        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), dir, "broken-header");

        assertEquals(List.of(), sink.records);
        assertEquals(List.of("broken-header/title.basics.tsv.gz:1: the file breaks off in this line"
                + " (Unexpected end of ZLIB input stream); the lines before it were read, the rest is lost"),
                sink.problemLines());
    }
}
