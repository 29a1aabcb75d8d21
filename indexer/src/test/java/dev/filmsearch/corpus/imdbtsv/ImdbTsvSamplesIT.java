package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader over the three real excerpts in shared/corpus/imdb-tsv-samples (see their SOURCE.md). */
class ImdbTsvSamplesIT {
    private static final Credit NOLAN = new Credit("nm0634240", "Christopher Nolan");

    private static CollectingSink read(String folder) throws IOException {
        String corpus = System.getProperty("filmsearch.shared.corpus");
        Path dir = corpus == null ? null : Path.of(corpus, "imdb-tsv-samples", folder);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "…/shared/corpus is absent: skipping the IMDb TSV samples (" + folder + ")");
        return TsvFixtures.read(new ImdbTsvReader(), dir, "imdb-tsv-samples/" + folder);
    }

    private static boolean nonAscii(String s) {
        return s.chars().anyMatch(c -> c > 127);
    }

    @Test
    void nolan_filmography_joins_unsorted_files_into_fifteen_titles() throws IOException {
        CollectingSink sink = read("nolan-filmography");

        assertEquals(List.of("tt0000001", "tt0154506", "tt0209144", "tt0278504", "tt0372784", "tt0468569",
                        "tt0482571", "tt0816692", "tt1345836", "tt1375666", "tt15398776", "tt28642224", "tt33764258",
                        "tt5013056", "tt6723592"),
                sink.films().stream().map(Film::id).toList());
        assertEquals(Film.builder("The Dark Knight").id("tt0468569").year(2008).runtimeMinutes(152)
                        .genres(List.of("Action", "Crime", "Drama")).rating(9.0).votes(2_991_391L).titleType("movie")
                        .directors(List.of(NOLAN)).writers(List.of(NOLAN)).build(),
                sink.film("tt0468569"));
        assertEquals(Film.builder("The Odyssey").id("tt33764258").year(2026).titleType("movie")
                        .genres(List.of("Action", "Adventure", "Fantasy")).directors(List.of(NOLAN))
                        .writers(List.of(NOLAN)).build(),
                sink.film("tt33764258"));
        assertEquals(Film.builder("Carmencita").id("tt0000001").year(1894).runtimeMinutes(1)
                .genres(List.of("Documentary", "Short")).titleType("short").build(), sink.film("tt0000001"));
        assertEquals(12, sink.films().stream().filter(f -> f.rating() != null).count());
        assertEquals(14, sink.films().stream().filter(f -> f.directors().equals(List.of(NOLAN))).count());
    }

    @Test
    void nolan_filmography_gives_nolan_his_films_as_director_and_writer() throws IOException {
        CollectingSink sink = read("nolan-filmography");
        Person nolan = sink.person("nm0634240");

        assertEquals(1, sink.people().size());
        assertEquals("Christopher Nolan", nolan.name());
        assertEquals(List.of("writer", "producer", "director"), nolan.professions());
        assertEquals(1970, nolan.birthYear());
        assertEquals(null, nolan.deathYear());
        assertEquals(26, nolan.films().size());
        assertEquals(14, nolan.films().stream().filter(f -> "director".equals(f.role())).count());
        assertEquals(12, nolan.films().stream().filter(f -> "writer".equals(f.role())).count());
        assertEquals(new PersonFilm("tt28642224", "Larry Mahoney", 1996, "director", null), nolan.films().getFirst());
        assertEquals(List.of(new PersonFilm("tt0468569", "The Dark Knight", 2008, "director", null),
                        new PersonFilm("tt0468569", "The Dark Knight", 2008, "writer", null)),
                nolan.films().stream().filter(f -> f.filmId().equals("tt0468569")).toList());
        assertEquals(new PersonFilm("tt33764258", "The Odyssey", 2026, "writer", null), nolan.films().getLast());
    }

    @Test
    void nolan_filmography_reports_its_files_out_of_order_and_the_co_writers_missing_from_name_basics()
            throws IOException {
        CollectingSink sink = read("nolan-filmography");
        String dir = "imdb-tsv-samples/nolan-filmography/";
        String sorted = ": the dumps are sorted by tconst as text; the file is sorted before the join";

        assertEquals(21, sink.problems.size());
        assertEquals(List.of(
                dir + "title.basics.tsv:4: tconst tt0154506 is out of order (after tt28642224 on line 3)" + sorted,
                dir + "title.ratings.tsv:7: tconst tt0468569 is out of order (after tt0482571 on line 6)" + sorted,
                dir + "title.crew.tsv:3: tconst tt0154506 is out of order (after tt28642224 on line 2)" + sorted,
                dir + "title.crew.tsv:4: unknown person nm0634300 as writer"), sink.problemLines().subList(0, 4));
        assertEquals(18, sink.problems.stream().filter(p -> p.file().equals(dir + "title.crew.tsv")
                && !p.reason().contains("out of order")).count());
        assertEquals(13, sink.problems.stream().map(Problem::reason).distinct().count());
        assertEquals(5, sink.problems.stream().filter(p -> p.reason().contains("nm0634300")).count());
    }

    @Test
    void ocheretko_slice_reads_2000_films_and_10177_people() throws IOException {
        CollectingSink sink = read("ocheretko-2000-movies");
        List<Film> films = sink.films();

        assertEquals(2000, films.size());
        assertEquals(10_177, sink.people().size());
        assertEquals(1567, films.stream().filter(f -> !f.directors().isEmpty()).count());
        assertEquals(1348, films.stream().filter(f -> !f.cast().isEmpty()).count());
        assertEquals(5305, films.stream().mapToInt(f -> f.cast().size()).sum());
        assertEquals(1363, films.stream().filter(f -> f.year() != null).count());
        assertEquals(1123, films.stream().filter(f -> f.runtimeMinutes() != null).count());
        assertEquals(1693, films.stream().filter(f -> !f.genres().isEmpty()).count());
        assertEquals(192, films.stream().filter(f -> f.originalTitle() != null).count());
        assertEquals(183, films.stream().filter(f -> nonAscii(f.title())).count());
        assertEquals(782, sink.people().stream().filter(p -> nonAscii(p.name())).count());
        // 11,633 films of this folder, and 27,445 known-for titles outside it, by id only
        assertEquals(39_078, sink.people().stream().mapToInt(p -> p.films().size()).sum());
        assertEquals(27_445, sink.people().stream().flatMap(p -> p.films().stream()).filter(f -> f.title() == null)
                .count());
        assertEquals(64 + 27_445, sink.people().stream().flatMap(p -> p.films().stream())
                .filter(f -> f.role() == null).count());
        assertEquals(0, sink.people().stream().filter(p -> p.films().isEmpty()).count());
    }

    @Test
    void ocheretko_slice_resolves_directors_and_cast_from_principals() throws IOException {
        CollectingSink sink = read("ocheretko-2000-movies");

        assertEquals(Film.builder("Shadowtown").id("tt9806258").year(2020).runtimeMinutes(84)
                        .genres(List.of("Drama", "Mystery", "Thriller"))
                        .directors(List.of(new Credit("nm0349030", "Jon Einarsson Gustafsson"),
                                new Credit("nm2264600", "Karolina Lewicka")))
                        .cast(List.of(new CastMember("nm1147982", "Brittany Bristow", "Maya"),
                                new CastMember("nm0084908", "Edda Björgvinsdóttir", "María"),
                                new CastMember("nm6541199", "Kolbeinn Arnbjörnsson", "Asgeir"),
                                new CastMember("nm0722636", "John Rhys-Davies", "Einar")))
                        .titleType("movie").build(),
                sink.film("tt9806258"));
        assertEquals(List.of(new Credit("nm0170043", "Isabel Coixet")), sink.film("tt9806468").directors());
        assertEquals(new Person("nm0000264", "Pedro Almodóvar", List.of("writer", "director", "soundtrack"), 1949,
                        null, List.of(new PersonFilm("tt9806468", "It Snows in Benidorm", 2020, "producer", null),
                                new PersonFilm("tt0095675", null, null, null, null),
                                new PersonFilm("tt0101026", null, null, null, null),
                                new PersonFilm("tt0287467", null, null, null, null),
                                new PersonFilm("tt1189073", null, null, null, null))),
                sink.person("nm0000264"));
        assertEquals("Stephen \"Dr\" Love", sink.person("nm5533924").name());
        assertEquals("Terry Bollea / Hulk Hogan", sink.films().stream().flatMap(f -> f.cast().stream())
                .map(CastMember::character).filter(c -> c != null && c.startsWith("Terry Bollea"))
                .findFirst().orElseThrow());
    }

    @Test
    void ocheretko_slice_reports_names_out_of_order_six_unknown_people_and_one_repeated_credit() throws IOException {
        CollectingSink sink = read("ocheretko-2000-movies");
        String principals = "imdb-tsv-samples/ocheretko-2000-movies/title.principals.tsv";

        assertEquals(List.of(
                "imdb-tsv-samples/ocheretko-2000-movies/name.basics.tsv:2607: nconst nm1049982 is out of order"
                        + " (after nm10499820 on line 2606): the dumps are sorted by nconst as text; people are sorted"
                        + " by nconst here anyway",
                principals + ":449: unknown person nm10449319 as actor",
                principals + ":1553: unknown person nm10541003 as actress",
                principals + ":1865: unknown person nm13131519 as actor",
                principals + ":2287: unknown person nm7794409 as actor",
                principals + ":3219: repeated credit nm1167899 as actor",
                principals + ":6868: unknown person nm8380195 as actor",
                principals + ":10323: unknown person nm4063929 as actor"),
                sink.problemLines());
    }

    @Test
    void earliest_titles_joins_221_of_249_ratings_and_reports_the_28_without_a_title() throws IOException {
        CollectingSink sink = read("earliest-titles");
        String ratings = "imdb-tsv-samples/earliest-titles/title.ratings.tsv";

        assertEquals(249, sink.films().size());
        assertEquals(0, sink.people().size());
        assertEquals(221, sink.films().stream().filter(f -> f.rating() != null).count());
        assertEquals(80_825, sink.films().stream().filter(f -> f.votes() != null).mapToLong(Film::votes).sum());
        assertEquals(Film.builder("Carmencita").id("tt0000001").year(1894).runtimeMinutes(1)
                .genres(List.of("Documentary", "Short")).rating(5.6).votes(1660L).titleType("short").build(),
                sink.film("tt0000001"));
        assertEquals(Film.builder("Le clown et ses chiens").id("tt0000002").year(1892).runtimeMinutes(5)
                .genres(List.of("Animation", "Short")).rating(6.1).votes(203L).titleType("short").build(),
                sink.film("tt0000002"));
        assertEquals(248, sink.films().stream().filter(f -> "short".equals(f.titleType())).count());
        assertEquals(1, sink.films().stream().filter(f -> "movie".equals(f.titleType())).count());
        assertEquals(48, sink.films().stream().filter(f -> nonAscii(f.title())).count());
        assertEquals(63, sink.films().stream().filter(f -> f.originalTitle() != null).count());

        assertEquals(28, sink.problems.size());
        assertEquals(IntStream.rangeClosed(223, 250).boxed().toList(),
                sink.problems.stream().map(p -> (int) p.line()).toList());
        assertEquals(ratings + ":223: tconst tt0000253 is not in title.basics.tsv", sink.problemLines().getFirst());
        assertEquals(ratings + ":250: tconst tt0000302 is not in title.basics.tsv", sink.problemLines().getLast());
        assertEquals(List.of(ratings), sink.problems.stream().map(Problem::file).distinct().toList());
        assertEquals(Film.builder("Matches: An Appeal").id("tt0000251").year(1899)
                .genres(List.of("Animation", "Short")).rating(5.5).votes(92L).titleType("short").build(),
                sink.films().getLast());
    }
}
