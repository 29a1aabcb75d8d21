package dev.filmsearch.corpus.csv;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.corpus.rows.SharedCorpusFixture;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Text;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV files of ../shared/corpus, read whole: exact counts of records and problems, and a few known films. */
class CsvSharedSetsIT {
    private static SharedCorpusFixture.Corpus corpus;

    @BeforeAll
    static void linkTheSharedFiles() throws IOException {
        corpus = SharedCorpusFixture.require().build(SharedCorpusFixture.ROW_FILES);
    }

    @AfterAll
    static void removeTheLinks() throws IOException {
        if (corpus != null) {
            corpus.close();
        }
    }

    @Test
    void reads_imdb_top_1000_keeping_apollo_13_without_its_year() {
        CollectingSink sink = read("imdb-top-1000/imdb_top_1000.csv");

        assertEquals(1000, sink.all(Film.class).size());
        assertEquals(List.of("imdb-top-1000/imdb_top_1000.csv:968: ignored Released_Year 'PG': not a year"),
                sink.problemLines());
        Film apollo = film(sink, "Apollo 13");
        assertEquals("apollo-13", apollo.id());
        assertEquals(null, apollo.year());
        assertEquals(List.of(Credit.named("Ron Howard")), apollo.directors());
        assertEquals(7.6, apollo.rating());
        Film knight = film(sink, "The Dark Knight");
        assertEquals("the-dark-knight-2008", knight.id());
        assertEquals(List.of("Christian Bale", "Heath Ledger", "Aaron Eckhart", "Michael Caine"),
                knight.cast().stream().map(c -> c.name()).toList());
        assertEquals(List.of("Action", "Crime", "Drama"), knight.genres());
        assertEquals(9.0, knight.rating());
        assertEquals(2303232L, knight.votes());
        assertEquals(152, knight.runtimeMinutes());
    }

    @Test
    void reads_imdb_5000_rejecting_the_one_misaligned_row() {
        CollectingSink sink = read("imdb-5000-movie-metadata/movie_metadata.csv");

        List<Film> films = sink.all(Film.class);
        assertEquals(5042, films.size());
        assertEquals(List.of("imdb-5000-movie-metadata/movie_metadata.csv:5033: misaligned row: value '424' under "
                + "unnamed column 29"), sink.problemLines());
        assertEquals(4918, films.stream().map(Film::id).distinct().count());
        assertEquals(5042, films.stream().filter(f -> f.id().startsWith("tt")).count());
        assertEquals(108, films.stream().filter(f -> f.year() == null).count());
        assertEquals(40, films.stream().filter(f -> f.languages().equals(List.of("Spanish"))).count());
        Film avatar = films.getFirst();
        assertEquals(Film.builder("Avatar").id("tt0499549").year(2009)
                .genres(List.of("Action", "Adventure", "Fantasy", "Sci-Fi")).director("James Cameron")
                .castMember("CCH Pounder", null).castMember("Joel David Moore", null).castMember("Wes Studi", null)
                .rating(7.9).votes(886204L).runtimeMinutes(178).languages(List.of("English"))
                .countries(List.of("USA")).keywords(List.of("avatar", "future", "marine", "native", "paraplegic"))
                .build(), avatar);
    }

    @Test
    void reads_imdb_movie_data_2006_to_2016_without_a_problem() {
        CollectingSink sink = read("imdb-movie-data-2006-2016/IMDB-Movie-Data.csv");

        assertEquals(1000, sink.all(Film.class).size());
        assertEquals(List.of(), sink.problemLines());
        assertEquals(Film.builder("Guardians of the Galaxy").year(2014).genres(List.of("Action", "Adventure", "Sci-Fi"))
                .plot("A group of intergalactic criminals are forced to work together to stop a fanatical warrior "
                        + "from taking control of the universe.")
                .director("James Gunn").castMember("Chris Pratt", null).castMember("Vin Diesel", null)
                .castMember("Bradley Cooper", null).castMember("Zoe Saldana", null)
                .runtimeMinutes(121).rating(8.1).votes(757074L).build(), sink.all(Film.class).getFirst());
    }

    @Test
    void reads_tmdb_5000_with_its_json_columns() {
        CollectingSink sink = read("tmdb-5000-movies/tmdb_5000_movies.csv.gz");

        List<Film> films = sink.all(Film.class);
        assertEquals(4803, films.size());
        assertEquals(List.of(
                "tmdb-5000-movies/tmdb_5000_movies.csv.gz:2471: ignored keywords '{\"id\":13091,\"name\":\" \"}': empty",
                "tmdb-5000-movies/tmdb_5000_movies.csv.gz:3442: ignored keywords '{\"id\":13091,\"name\":\" \"}': empty"),
                sink.problemLines());
        assertEquals(4741, films.stream().filter(f -> f.rating() != null).count());
        assertEquals(4766, films.stream().filter(f -> f.runtimeMinutes() != null).count());
        assertEquals(4802, films.stream().filter(f -> f.releaseDate() != null).count());
        assertEquals(4775, films.stream().filter(f -> !f.genres().isEmpty()).count());
        Film sea = film(sink, "The Sea Inside");
        assertEquals("Mar adentro", sea.originalTitle());
        assertEquals(LocalDate.of(2004, 9, 3), sea.releaseDate());
        assertEquals("the-sea-inside-2004", sea.id());
        assertEquals(7.2, sea.rating());
        assertEquals(125, sea.runtimeMinutes());
        Film avatar = films.getFirst();
        assertEquals(List.of("Action", "Adventure", "Fantasy", "Science Fiction"), avatar.genres());
        assertEquals(List.of("United States of America", "United Kingdom"), avatar.countries());
        assertEquals(21, avatar.keywords().size());
    }

    @Test
    void reads_movie_quotes_through_their_mapping_file() {
        CollectingSink sink = read("movie-quotes/movie_quotes.csv");

        List<Quote> quotes = sink.all(Quote.class);
        assertEquals(732, quotes.size());
        assertEquals(List.of(), sink.problemLines());
        // the same quote of the same film (and year) is the same record: 4 rows repeat an earlier one
        assertEquals(728, quotes.stream().map(Quote::id).distinct().count());
        Quote first = quotes.getFirst();
        assertEquals(new Quote(first.id(), null, "Star Wars: Episode V - The Empire Strikes Back", 1890, null,
                "Do, or do not. There is no try.", null), first);
        assertEquals(3, quotes.stream().filter(q -> Text.fold(q.text()).contains("feel the need")).count());
    }

    private static CollectingSink read(String file) {
        return RowFixtures.read(new CsvReader(), corpus.source(file));
    }

    private static Film film(CollectingSink sink, String title) {
        return sink.all(Film.class).stream().filter(f -> Objects.equals(f.title(), title)).findFirst().orElseThrow();
    }
}
