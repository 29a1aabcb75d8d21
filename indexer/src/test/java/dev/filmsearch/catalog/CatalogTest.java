package dev.filmsearch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Review review(String id, String filmId, String filmTitle, Integer year, String body) {
        return new Review(id, filmId, filmTitle, year, null, null, null, null, null, null, null, body, null);
    }

    @Test
    void same_imdb_id_from_two_files_becomes_one_film_with_the_most_voted_rating() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("The Godfather").id("tt0068646").year(1972).genre("Crime").rating(9.1).votes(100L)
                .director("Francis Ford Coppola").build());
        catalog.accept(Film.builder("Godfather, The").id("tt0068646").genres(List.of("crime", "Drama")).rating(9.2)
                .votes(1_500_000L).plot("The aging patriarch of an organized crime dynasty transfers control.")
                .director("Francis Ford Coppola").build());

        CatalogContents contents = catalog.finish();

        assertEquals(1, contents.films().size());
        Film film = contents.films().getFirst();
        assertEquals("tt0068646", film.id());
        assertEquals("The Godfather", film.title());
        assertEquals(1972, film.year());
        assertEquals(List.of("Crime", "Drama"), film.genres());
        assertEquals(9.2, film.rating());
        assertEquals(1_500_000L, film.votes());
        assertEquals(List.of(new Credit("francis-ford-coppola", "Francis Ford Coppola")), film.directors());
        assertEquals(2, contents.stats().read().get(dev.filmsearch.model.RecordType.FILM));
    }

    @Test
    void same_title_and_year_without_ids_merge_and_the_imdb_id_wins() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Salvador Allende").year(2004).plot("short").build());
        catalog.accept(Film.builder("salvador allende").id("tt0400029").year(2004).plot("a longer plot wins").build());

        List<Film> films = catalog.finish().films();

        assertEquals(1, films.size());
        assertEquals("tt0400029", films.getFirst().id());
        assertEquals("Salvador Allende", films.getFirst().title());
        assertEquals("a longer plot wins", films.getFirst().plot());
    }

    @Test
    void two_imdb_ids_with_the_same_title_and_year_stay_two_films() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Crash").id("tt0375679").year(2004).build());
        catalog.accept(Film.builder("Crash").id("tt0379999").year(2004).build());

        assertEquals(2, catalog.finish().films().size());
    }

    @Test
    void people_are_derived_from_credits_and_take_the_imdb_id_of_a_person_record_with_the_same_name_and_film() {
        Catalog catalog = new Catalog();
        catalog.accept(new Person("nm0349374", "Patricio Guzmán", List.of("director"), 1941, null,
                List.of(new PersonFilm("salvador-allende-2004", "Salvador Allende", 2004, "director", null))));
        catalog.accept(Film.builder("Salvador Allende").year(2004).director("Patricio Guzmán")
                .castMember("Jacques Bidou", "Narrator").build());

        CatalogContents contents = catalog.finish();

        assertEquals(List.of(new Credit("nm0349374", "Patricio Guzmán")), contents.films().getFirst().directors());
        assertEquals(List.of(
                new Person("jacques-bidou", "Jacques Bidou", List.of("actor"), null, null,
                        List.of(new PersonFilm("salvador-allende-2004", "Salvador Allende", 2004, "actor", "Narrator"))),
                new Person("nm0349374", "Patricio Guzmán", List.of("director"), 1941, null,
                        List.of(new PersonFilm("salvador-allende-2004", "Salvador Allende", 2004, "director", null)))),
                contents.people());
        assertEquals(new CastMember("jacques-bidou", "Jacques Bidou", "Narrator"), contents.films().getFirst().cast().getFirst());
    }

    @Test
    void linking_reports_every_record_it_scans_and_ends_at_the_total_it_announced() throws Exception {
        Catalog catalog = new Catalog();
        for (int i = 0; i < 12_000; i++) {
            catalog.accept(Film.builder("Film " + i).id(String.format("tt%07d", i + 1)).year(1990 + i % 30).build());
        }
        catalog.accept(new Person("nm0349374", "Patricio Guzmán", List.of("director"), 1941, null, List.of()));
        List<Long> heard = new java.util.ArrayList<>();

        try (CatalogContents contents = catalog.finish(heard::add)) {
            assertEquals(12_000, contents.films().size());
        }

        // 4 scans of 12,000 films and 4 of one person record (the fourth: the films it names): 48,004, heard
        // every 10,000 and at the end
        assertEquals(48_004, catalog.linkingScans());
        assertEquals(List.of(10_000L, 20_000L, 30_000L, 40_000L, 48_004L), heard);
    }

    @Test
    void the_scan_of_the_films_people_records_name_counts_as_their_fourth_scan_and_ends_at_the_total() throws Exception {
        Catalog catalog = new Catalog();
        for (int i = 0; i < 3; i++) {
            catalog.accept(Film.builder("Film " + i).id("tt000000" + (i + 1)).year(2000).votes(10L * (i + 1)).build());
        }
        for (int i = 0; i < 5_000; i++) {
            catalog.accept(new Person(String.format("nm%07d", i + 1), "Person " + i, List.of("actor"), null, null,
                    List.of(new PersonFilm("tt0000001", null, null, "actor", null),
                            new PersonFilm("tt0000003", null, null, "actor", null),
                            new PersonFilm("tt9999999", null, null, "actor", null))));
        }
        List<Long> heard = new java.util.ArrayList<>();

        try (CatalogContents contents = catalog.finish(heard::add)) {
            assertEquals(List.of(new PersonFilm("tt0000001", "Film 0", 2000, "actor", null),
                    new PersonFilm("tt0000003", "Film 2", 2000, "actor", null)), contents.people().get(4_999).films());
            assertEquals(List.of(new FilmFame(10, null, 0.5), new FilmFame(30, null, 0.5)),
                    person(contents, "nm0005000").fame(), "the fame of each named film, an actor off its cast");
        }

        // 4 scans of 3 films and 4 of 5,000 people records: 20,012
        assertEquals(20_012, catalog.linkingScans());
        assertEquals(List.of(10_000L, 20_000L, 20_012L), heard);
    }

    @Test
    void a_film_a_people_record_names_by_slug_is_the_film_found_when_untitled_and_has_no_fame_when_titled()
            throws Exception {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Film 1").id("tt0000001").year(2000).votes(10L).build());
        catalog.accept(Film.builder("Film 2").id("tt0000002").year(2000).votes(20L).build());
        String slug1 = dev.filmsearch.model.Ids.filmId(null, "Film 1", 2000);
        String slug2 = dev.filmsearch.model.Ids.filmId(null, "Film 2", 2000);
        catalog.accept(new Person("nm0000001", "Ana", List.of(), null, null,
                List.of(new PersonFilm(slug1, "Film 1", 2000, "actor", null),
                        new PersonFilm(slug2, null, null, "director", null))));

        try (CatalogContents contents = catalog.finish()) {
            LinkedRecord ana = person(contents, "nm0000001");
            assertEquals(new Person("nm0000001", "Ana", List.of(), null, null,
                    List.of(new PersonFilm(slug1, "Film 1", 2000, "actor", null),
                            new PersonFilm("tt0000002", "Film 2", 2000, "director", null))), ana.record());
            assertEquals(java.util.Arrays.asList(null, new FilmFame(20, null, 1.0)), ana.fame());
        }
    }

    private static LinkedRecord person(CatalogContents contents, String id) {
        try (CatalogContents.Cursor c = contents.records(dev.filmsearch.model.RecordType.PERSON)) {
            for (LinkedRecord r = c.next(); r != null; r = c.next()) {
                if (r.record().id().equals(id)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no person " + id);
    }

        @Test
    void reviews_attach_by_id_then_by_title_and_year_then_to_the_best_known_film_of_that_title() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("300").id("tt0416449").year(2006).votes(700_000L).build());
        catalog.accept(Film.builder("300").year(1940).votes(10L).build());
        catalog.accept(review("r-a", "tt0416449", null, null, "Great battle scenes and a strong cast."));
        catalog.accept(review("r-b", null, "300", 1940, "An old film about the number."));
        catalog.accept(review("r-c", null, "300", null, "La película es muy buena y la recomiendo para todos."));
        catalog.accept(review("r-d", "tt9999999", null, null, "A film that is not in the catalogue."));

        CatalogContents contents = catalog.finish();

        List<Review> reviews = contents.reviews();
        assertEquals("tt0416449", reviews.get(0).filmId());
        assertEquals("300-1940", reviews.get(1).filmId());
        assertEquals("tt0416449", reviews.get(2).filmId());
        assertEquals(2006, reviews.get(2).filmYear());
        assertEquals(Language.ES, reviews.get(2).language());
        assertEquals(Language.EN, reviews.get(0).language());
        assertEquals("tt9999999", reviews.get(3).filmId());
        assertNull(reviews.get(3).filmTitle());
        assertEquals(3, contents.stats().reviewsAttached());
    }

    @Test
    void the_same_quote_id_twice_is_kept_once() {
        Catalog catalog = new Catalog();
        catalog.accept(new Quote("q-1", null, "Star Wars", 1977, null, "May the Force be with you.", Language.EN));
        catalog.accept(new Quote("q-1", null, "Star Wars", 1977, null, "May the Force be with you.", Language.EN));

        assertEquals(1, catalog.finish().quotes().size());
    }

    @Test
    void a_review_that_names_a_film_by_its_spanish_alias_attaches_to_it() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("The Godfather").id("tt0068646").year(1972).votes(2_000_000L)
                .alias(new dev.filmsearch.model.Alias("El padrino", "ES", "es", List.of(), List.of())).build());
        catalog.accept(Film.builder("Padrino").year(1990).votes(5L).build());
        catalog.accept(review("r-1", null, "El Padrino", 1972, "Una obra maestra del cine sobre la familia."));

        CatalogContents contents = catalog.finish();

        Review r = contents.reviews().getFirst();
        assertEquals("tt0068646", r.filmId());
        assertEquals("The Godfather", r.filmTitle());
        assertEquals(1, contents.stats().reviewsAttached());
    }
}
