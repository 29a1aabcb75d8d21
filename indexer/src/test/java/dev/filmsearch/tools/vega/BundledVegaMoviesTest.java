package dev.filmsearch.tools.vega;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.corpus.rows.RowFixtures;
import dev.filmsearch.corpus.rows.SharedCorpusFixture;
import dev.filmsearch.corpus.text.Mojibake;
import dev.filmsearch.model.Film;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vega films the repository ships, corpus/vega-datasets/movies.jsonl.gz, as the indexer reads them. */
class BundledVegaMoviesTest {
    private static CollectingSink read() {
        return RowFixtures.read(new JsonLinesReader(),
                SharedCorpusFixture.source(RowFixtures.projectFolder().resolve("corpus"), "vega-datasets/movies.jsonl.gz"));
    }

    private static Film film(CollectingSink sink, String id) {
        return sink.films().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void the_bundled_file_holds_3200_films_and_reports_the_one_without_a_title() {
        CollectingSink sink = read();

        assertEquals(3200, sink.films().size());
        assertEquals(List.of("vega-datasets/movies.jsonl.gz:3054: missing title"), sink.problemLines());
        assertEquals(1870, sink.films().stream().filter(f -> !f.directors().isEmpty()).count());
        assertEquals(2987, sink.films().stream().filter(f -> f.rating() != null).count());
    }

    @Test
    void the_godfather_and_a_two_digit_year_film_keep_their_facts() {
        CollectingSink sink = read();

        assertEquals(Film.builder("The Godfather").year(1972).releaseDate(LocalDate.of(1972, 3, 15), null)
                .director("Francis Ford Coppola").rating(9.2).votes(411088L).build(),
                film(sink, "the-godfather-1972"));
        assertEquals(Film.builder("Duel in the Sun").year(1946).releaseDate(LocalDate.of(1946, 12, 31), null)
                .rating(7.0).votes(2906L).build(), film(sink, "duel-in-the-sun-1946"));
    }

    @Test
    void the_repaired_titles_are_read_with_their_accents_and_no_title_is_left_to_repair() {
        CollectingSink sink = read();

        assertEquals("Le Fabuleux destin d'Amélie Poulain", film(sink, "le-fabuleux-destin-d-amelie-poulain-2001").title());
        assertEquals("La mala educación", film(sink, "la-mala-educacion-2004").title());
        assertEquals("Per qualche dollaro in più", film(sink, "per-qualche-dollaro-in-piu-1967").title());
        assertEquals(List.of(), sink.films().stream().map(Film::title).filter(t -> !Mojibake.repair(t).equals(t))
                .toList());
    }
}
