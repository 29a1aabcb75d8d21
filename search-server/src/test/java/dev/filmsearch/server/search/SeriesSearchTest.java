package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.server.records.FilmPage;
import dev.filmsearch.server.records.RecordService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search and record pages over IMDb-style records: a film with aliases, two series with episodes (one episode
 * shares a movie's name and has more votes), and a film of another source without a title type.
 */
class SeriesSearchTest {
    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    static SearchService service;
    static RecordService records;

    static List<CatalogRecord> catalogue() {
        return List.of(
                Film.builder("The Godfather").id("tt0068646").year(1972).titleType("movie").rating(9.2)
                        .votes(2_100_000L)
                        .alias(new Alias("Il padrino", "IT", null, List.of("imdbDisplay"), List.of()))
                        .alias(new Alias("El padrino", "ES", null, List.of("imdbDisplay"), List.of())).build(),
                Film.builder("Breaking Bad").id("tt0903747").year(2008).titleType("tvSeries").rating(9.5)
                        .votes(2_200_000L).alias(new Alias("Breaking Bad", "ES", null, List.of(), List.of())).build(),
                episode("Pilot", "tt0959621", "tt0903747", "Breaking Bad", 1, 1, 60_000L),
                episode("Cat's in the Bag...", "tt1054724", "tt0903747", "Breaking Bad", 1, 2, 40_000L),
                episode("Seven Thirty-Seven", "tt1232244", "tt0903747", "Breaking Bad", 2, 1, 35_000L),
                episode("Unnumbered", "tt1232299", "tt0903747", "Breaking Bad", null, null, 10L),
                Film.builder("Pilot").id("tt0100001").year(1994).titleType("movie").rating(6.0).votes(1_000L)
                        .build(),
                Film.builder("Salvador Allende").year(2004).rating(7.4).votes(900L).build());
    }

    private static Film episode(String title, String id, String series, String seriesTitle, Integer season,
                                Integer number, long votes) {
        return Film.builder(title).id(id).year(2008).titleType("tvEpisode").rating(8.5).votes(votes)
                .episodeOf(new EpisodeOf(series, seriesTitle, season, number)).build();
    }

    @BeforeAll
    static void index() throws IOException {
        searchers = new IndexSearchers(RecordsIndexer.index(dir, catalogue(), Instant.parse("2026-12-01T00:00:00Z")));
        service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
        records = new RecordService(searchers);
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static SearchRequest search(String q, List<String> titleTypes) {
        return new SearchRequest(q, Set.of(), List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10,
                titleTypes, List.of());
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    private static String counts(List<FacetValue> values) {
        return values.stream().map(v -> v.value() + "=" + v.count() + (Boolean.TRUE.equals(v.selected()) ? "*" : ""))
                .collect(Collectors.joining(", "));
    }

    @Test
    void spanish_title_finds_the_film_by_its_alias() {
        SearchResponse r = service.search(search("el padrino", List.of()));

        assertEquals("tt0068646", r.hits().getFirst().id());
        assertEquals(List.of("Il <mark>padrino</mark>", "<mark>El</mark> <mark>padrino</mark>"),
                r.hits().getFirst().highlights().get("aliases"));
    }

    @Test
    void a_film_ranks_above_an_episode_of_the_same_name_with_more_votes_and_the_episode_names_its_series() {
        SearchResponse r = service.search(search("pilot", List.of()));

        assertEquals(List.of("tt0100001", "tt0959621"), ids(r));
        assertEquals("movie", r.hits().get(0).titleType());
        assertEquals(new EpisodeOf("tt0903747", "Breaking Bad", 1, 1), r.hits().get(1).episodeOf());
        assertEquals("tvEpisode", r.hits().get(1).titleType());
    }

    @Test
    void without_the_episode_factor_the_more_voted_episode_would_come_first() {
        RankingWeights d = RankingWeights.defaults();
        RankingWeights flat = new RankingWeights(d.title(), d.altTitle(), d.stemmedTitle(), d.names(), d.director(),
                d.characters(), d.genre(), d.text(), d.year(), d.fuzzy(), d.tieBreaker(), d.exactTitle(),
                d.titlePhrase(), d.namesPhrase(), d.textPhrase(), d.popularity(), d.reviewPopularity(), d.rating(),
                d.filmPrior(), d.personPrior(), d.quotePrior(), 1f);

        SearchResponse r = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20), flat)
                .search(search("pilot", List.of()));

        assertEquals(List.of("tt0959621", "tt0100001"), ids(r));
    }

    @Test
    void the_title_type_facet_counts_every_type_and_films_of_other_sources_as_movies() {
        SearchResponse r = service.search(search("", List.of()));

        assertEquals("tvEpisode=4, movie=3, tvSeries=1", counts(r.facets().get("title_type")));
    }

    @Test
    void a_title_type_filter_keeps_its_own_facet_counts_for_adding_another_type() {
        SearchResponse r = service.search(search("", List.of("tvSeries")));

        assertEquals(List.of("tt0903747"), ids(r));
        assertEquals("tvEpisode=4, movie=3, tvSeries=1*", counts(r.facets().get("title_type")));
        assertEquals("film=1", counts(r.facets().get("type")));
    }

    @Test
    void title_type_values_can_be_searched_like_other_facets() {
        assertEquals(List.of(new FacetValue("tvEpisode", 4, null), new FacetValue("tvSeries", 1, null)),
                service.facetValues("title_type", "tv", 10));
    }

    @Test
    void a_series_page_lists_its_seasons_and_episodes_in_order() {
        FilmPage page = records.film("tt0903747").orElseThrow();

        assertEquals("Breaking Bad", page.spanishTitle());
        assertEquals(new FilmPage.Episodes(4, List.of(
                new FilmPage.Season(1, List.of(
                        new FilmPage.Episode("tt0959621", "Pilot", 1, 1, 2008, 8.5),
                        new FilmPage.Episode("tt1054724", "Cat's in the Bag...", 1, 2, 2008, 8.5))),
                new FilmPage.Season(2, List.of(
                        new FilmPage.Episode("tt1232244", "Seven Thirty-Seven", 2, 1, 2008, 8.5))),
                new FilmPage.Season(null, List.of(
                        new FilmPage.Episode("tt1232299", "Unnumbered", null, null, 2008, 8.5))))),
                page.episodes());
    }

    @Test
    void a_film_page_has_its_spanish_title_and_no_episodes() {
        FilmPage godfather = records.film("tt0068646").orElseThrow();
        FilmPage allende = records.film("salvador-allende-2004").orElseThrow();

        assertEquals("El padrino", godfather.spanishTitle());
        assertNull(godfather.episodes());
        assertNull(allende.spanishTitle());
        assertEquals(RecordType.FILM, allende.film().type());
    }
}
