package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each kind of hit shows of why it matched: a quote leads with its text and names its film; a review of a
 * film the catalogue lacks names the film as its source gave it; a person shows main roles and best-known films.
 * Fixture written for these tests (public facts, our own words).
 */
class HitShapesTest {
    private static final Credit COPPOLA = new Credit("nm0000338", "Francis Ford Coppola");

    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    static SearchService service;

    static List<CatalogRecord> records() {
        return List.of(
                new Person("nm0000338", "Francis Ford Coppola", List.of("producer", "writer", "director"), 1939,
                        null, List.of()),
                Film.builder("The Godfather").id("tt0068646").year(1972).genre("Crime").directors(List.of(COPPOLA))
                        .writers(List.of(COPPOLA)).castMember("Marlon Brando", "Vito Corleone")
                        .rating(9.2).votes(2_000_000L).build(),
                Film.builder("The Conversation").id("tt0071360").year(1974).genre("Drama")
                        .directors(List.of(COPPOLA)).rating(7.8).votes(120_000L).build(),
                Film.builder("Apocalypse Now").id("tt0078788").year(1979).genre("War").directors(List.of(COPPOLA))
                        .castMember("Marlon Brando", "Colonel Kurtz").rating(8.4).votes(700_000L).build(),
                Film.builder("Tetro").id("tt1117385").year(2009).genre("Drama").directors(List.of(COPPOLA)).build(),
                new Quote("q-offer", "tt0068646", "The Godfather", 1972, "Vito Corleone",
                        "I'm gonna make him an offer he can't refuse.", Language.EN),
                new Quote("q-cannoli", "tt0068646", "The Godfather", 1972, "Clemenza",
                        "Leave the gun. Take the cannoli.", Language.EN),
                new Review("r-imdb-id-only", "tt0453418", null, null, null, null, null, null, 9.0, null, null,
                        "Bromwell High is a cartoon comedy about a school and its pathetic teachers.", Language.EN),
                new Review("r-title-only", null, "La guerra de los mundos", null, "Hasta aquí de marcianos",
                        "Torbe", null, null, 2.0, null, null, "Otra película de marcianos que huyen.", Language.ES));
    }

    @BeforeAll
    static void index() throws IOException {
        searchers = new IndexSearchers(RecordsIndexer.index(dir, records(), Instant.parse("2024-05-01T10:00:00Z")));
        service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static List<Hit> hits(String q, RecordType type) {
        return service.search(new SearchRequest(q, Set.of(type), List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10)).hits();
    }

    @Test
    void a_quote_hit_leads_with_the_quote_its_speaker_and_names_its_film() {
        Hit hit = hits("cannoli", RecordType.QUOTE).getFirst();
        assertEquals(new Hit("quote", "q-cannoli", "Leave the gun. Take the cannoli.", 1972, 9.2, 2_000_000L,
                List.of("Francis Ford Coppola"), List.of("Crime"), hit.score(),
                Map.of("title", List.of("Leave the gun. Take the <mark>cannoli</mark>.")),
                new FilmRef("tt0068646", "The Godfather", 1972, true), null, null, "Clemenza", List.of(), List.of()),
                hit);
    }

    @Test
    void two_quotes_of_one_film_are_two_different_titles() {
        assertEquals(List.of("I'm gonna make him an offer he can't refuse.", "Leave the gun. Take the cannoli."),
                hits("godfather", RecordType.QUOTE).stream().map(Hit::title).sorted().toList());
    }

    @Test
    void a_review_whose_source_gave_only_an_imdb_id_names_that_id_and_is_not_in_the_catalogue() {
        Hit hit = hits("bromwell", RecordType.REVIEW).getFirst();
        assertEquals("r-imdb-id-only", hit.id());
        assertEquals("Bromwell High is a cartoon comedy about a school and its…", hit.title());
        assertEquals(new FilmRef("tt0453418", null, null, false), hit.film());
        assertEquals(List.of(), hit.directors());
    }

    @Test
    void a_review_whose_source_gave_a_title_the_catalogue_lacks_names_that_title() {
        Hit hit = hits("marcianos", RecordType.REVIEW).getFirst();
        assertEquals("r-title-only", hit.id());
        assertEquals("Hasta aquí de marcianos", hit.title());
        assertEquals(new FilmRef(null, "La guerra de los mundos", null, false), hit.film());
    }

    @Test
    void a_person_hit_shows_main_roles_by_film_count_and_best_known_films_by_votes() {
        Hit hit = hits("coppola", RecordType.PERSON).getFirst();
        assertEquals("nm0000338", hit.id());
        assertEquals(List.of("director", "writer", "producer"), hit.roles());
        assertEquals(List.of(new KnownFilm("tt0068646", "The Godfather", 1972, "director"),
                new KnownFilm("tt0078788", "Apocalypse Now", 1979, "director"),
                new KnownFilm("tt0071360", "The Conversation", 1974, "director")), hit.knownFor());
    }

    @Test
    void an_actor_is_known_for_the_films_they_are_credited_on_with_their_role() {
        Hit hit = hits("brando", RecordType.PERSON).getFirst();
        assertEquals("marlon-brando", hit.id());
        assertEquals(List.of("actor"), hit.roles());
        assertEquals(List.of(new KnownFilm("tt0068646", "The Godfather", 1972, "actor"),
                new KnownFilm("tt0078788", "Apocalypse Now", 1979, "actor")), hit.knownFor());
    }

    @Test
    void film_hits_have_no_speaker_roles_or_known_films() {
        Hit hit = hits("tetro", RecordType.FILM).getFirst();
        assertEquals(List.of("tt1117385", "movie"), List.of(hit.id(), hit.titleType()));
        assertEquals(java.util.Arrays.asList(null, List.of(), List.of()),
                java.util.Arrays.asList(hit.speaker(), hit.roles(), hit.knownFor()));
    }
}
