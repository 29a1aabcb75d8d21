package dev.filmsearch.corpus.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.Catalog;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordNormaliserTest {
    private static final RecordNormaliser NORMALISER = RecordNormaliser.standard();

    private static Film normalise(Film film, NormalisationTally tally) {
        return (Film) NORMALISER.normalise(film, tally);
    }

    private static Film normalise(Film film) {
        return normalise(film, new NormalisationTally());
    }

    @Test
    void a_film_whose_countries_name_the_united_states_twice_gets_it_once() {
        Film film = normalise(Film.builder("Avatar").year(2009)
                .countries(List.of("USA", "United States of America", "UK")).build());
        assertEquals(List.of("United States", "United Kingdom"), film.countries());

        Film oneValue = normalise(Film.builder("Avatar").year(2009)
                .countries(List.of("USA, United States of America")).build());
        assertEquals(List.of("United States"), oneValue.countries());
    }

    @Test
    void the_same_film_from_two_sources_spelling_the_country_differently_has_one_country_after_merging()
            throws Exception {
        NormalisationTally tally = new NormalisationTally();
        try (Catalog catalog = new Catalog()) {
            catalog.accept(normalise(Film.builder("Avatar").id("tt0499549").year(2009).countries(List.of("USA"))
                    .genres(List.of("Action", "Sci-Fi")).languages(List.of("English")).build(), tally));
            catalog.accept(normalise(Film.builder("Avatar").year(2009)
                    .countries(List.of("United States of America", "United Kingdom"))
                    .genres(List.of("Action", "Science Fiction", "Adventure")).languages(List.of("en")).build(), tally));
            Film merged = catalog.finish().films().getFirst();
            assertEquals(List.of("United States", "United Kingdom"), merged.countries());
            assertEquals(List.of("Action", "Sci-Fi", "Adventure"), merged.genres());
            assertEquals(List.of("English"), merged.languages());
        }
        assertEquals(Map.of("genre", 5, "country", 3, "language", 2), tally.report().mapped());
    }

    @Test
    void genres_are_split_mapped_and_kept_once_in_first_seen_order() {
        Film film = normalise(Film.builder("Heat").year(1995)
                .genres(List.of("Thriller/Suspense", "Crime", "Thriller", "Suspense", "Romantic Comedy", "Comedy",
                        "Historical", "History"))
                .build());
        assertEquals(List.of("Thriller", "Crime", "Romance", "Comedy", "History"), film.genres());
    }

    @Test
    void an_unknown_genre_is_kept_as_it_is_and_counted() {
        NormalisationTally tally = new NormalisationTally();
        Film film = normalise(Film.builder("Clerks").year(1994).genres(List.of("Independent", "comedy", "independent"))
                .build(), tally);
        normalise(Film.builder("Slacker").year(1990).genres(List.of("Independent", "TV Movie")).build(), tally);

        assertEquals(List.of("Independent", "Comedy"), film.genres());
        assertEquals(List.of(new ValueReport.Count("Independent", 2), new ValueReport.Count("TV Movie", 1),
                new ValueReport.Count("independent", 1)), tally.report().unknown("genre"));
    }

    @Test
    void languages_and_the_release_country_get_their_standard_names() {
        Film film = normalise(Film.builder("Metropolis").year(1927).languages(List.of("None", "Inglés", "en", "Panjabi"))
                .releaseDate(java.time.LocalDate.of(1927, 3, 6), "USA").build());
        assertEquals(List.of("No linguistic content", "English", "Punjabi"), film.languages());
        assertEquals("United States", film.releaseCountry());
    }

    @Test
    void a_vega_title_with_mojibake_is_repaired_and_its_slug_id_derived_again() {
        NormalisationTally tally = new NormalisationTally();
        Film film = normalise(Film.builder("La mala educaciÛn").year(2004).director("Pedro AlmodÛvar")
                .castMember("Gael GarcÌa Bernal", "Juan/Ángel/Zahara").build(), tally);

        assertEquals("La mala educación", film.title());
        assertEquals("la-mala-educacion-2004", film.id());
        assertEquals(List.of(new Credit("pedro-almodovar", "Pedro Almodóvar")), film.directors());
        assertEquals(List.of(new CastMember("gael-garcia-bernal", "Gael García Bernal", "Juan/Ángel/Zahara")),
                film.cast());
        assertEquals(Map.of("film title", 1, "person name", 2), tally.report().repaired());
    }

    @Test
    void an_imdb_id_or_an_id_the_source_gave_is_kept_when_the_title_is_repaired() {
        assertEquals("tt0275491", normalise(Film.builder("La mala educaciÛn").id("tt0275491").year(2004).build()).id());
        assertEquals("vega-1234", normalise(Film.builder("AmÈlie").id("vega-1234").year(2001).build()).id());
        assertEquals(new Credit("nm0000264", "Pedro Almodóvar"),
                normalise(Film.builder("Volver").year(2006).directors(List.of(new Credit("nm0000264",
                        "Pedro AlmodÛvar"))).build()).directors().getFirst());
    }

    @Test
    void related_films_keep_their_id_and_get_mapped_genres() {
        Film film = normalise(Film.builder("Salvador Allende").year(2004)
                .related(List.of(new RelatedFilm("tt0420509", "Machuca", 2004, 7.5, List.of("Drama", "Historical"),
                        "Chile, 1973.", List.of("AndrÈs Wood"), List.of()))).build());
        assertEquals(new RelatedFilm("tt0420509", "Machuca", 2004, 7.5, List.of("Drama", "History"), "Chile, 1973.",
                List.of("Andrés Wood"), List.of()), film.related().getFirst());
    }

    @Test
    void text_that_is_right_is_left_as_it_is() {
        Film right = Film.builder("São Paulo, Sociedade Anônima").year(1965).plot("SÃO PAULO e IRMÃO: Ãgua")
                .genres(List.of("Drama")).countries(List.of("Brazil")).languages(List.of("Portuguese")).build();
        assertEquals(right, normalise(right));
    }

    @Test
    void reviews_quotes_and_people_have_their_text_repaired_and_their_film_link_derived_again() {
        NormalisationTally tally = new NormalisationTally();
        Review review = (Review) NORMALISER.normalise(new Review("r-1", "amelie-2001", "AmÈlie", 2001, "TrÃ¨s bien",
                "JosÃ©", null, null, 8.0, null, null, "Un film trÃ¨s rÃ©ussi.", null), tally);
        assertEquals(new Review("r-1", "amelie-2001", "Amélie", 2001, "Très bien", "José", null, null, 8.0, null,
                null, "Un film très réussi.", null), review);

        Review linkedBySlug = (Review) NORMALISER.normalise(new Review("r-2", "la-mala-educaciun-2004",
                "La mala educaciÛn", 2004, null, null, null, null, null, null, null, "Buena.", null), tally);
        assertEquals("la-mala-educacion-2004", linkedBySlug.filmId());

        Quote quote = (Quote) NORMALISER.normalise(new Quote("q-1", null, "LÈon", 1994, "MathildÃ©",
                "Is life always this hard, or is it just when you're a kid?", null), tally);
        assertEquals(new Quote("q-1", null, "Léon", 1994, "Mathildé",
                "Is life always this hard, or is it just when you're a kid?", null), quote);

        Person person = (Person) NORMALISER.normalise(new Person("nm0000264", "Pedro AlmodÛvar",
                List.of("director"), 1949, null, List.of(new PersonFilm("la-mala-educaciun-2004",
                        "La mala educaciÛn", 2004, "director", null))), tally);
        assertEquals(new Person("nm0000264", "Pedro Almodóvar", List.of("director"), 1949, null,
                List.of(new PersonFilm("la-mala-educacion-2004", "La mala educación", 2004, "director", null))),
                person);
        Person slugged = (Person) NORMALISER.normalise(new Person("pedro-almoduvar", "Pedro AlmodÛvar",
                List.of(), null, null, List.of()), tally);
        assertEquals("pedro-almodovar", slugged.id());
    }

    @Test
    void a_film_without_values_to_change_comes_out_equal() {
        Film plain = Film.builder("The Godfather").id("tt0068646").year(1972).genres(List.of("Crime", "Drama"))
                .countries(List.of("United States")).languages(List.of("English", "Italian")).build();
        NormalisationTally tally = new NormalisationTally();
        assertEquals(plain, normalise(plain, tally));
        assertEquals(Map.of(), tally.report().repaired());
        assertEquals(Map.of(), tally.report().unknown());
    }
}
