package dev.filmsearch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people rules: one person per nm id; a name-only credit joins a namesake only through a shared film. */
class PeopleResolutionTest {

    private static Person nolan(List<PersonFilm> films) {
        return new Person("nm0634240", "Christopher Nolan", List.of("director", "writer"), 1970, null, films);
    }

    /** A people record whose films are known by id only, as IMDb's knownForTitles outside an excerpt. */
    private static Person pittKnownFor(String... filmIds) {
        return new Person("nm0000093", "Brad Pitt", List.of("actor"), 1963, null, java.util.Arrays.stream(filmIds)
                .map(id -> new PersonFilm(id, null, null, null, null)).toList());
    }

    private static List<String> ids(CatalogContents contents) {
        return contents.people().stream().map(p -> p.id() + " " + p.name() + " " + p.films().size()).toList();
    }

    @Test
    void a_name_only_credit_on_a_film_the_person_record_knows_takes_its_id_and_so_do_the_name_s_other_credits() {
        Catalog catalog = new Catalog();
        catalog.accept(nolan(List.of(new PersonFilm("tt1375666", "Inception", 2010, "director", null))));
        catalog.accept(Film.builder("Inception").id("tt1375666").year(2010).director("Christopher Nolan").build());
        catalog.accept(Film.builder("Memento").year(2000).director("Christopher Nolan").build());

        CatalogContents contents = catalog.finish();

        assertEquals(List.of(new Credit("nm0634240", "Christopher Nolan")), contents.films().get(0).directors());
        assertEquals(List.of(new Credit("nm0634240", "Christopher Nolan")), contents.films().get(1).directors());
        assertEquals(List.of("nm0634240 Christopher Nolan 2"), ids(contents));
        assertEquals(Map.of("same nm id", 2L, "folded name and a shared film", 2L, "folded name, no IMDb id", 0L),
                contents.stats().people().merged());
        assertEquals(0L, contents.stats().people().keptApart("namesake of an IMDb person, no shared film"));
    }

    @Test
    void a_name_only_credit_in_one_role_takes_the_id_of_the_same_name_credited_in_another_role_of_that_film() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Following").id("tt0154506").year(1998)
                .writers(List.of(new Credit("nm0634240", "Christopher Nolan"))).build());
        catalog.accept(Film.builder("Following").id("tt0154506").year(1998).director("Christopher Nolan").build());

        CatalogContents contents = catalog.finish();

        assertEquals(List.of(new Credit("nm0634240", "Christopher Nolan")), contents.films().getFirst().directors());
        assertEquals(List.of("nm0634240 Christopher Nolan 2"), ids(contents));
    }

    @Test
    void a_film_merged_from_a_credit_by_name_and_one_by_id_links_the_name_s_credits_on_other_films() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("Inception").id("tt1375666").year(2010).director("Christopher Nolan").build());
        catalog.accept(Film.builder("Inception").id("tt1375666").year(2010)
                .directors(List.of(new Credit("nm0634240", "Christopher Nolan"))).build());
        catalog.accept(Film.builder("Memento").year(2000).director("Christopher Nolan").build());

        CatalogContents contents = catalog.finish();

        assertEquals("memento-2000", contents.films().getFirst().id());
        assertEquals(List.of(new Credit("nm0634240", "Christopher Nolan")), contents.films().getFirst().directors());
        assertEquals(List.of("nm0634240 Christopher Nolan 2"), ids(contents));
        assertEquals(1L, contents.stats().people().merged("folded name and a shared film"));
    }

    @Test
    void a_namesake_without_a_shared_film_stays_a_person_of_their_own() {
        Catalog catalog = new Catalog();
        catalog.accept(nolan(List.of(new PersonFilm("tt1375666", "Inception", 2010, "director", null))));
        catalog.accept(Film.builder("Short Film").year(1989).castMember("Christopher Nolan", "Boy").build());
        catalog.accept(Film.builder("Another Short").year(1990).castMember("Christopher Nolan", "Man").build());

        CatalogContents contents = catalog.finish();

        assertEquals(new CastMember("christopher-nolan", "Christopher Nolan", "Boy"),
                contents.films().get(1).cast().getFirst());
        assertEquals(List.of("christopher-nolan Christopher Nolan 2", "nm0634240 Christopher Nolan 1"), ids(contents));
        assertEquals(Map.of("same nm id", 0L, "folded name and a shared film", 0L, "folded name, no IMDb id", 1L),
                contents.stats().people().merged());
        assertEquals(1L, contents.stats().people().keptApart("namesake of an IMDb person, no shared film"));
    }

    @Test
    void of_two_namesakes_with_imdb_ids_a_credit_takes_the_one_who_shares_its_film() {
        Catalog catalog = new Catalog();
        catalog.accept(new Person("nm0000001", "John Smith", List.of("actor"), 1950, null,
                List.of(new PersonFilm("tt0000100", "Western", 1970, "actor", null))));
        catalog.accept(new Person("nm0000002", "John Smith", List.of("actor"), 1980, null,
                List.of(new PersonFilm("tt0000200", "Comedy", 2010, "actor", null))));
        catalog.accept(Film.builder("Comedy").id("tt0000200").year(2010).castMember("John Smith", "Clerk").build());

        CatalogContents contents = catalog.finish();

        assertEquals(new CastMember("nm0000002", "John Smith", "Clerk"), contents.films().getFirst().cast().getFirst());
    }

    @Test
    void a_person_known_for_a_film_by_id_only_shares_it_with_a_name_only_credit_and_their_other_credits_follow() {
        Catalog catalog = new Catalog();
        catalog.accept(pittKnownFor("tt0137523", "tt9999998"));
        catalog.accept(Film.builder("Fight Club").id("tt0137523").year(1999).castMember("Brad Pitt", "Tyler Durden")
                .build());
        catalog.accept(Film.builder("Se7en").year(1995).castMember("Brad Pitt", "Mills").build());

        CatalogContents contents = catalog.finish();

        assertEquals(new CastMember("nm0000093", "Brad Pitt", "Tyler Durden"), contents.films().get(1).cast().getFirst());
        assertEquals(new CastMember("nm0000093", "Brad Pitt", "Mills"), contents.films().get(0).cast().getFirst());
        assertEquals(List.of(new PersonFilm("se7en-1995", "Se7en", 1995, "actor", "Mills"),
                        new PersonFilm("tt0137523", "Fight Club", 1999, "actor", "Tyler Durden")),
                contents.people().getFirst().films());
        assertEquals(List.of("nm0000093 Brad Pitt 2"), ids(contents));
        assertEquals(0L, contents.stats().people().keptApart("namesake of an IMDb person, no shared film"));
    }

    @Test
    void a_film_known_by_id_only_takes_the_catalogue_s_title_and_year_and_one_the_catalogue_lacks_is_dropped() {
        Catalog catalog = new Catalog();
        catalog.accept(pittKnownFor("tt9999998", "tt0137523"));
        catalog.accept(Film.builder("Fight Club").id("tt0137523").year(1999).build());

        CatalogContents contents = catalog.finish();

        assertEquals(List.of(new PersonFilm("tt0137523", "Fight Club", 1999, null, null)),
                contents.people().getFirst().films());
    }
}
