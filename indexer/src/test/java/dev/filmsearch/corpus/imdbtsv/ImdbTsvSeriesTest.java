package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The series fixture (src/test/resources/imdbtsv/series) is in the dumps' order (tconst as text: tt10001002 before
 * tt1000102) and has title.akas and title.episode: a film with aliases in many regions, series with episodes, an
 * episode listed before its series, and every title type kept. The unsorted fixture has one title.basics row out
 * of order.
 */
class ImdbTsvSeriesTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImdbTsvSeriesTest.class.getResource("/imdbtsv/" + name)).toURI());
    }

    private static CollectingSink read(ImdbTsvReader reader) throws Exception {
        return TsvFixtures.read(reader, fixture("series"), "series");
    }

    private static Alias alias(String title, String region, String language, String type) {
        return new Alias(title, region, language, type == null ? List.of() : List.of(type), List.of());
    }

    @Test
    void alternative_titles_become_the_films_aliases_in_ordering_order() throws Exception {
        Film godfather = read(new ImdbTsvReader()).film("tt0068646");

        assertEquals(List.of(
                alias("Il padrino", "IT", null, "imdbDisplay"),
                alias("El padrino", "ES", null, "imdbDisplay"),
                alias("El padrino", "MX", null, "imdbDisplay"),
                alias("Le parrain", "FR", null, "imdbDisplay"),
                alias("O Poderoso Chefão", "BR", null, "imdbDisplay"),
                new Alias("Mario Puzo's The Godfather", "US", null, List.of("alternative"),
                        List.of("complete title", "promotional title")),
                alias("Der Pate", "DE", null, "imdbDisplay")), godfather.aliases());
        assertEquals("El padrino", godfather.spanishTitle());
    }

    @Test
    void the_spanish_title_is_spains_or_a_spanish_language_alias_even_when_it_is_the_films_own_title()
            throws Exception {
        CollectingSink sink = read(new ImdbTsvReader());

        assertEquals(List.of(alias("Breaking Bad", "ES", null, "imdbDisplay")), sink.film("tt0903747").aliases());
        assertEquals("Breaking Bad", sink.film("tt0903747").spanishTitle());
        assertEquals("Piloto", sink.film("tt0959621").spanishTitle());
        assertEquals("El Camino: Una película de Breaking Bad", sink.film("tt9243946").spanishTitle());
        assertNull(sink.film("tt0000001").spanishTitle());
    }

    @Test
    void an_episode_knows_its_series_season_and_number_even_when_the_series_comes_later_in_the_file()
            throws Exception {
        CollectingSink sink = read(new ImdbTsvReader());

        assertEquals(Film.builder("Pilot").id("tt0959621").year(2008).runtimeMinutes(58)
                        .genres(List.of("Crime", "Drama", "Thriller")).rating(9.0).votes(60_000L).titleType("tvEpisode")
                        .alias(new Alias("Piloto", "ES", "es", List.of(), List.of()))
                        .episodeOf(new EpisodeOf("tt0903747", "Breaking Bad", 1, 1)).build(),
                sink.film("tt0959621"));
        assertEquals(new EpisodeOf("tt1000102", "Film Club", 3, 7), sink.film("tt10001002").episodeOf());
        assertEquals(new EpisodeOf("tt0903747", "Breaking Bad", 1, 2), sink.film("tt1054724").episodeOf());
        assertNull(sink.film("tt0903747").episodeOf());
    }

    @Test
    void keeps_every_title_type_and_reads_the_files_in_their_own_order() throws Exception {
        CollectingSink sink = read(new ImdbTsvReader());

        assertEquals(List.of("tt0000001", "tt0068646", "tt0903747", "tt0959621", "tt10001002", "tt1000102",
                "tt1054724", "tt9243946"), sink.films().stream().map(Film::id).toList());
        Map<String, Long> types = sink.films().stream()
                .collect(Collectors.groupingBy(Film::titleType, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("movie", 2L, "short", 1L, "tvEpisode", 3L, "tvSeries", 2L), types);
        assertEquals(List.of("series/title.akas.tsv:4: missing title"), sink.problemLines());
    }

    @Test
    void title_types_setting_keeps_only_those_types_and_drops_the_rest_without_problems() throws Exception {
        var settings = ImdbTsvReader.Settings.DEFAULT.withTitleTypes(Set.of("movie", "tvSeries"));

        CollectingSink sink = read(new ImdbTsvReader(settings));

        assertEquals(List.of("tt0068646", "tt0903747", "tt1000102", "tt9243946"),
                sink.films().stream().map(Film::id).toList());
        assertEquals(List.of("series/title.akas.tsv:4: missing title"), sink.problemLines());
    }

    @Test
    void a_file_out_of_order_is_reported_at_its_first_row_out_of_order_and_still_joined() throws Exception {
        CollectingSink sink = TsvFixtures.read(new ImdbTsvReader(), fixture("unsorted"), "unsorted");

        assertEquals(List.of("unsorted/title.basics.tsv:5: tconst tt0000004 is out of order (after tt10000001 on"
                + " line 4): the dumps are sorted by tconst as text; the file is sorted before the join"),
                sink.problemLines());
        assertEquals(List.of("tt0000003 3.0", "tt0000004 4.0", "tt0000005 5.0", "tt10000001 6.0"),
                sink.films().stream().map(f -> f.id() + " " + f.rating()).toList());
    }
}
