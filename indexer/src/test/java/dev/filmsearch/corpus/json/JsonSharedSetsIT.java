package dev.filmsearch.corpus.json;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.corpus.rows.SharedCorpusFixture;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON and JSON Lines files of ../shared/corpus, read whole through their mapping files. */
class JsonSharedSetsIT {
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
    void reads_vega_movies_with_numeric_titles_and_two_digit_year_errors_fixed() {
        CollectingSink sink = read(new JsonArrayReader(), "vega-datasets-movies/movies.json");

        List<Film> films = sink.all(Film.class);
        assertEquals(3200, films.size());
        assertEquals(List.of("vega-datasets-movies/movies.json:3055: missing title"), sink.problemLines());
        assertEquals(1870, films.stream().filter(f -> !f.directors().isEmpty()).count());
        assertEquals(2987, films.stream().filter(f -> f.rating() != null).count());
        assertEquals(0, films.stream().filter(f -> f.year() > 2011).count());
        assertEquals(Film.builder("Duel in the Sun").year(1946).releaseDate(LocalDate.of(1946, 12, 31), null)
                .rating(7.0).votes(2906L).build(), film(sink, "Duel in the Sun"));
        assertEquals(1972, film(sink, "1776").year());
        assertEquals(List.of("1776", "1941", "1408", "2012", "2046", "21", "300", "9", "54"),
                films.stream().map(Film::title).filter(t -> t.matches("\\d+")).toList());
        assertEquals(Film.builder("The Dark Knight").year(2008).releaseDate(LocalDate.of(2008, 7, 18), null)
                .director("Christopher Nolan").genre("Action").rating(8.9).votes(465000L).runtimeMinutes(152).build(),
                film(sink, "The Dark Knight"));
    }

    @Test
    void reads_wikipedia_films_with_cast_arrays_and_plots() {
        CollectingSink sink = read(new JsonArrayReader(), "wikipedia-movie-data/movies.json.gz");

        List<Film> films = sink.all(Film.class);
        assertEquals(36273, films.size());
        assertEquals(55, sink.problems.size());
        assertTrue(sink.problems.stream().allMatch(p -> p.reason().matches("ignored cast '[^\\p{L}\\p{N}]': no letter or digit")));
        assertEquals("wikipedia-movie-data/movies.json.gz:5894: ignored cast '.': no letter or digit",
                sink.problemLines().getFirst());
        assertEquals(34532, films.stream().filter(f -> f.plot() != null).count());
        assertEquals(35404, films.stream().filter(f -> !f.cast().isEmpty()).count());
        assertEquals(35685, films.stream().filter(f -> !f.genres().isEmpty()).count());
        assertEquals(Film.builder("The Enchanted Drawing").year(1900).genre("Silent")
                .plot("The Enchanted Drawing is a 1900 silent film directed by J. Stuart Blackton. It is best known "
                        + "for containing the first animated sequences recorded on standard picture film, which has "
                        + "led Blackton to be considered the father of American animation.").build(),
                film(sink, "The Enchanted Drawing"));
    }

    @Test
    void reads_muchocine_reviews_in_spanish_on_a_five_star_scale() {
        CollectingSink sink = read(new JsonLinesReader(), "muchocine-es-reviews/muchocine_reviews.jsonl.gz");

        List<Review> reviews = sink.all(Review.class);
        assertEquals(3877, reviews.size());
        assertEquals(List.of("muchocine-es-reviews/muchocine_reviews.jsonl.gz:2592: missing body"),
                sink.problemLines());
        assertEquals(Map.of(2.0, 351L, 4.0, 922L, 6.0, 1253L, 8.0, 890L, 10.0, 461L),
                count(reviews, Review::rating));
        assertTrue(reviews.stream().allMatch(r -> r.language() == Language.ES && r.filmId() == null));
        assertEquals(1293, reviews.stream().map(Review::filmTitle).distinct().count());
        Review may = reviews.stream().filter(r -> r.id().equals("r-muchocine-10")).findFirst().orElseThrow();
        assertEquals("May", may.filmTitle());
        assertEquals(8.0, may.rating());
        assertEquals("Ivan Sainz-Pardo", may.author());
        assertEquals("May, ¿quieres ser mi amigo?", may.headline());
    }

    @Test
    void reads_aclimdb_reviews_with_film_ids_and_no_html_breaks() {
        CollectingSink sink = read(new JsonLinesReader(), "aclimdb-reviews/aclimdb_reviews.jsonl.gz");

        List<Review> reviews = sink.all(Review.class);
        assertEquals(50000, reviews.size());
        assertEquals(List.of(), sink.problemLines());
        assertEquals(7036, reviews.stream().map(Review::filmId).distinct().count());
        assertEquals(50000, reviews.stream().map(Review::id).distinct().count());
        assertEquals(0, reviews.stream().filter(r -> r.body().contains("<br")).count());
        assertEquals(new TreeMap<>(Map.of(1.0, 10122L, 2.0, 4586L, 3.0, 4961L, 4.0, 5331L, 7.0, 4803L, 8.0, 5859L,
                9.0, 4607L, 10.0, 9731L)), new TreeMap<>(count(reviews, Review::rating)));
        Review first = reviews.getFirst();
        assertEquals("r-aclimdb-train-pos-0-9", first.id());
        assertEquals("tt0453418", first.filmId());
        assertEquals(9.0, first.rating());
        assertEquals(Language.EN, first.language());
        assertTrue(first.body().startsWith("Bromwell High is a cartoon comedy."), first.body());
    }

    private static CollectingSink read(FormatReader reader, String file) {
        return RowFixtures.read(reader, corpus.source(file));
    }

    private static Film film(CollectingSink sink, String title) {
        return sink.all(Film.class).stream().filter(f -> Objects.equals(f.title(), title)).findFirst().orElseThrow();
    }

    private static <T> Map<T, Long> count(List<Review> reviews, Function<Review, T> key) {
        return reviews.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
