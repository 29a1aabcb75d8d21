package dev.filmsearch.server.search;

import static dev.filmsearch.server.search.SearchFixture.browse;
import static dev.filmsearch.server.search.SearchFixture.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    private static final Set<RecordType> FILMS = Set.of(RecordType.FILM);

    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    static SearchService service;

    @BeforeAll
    static void index() throws IOException {
        searchers = new IndexSearchers(SearchFixture.build(dir));
        service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static List<String> ids(SearchResponse r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    private static String counts(List<FacetValue> values) {
        return values.stream().map(v -> v.value() + "=" + v.count() + (Boolean.TRUE.equals(v.selected()) ? "*" : ""))
                .collect(Collectors.joining(", "));
    }

    private static SearchRequest films(String q) {
        return new SearchRequest(q, FILMS, List.of(), List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10);
    }

    // ---- browsing, filters, facets

    @Test
    void browse_without_words_lists_every_record_films_and_people_first_by_votes() {
        SearchResponse r = service.search(query(""));
        assertEquals(27, r.total()); // 28 records; The Godfather's review and quote are one hit (the per-film cap)
        assertEquals(List.of("tt0068646", "tt0071562", "tt0078788", "al-pacino", "francis-ford-coppola",
                "marlon-brando", "tt0375679", "tt0099674", "robert-de-niro", "tt0245712"), ids(r));
        assertEquals("film=12, person=11, review=3, quote=2", counts(r.facets().get("type")));
        assertFalse(r.partial());
        assertNull(r.suggestion());
    }

    @Test
    void a_browse_of_everything_counts_the_same_facets_as_a_browse_filtered_to_every_type() {
        SearchResponse everything = service.search(query(""));
        SearchResponse again = service.search(query(""));
        // every type selected: the same records through the drill-sideways path, which counts the other facets anew
        SearchResponse allTypes = service.search(browse(Set.of(RecordType.values()), List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        for (String facet : List.of("title_type", "director", "genre", "language", "rating", "decade")) {
            assertEquals(allTypes.facets().get(facet), everything.facets().get(facet), facet);
        }
        assertEquals(everything.facets(), again.facets());
        assertEquals("Drama=11, Crime=8, Documentary=5, Thriller=2, Comedy=1, History=1, War=1",
                counts(everything.facets().get("genre")));
    }

    @Test
    void browse_by_director_matches_names_without_regard_to_case_and_accents() {
        SearchResponse r = service.search(browse(FILMS, List.of("patricio guzman"), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        assertEquals(4, r.total());
        assertEquals(List.of("nostalgia-for-the-light-2010", "the-battle-of-chile-1975", "the-pearl-button-2015",
                "salvador-allende-2004"), ids(r));
    }

    @Test
    void director_counts_ignore_the_director_filter_so_a_second_director_can_be_added() {
        SearchResponse one = service.search(browse(FILMS, List.of("Patricio Guzmán"), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        String expected = "Francis Ford Coppola=4, Patricio Guzmán=4*, Alejandro González Iñárritu=1, Ann O'Neil=1,"
                + " David Cronenberg=1, Paul Haggis=1";
        assertEquals(expected, counts(one.facets().get("director")));
        assertEquals("Documentary=4, History=1", counts(one.facets().get("genre")));

        SearchResponse two = service.search(browse(FILMS, List.of("Patricio Guzmán", "Francis Ford Coppola"),
                List.of(), null, List.of(), SortOrder.RELEVANCE, 1, 10));
        assertEquals(8, two.total());
        assertEquals("Francis Ford Coppola=4*, Patricio Guzmán=4*, Alejandro González Iñárritu=1, Ann O'Neil=1,"
                + " David Cronenberg=1, Paul Haggis=1", counts(two.facets().get("director")));
        assertEquals("Documentary=4, Drama=4, Crime=3, History=1, War=1", counts(two.facets().get("genre")));
    }

    @Test
    void filters_across_facets_are_and_ed_and_type_counts_ignore_the_type_filter() {
        SearchResponse r = service.search(browse(FILMS, List.of("Francis Ford Coppola"), List.of("war"), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        assertEquals(List.of("tt0078788"), ids(r));
        assertEquals("film=1*", counts(r.facets().get("type")));
        assertEquals("Drama=4, Crime=3, War=1*", counts(r.facets().get("genre")));
    }

    @Test
    void a_language_filter_finds_the_films_in_that_language_and_their_reviews_and_its_counts_ignore_it() {
        SearchResponse all = service.search(query(""));
        assertEquals("Spanish=4, English=1, French=1, Vietnamese=1", counts(all.facets().get("language")));

        SearchResponse spanish = service.search(new SearchRequest("", Set.of(), List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10, List.of(), List.of("spanish")));
        // the three Spanish films, and Salvador Allende's review, which carries its film's facets
        assertEquals(List.of("tt0245712", "the-battle-of-chile-1975", "salvador-allende-2004", "r-fixture-3"),
                ids(spanish));
        assertEquals("Spanish=4*, English=1, French=1, Vietnamese=1", counts(spanish.facets().get("language")));
        assertEquals("Documentary=3, Drama=1, History=1, Thriller=1", counts(spanish.facets().get("genre")));

        SearchResponse two = service.search(new SearchRequest("", FILMS, List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10, List.of(), List.of("Spanish", "French")));
        assertEquals(List.of("tt0078788", "tt0245712", "the-battle-of-chile-1975", "salvador-allende-2004"), ids(two));
    }

    @Test
    void spanish_drama_is_offered_as_a_language_chip_and_a_genre_chip() {
        SearchResponse r = service.search(query("spanish drama"));
        assertEquals(List.of("Language: Spanish", "Genre: Drama"),
                r.interpretations().stream().map(Interpretation::label).toList());
        assertEquals(Map.of("language", "Spanish"), r.interpretations().getFirst().filter());
        assertEquals("drama", r.interpretations().getFirst().query());
    }

    @Test
    void an_unknown_filter_value_finds_nothing_but_stays_selected_with_count_zero() {
        SearchResponse r = service.search(browse(FILMS, List.of("Nobody Known"), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        assertEquals(0, r.total());
        assertTrue(counts(r.facets().get("director")).endsWith("Nobody Known=0*"));
    }

    @Test
    void rating_buckets_count_films_per_fixed_range_and_ignore_the_rating_filter() {
        SearchResponse all = service.search(browse(FILMS, List.of(), List.of(), null, List.of(),
                SortOrder.RELEVANCE, 1, 10));
        assertEquals("9..10=2, 8..9=3, 7..8=5, 6..7=1", counts(all.facets().get("rating")));

        SearchResponse eights = service.search(browse(FILMS, List.of(), List.of(), new Range(8.0, 9.0), List.of(),
                SortOrder.RATING, 1, 10));
        assertEquals(List.of("tt0078788", "the-battle-of-chile-1975", "tt0245712"), ids(eights));
        assertEquals("9..10=2, 8..9=3*, 7..8=5, 6..7=1", counts(eights.facets().get("rating")));

        SearchResponse atLeastEight = service.search(browse(FILMS, List.of(), List.of(), new Range(8.0, null), List.of(),
                SortOrder.RATING, 1, 10));
        assertEquals(5, atLeastEight.total());
        assertEquals("9..10=2*, 8..9=3*, 7..8=5, 6..7=1", counts(atLeastEight.facets().get("rating")));
    }

    @Test
    void year_ranges_are_inclusive_and_decade_counts_ignore_the_year_filter() {
        SearchResponse seventies = service.search(browse(FILMS, List.of(), List.of(), null,
                List.of(new Range(1970.0, 1979.0)), SortOrder.YEAR, 1, 10));
        assertEquals(List.of("tt0078788", "the-battle-of-chile-1975", "tt0071562", "tt0068646"), ids(seventies));
        assertEquals("2020s=1, 2010s=2, 2000s=3, 1990s=2, 1970s=4*", counts(seventies.facets().get("decade")));

        SearchResponse one = service.search(browse(FILMS, List.of(), List.of(), null,
                List.of(new Range(2004.0, 2004.0)), SortOrder.RELEVANCE, 1, 10));
        assertEquals(List.of("tt0375679", "salvador-allende-2004"), ids(one));
        assertEquals("2020s=1, 2010s=2, 2000s=3, 1990s=2, 1970s=4", counts(one.facets().get("decade")));
    }

    @Test
    void several_year_ranges_find_the_films_of_any_of_them_and_tick_each_decade() {
        SearchResponse apart = service.search(browse(FILMS, List.of(), List.of(), null,
                List.of(new Range(1970.0, 1979.0), new Range(2010.0, 2019.0)), SortOrder.YEAR, 1, 10));
        // the 1970s and the 2010s, not the 1990s or 2000s between them
        assertEquals(List.of("the-pearl-button-2015", "nostalgia-for-the-light-2010", "tt0078788",
                "the-battle-of-chile-1975", "tt0071562", "tt0068646"), ids(apart));
        assertEquals("2020s=1, 2010s=2*, 2000s=3, 1990s=2, 1970s=4*", counts(apart.facets().get("decade")));
    }

    // ---- sorting and paging

    @Test
    void sorts_by_rating_votes_year_and_title() {
        assertEquals(List.of("tt0068646", "tt0071562", "tt0078788", "the-battle-of-chile-1975", "tt0245712",
                        "nostalgia-for-the-light-2010", "tt0375679", "tt0099674", "the-pearl-button-2015",
                        "salvador-allende-2004"),
                ids(service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.RATING, 1, 10))));
        assertEquals(List.of("tt0068646", "tt0071562", "tt0078788", "tt0375679", "tt0099674", "tt0245712",
                        "tt0115964", "nostalgia-for-the-light-2010", "the-battle-of-chile-1975", "the-pearl-button-2015"),
                ids(service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.VOTES, 1, 10))));
        assertEquals(List.of("brackets-tags-2021", "the-pearl-button-2015", "nostalgia-for-the-light-2010",
                        "tt0375679", "salvador-allende-2004", "tt0245712", "tt0115964", "tt0099674", "tt0078788",
                        "the-battle-of-chile-1975"),
                ids(service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.YEAR, 1, 10))));
        assertEquals(List.of("tt0245712", "tt0078788", "brackets-tags-2021", "tt0375679", "tt0115964",
                        "nostalgia-for-the-light-2010", "salvador-allende-2004", "the-battle-of-chile-1975",
                        "tt0068646", "tt0071562"),
                ids(service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.TITLE, 1, 10))));
    }

    @Test
    void pages_through_the_same_order() {
        SearchResponse second = service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.VOTES, 2, 5));
        assertEquals(12, second.total());
        assertEquals(2, second.page());
        assertEquals(5, second.size());
        assertEquals(List.of("tt0245712", "tt0115964", "nostalgia-for-the-light-2010", "the-battle-of-chile-1975",
                "the-pearl-button-2015"), ids(second));
        SearchResponse third = service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.VOTES, 3, 5));
        assertEquals(List.of("salvador-allende-2004", "brackets-tags-2021"), ids(third));
        SearchResponse past = service.search(browse(FILMS, List.of(), List.of(), null, List.of(), SortOrder.VOTES, 4, 5));
        assertEquals(12, past.total());
        assertEquals(List.of(), ids(past));
    }

    // ---- ranking

    @Test
    void the_exact_title_ranks_first_over_sequels_that_share_its_words() {
        assertEquals(List.of("tt0068646", "tt0071562", "tt0099674"), ids(service.search(films("the godfather"))));
        assertEquals("tt0068646", ids(service.search(query("the godfather"))).get(0));
        assertEquals("tt0071562", ids(service.search(query("the godfather part ii"))).get(0));
    }

    @Test
    void among_films_with_the_same_title_the_better_known_ranks_first() {
        assertEquals(List.of("tt0375679", "tt0115964"), ids(service.search(films("crash"))));
    }

    @Test
    void a_name_puts_the_person_first_and_then_their_best_known_films() {
        // then the review of one of his films: reviews carry their film's directors
        assertEquals(List.of("patricio-guzman", "nostalgia-for-the-light-2010", "the-battle-of-chile-1975",
                "the-pearl-button-2015", "salvador-allende-2004", "r-fixture-3"),
                ids(service.search(query("patricio guzman"))));
    }

    @Test
    void a_word_misspelled_by_one_edit_still_finds_the_record() {
        assertEquals("tt0068646", ids(service.search(query("godfahter"))).get(0));
        assertEquals("salvador-allende-2004", ids(service.search(query("alende"))).get(0));
        assertEquals("patricio-guzman", ids(service.search(query("guzmn"))).get(0));
        assertEquals("alejandro-gonzalez-inarritu", ids(service.search(query("inarritu"))).get(0));
    }

    @Test
    void exact_matches_rank_above_typo_matches() {
        SearchResponse r = service.search(films("crash"));
        SearchResponse typo = service.search(films("crahs"));
        assertEquals(List.of("tt0375679", "tt0115964"), ids(typo));
        assertTrue(typo.hits().get(0).score() < r.hits().get(0).score());
    }

    @Test
    void spanish_and_english_stemming_both_apply() {
        assertEquals(List.of("salvador-allende-2004"), ids(service.search(query("peliculas"))));
        assertEquals(List.of("the-battle-of-chile-1975", "nostalgia-for-the-light-2010", "the-pearl-button-2015",
                "salvador-allende-2004"), ids(service.search(films("documentaries"))));
    }

    @Test
    void a_spanish_original_title_finds_the_film() {
        assertEquals("the-battle-of-chile-1975", ids(service.search(query("la batalla de chile"))).get(0));
        assertEquals("the-pearl-button-2015", ids(service.search(query("el boton de nacar"))).get(0));
    }

    @Test
    void a_quote_fragment_finds_the_quote_with_its_film() {
        SearchResponse r = service.search(query("offer he can't refuse"));
        Hit quote = r.hits().get(0);
        assertEquals("q-fixture-1", quote.id());
        assertEquals("I'm gonna make him an offer he can't refuse.", quote.title());
        assertEquals("Vito Corleone", quote.speaker());
        assertEquals(new FilmRef("tt0068646", "The Godfather", 1972, true), quote.film());
        assertEquals(List.of("Francis Ford Coppola"), quote.directors());
        assertEquals(List.of("Crime", "Drama"), quote.genres());
        assertEquals(1972, quote.year());
        assertEquals(Map.of("title", List.of("I&#39;m gonna make him an <mark>offer</mark> he <mark>can&#39;t</mark>"
                + " <mark>refuse</mark>.")), quote.highlights());
    }

    // ---- query language

    @Test
    void phrases_exclusions_prefixes_or_and_field_terms_narrow_the_hits() {
        assertEquals(List.of("tt0068646", "tt0071562"), ids(service.search(films("godfather -iii"))));
        assertEquals(List.of("tt0071562"), ids(service.search(films("\"part ii\""))));
        assertEquals(List.of("tt0068646", "tt0071562", "tt0099674"), ids(service.search(films("godf*"))));
        assertEquals(List.of("tt0078788", "tt0375679", "tt0115964"), ids(service.search(films("crash OR apocalypse"))));
        assertEquals(List.of("tt0068646", "tt0071562", "tt0078788"),
                ids(service.search(films("director:coppola year:1970..1979"))));
        assertEquals(List.of("tt0078788", "tt0245712", "the-battle-of-chile-1975"),
                ids(service.search(films("rating:8..9"))));
        assertEquals(List.of("tt0068646", "tt0071562", "tt0099674"), ids(service.search(films("person:pacino"))));
        // Crash (1996) is a thriller called Crash: it matches both sides of the OR
        assertEquals(List.of("tt0115964", "tt0375679"), ids(service.search(films("genre:thriller OR crash -amores"))));
        assertEquals(List.of("patricio-guzman"), ids(service.search(query("guzman type:person"))));
    }

    @Test
    void a_query_whose_words_are_never_together_falls_back_to_records_with_most_of_them() {
        SearchResponse r = service.search(films("salvador crash"));
        assertEquals(List.of("tt0375679", "tt0115964", "salvador-allende-2004"), ids(r));
    }

    @Test
    void a_stop_word_does_not_count_towards_the_most_words_of_the_second_try() {
        assertEquals(0, service.search(films("the qqqzzz wwwxxx")).total());
        assertEquals(List.of("tt0375679", "tt0115964", "salvador-allende-2004"), ids(service.search(films("the salvador crash"))));
    }

    @Test
    void any_input_gives_a_response_or_a_bad_query_never_another_error() {
        List<String> inputs = List.of("\"", "\"\"\"", "-", "- -", "OR", "OR OR", "AND NOT", "*", "**", "a*", "-*",
                "godfather\"", "\"godfather", "(((godfather", "director:", "director:\"", "year:", "year:\"1973\"",
                "rating:", "type:", "type:\"\"", "person:\"\"", "-director:coppola", "NOT type:film",
                "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./", "!".repeat(1000), "千と千尋の神隠し", "Амели", "ليلة",
                "\uD83C\uDFAC film", "\u0000", "a OR -b OR c", "-\"\"", "godfather OR", "x".repeat(1000),
                "word ".repeat(40), "a ".repeat(40), "godf* ".repeat(40), "\"a b c d e f g h i j\"",
                "year:1973 year:1974", "rating:0..10", "rating:10..", "year:0..9999");
        for (String q : inputs) {
            try {
                SearchResponse r = service.search(query(q));
                assertTrue(r.total() >= 0, q);
            } catch (BadQueryException e) {
                assertFalse(e.getMessage().isBlank(), q);
            }
        }
        assertEquals(0, service.search(query("!".repeat(1000))).total());
    }

    // ---- highlights, did you mean, time budget

    @Test
    void highlights_mark_matches_and_escape_all_html_from_the_data() {
        Hit hit = service.search(query("tom & jerry brackets")).hits().get(0);
        assertEquals("brackets-tags-2021", hit.id());
        assertEquals(Map.of(
                "title", List.of("<mark>Brackets</mark> &amp; &lt;Tags&gt;"),
                "plot", List.of("A &lt;b&gt;bold&lt;/b&gt; story about <mark>Tom</mark> &amp; <mark>Jerry&#39;s</mark>"
                        + " &quot;quotes&quot; and more.")), hit.highlights());
        Hit film = service.search(query("la batalla de chile")).hits().get(0);
        assertEquals(List.of("<mark>La</mark> <mark>batalla</mark> <mark>de</mark> <mark>Chile</mark>"),
                film.highlights().get("originalTitle"));
        Hit guzman = service.search(films("guzman")).hits().get(0);
        assertEquals(List.of("Patricio <mark>Guzmán</mark>"), guzman.highlights().get("names"));
    }

    @Test
    void suggests_a_spelling_for_words_the_index_does_not_have() {
        assertEquals("allende guzman", service.search(query("allende guzmn")).suggestion());
        assertEquals("godfather", service.search(query("Godfahter")).suggestion());
        assertEquals("godfather part ii", service.search(query("godfahter part ii")).suggestion());
        assertNull(service.search(query("godfather")).suggestion());
        assertNull(service.search(query("director:guzmn")).suggestion());
    }

    @Test
    void a_search_past_its_time_budget_before_finding_anything_is_refused() throws IOException {
        SearchService hurried = new SearchService(searchers, new SearchConfig(0, 20));
        BudgetExceededException e = assertThrows(BudgetExceededException.class,
                () -> hurried.search(query("godfather")));
        assertEquals("the search ran out of its time budget before finding anything; try again, or narrow the search",
                e.getMessage());
        assertFalse(service.search(query("godfather")).partial());
    }

    @Test
    void a_filtered_search_past_its_time_budget_is_refused_instead_of_failing() {
        SearchService hurried = new SearchService(searchers, new SearchConfig(0, 20));
        assertThrows(BudgetExceededException.class, () -> hurried.search(films("godfather")));
        assertFalse(service.search(films("godfather")).partial());
    }

    /**
     * A clock that moves 1 ms each time it is read, so a budget of n ms runs out at the n-th check: run out at
     * every check in turn, a search either refuses (nothing found yet) or answers partial with what it has.
     */
    @Test
    void a_budget_that_runs_out_in_any_phase_gives_a_partial_answer_or_a_refusal_never_a_wrong_one() {
        SearchResponse whole = service.search(query("godfather"));
        assertFalse(whole.partial());
        int partial = 0;
        int refused = 0;
        for (int checks = 0; checks <= 200; checks++) {
            long[] now = {0};
            TimeBudget budget = TimeBudget.start(checks, () -> now[0]++ * 1_000_000);
            try {
                SearchResponse r = service.search(query("godfather"), budget);
                assertTrue(r.total() <= whole.total(), "budget " + checks);
                if (r.partial()) {
                    partial++;
                    assertTrue(r.hits().size() <= whole.hits().size(), "budget " + checks);
                } else {
                    assertEquals(whole.hits(), r.hits(), "budget " + checks);
                    assertEquals(whole.facets(), r.facets(), "budget " + checks);
                    assertEquals(whole.suggestion(), r.suggestion(), "budget " + checks);
                }
            } catch (BudgetExceededException e) {
                refused++;
            }
        }
        assertTrue(refused > 0, "a budget spent before any hit is a refusal");
        assertTrue(partial > 0, "a budget spent after the hits gives a partial answer");
    }

    @Test
    void a_search_that_runs_out_after_collecting_keeps_its_hits_and_leaves_out_the_facets() {
        SearchResponse whole = service.search(query("godfather"));
        for (int checks = 0; checks <= 200; checks++) {
            long[] now = {0};
            try {
                SearchResponse r = service.search(query("godfather"), TimeBudget.start(checks, () -> now[0]++ * 1_000_000));
                if (r.partial() && r.total() == whole.total()) {
                    assertEquals(whole.hits().stream().map(Hit::id).toList(), r.hits().stream().map(Hit::id).toList());
                    assertTrue(r.facets().values().stream().allMatch(List::isEmpty), r.facets()::toString);
                    assertEquals(List.of("type", "title_type", "director", "genre", "language", "rating", "decade"),
                            List.copyOf(r.facets().keySet()));
                    return;
                }
            } catch (BudgetExceededException e) {
                // spent before the first hit: try a larger budget
            }
        }
        throw new AssertionError("no budget ran out between collecting and counting facets");
    }

    @Test
    void suggestions_and_facet_values_past_their_time_budget_are_refused() {
        SearchService hurried = new SearchService(searchers, new SearchConfig(0, 20));
        assertEquals("the suggestion ran out of its time budget (0 ms) before it could be answered; try again, or"
                + " narrow the request", assertThrows(BudgetExceededException.class,
                () -> hurried.suggest("guzm", 8)).getMessage());
        assertThrows(BudgetExceededException.class, () -> hurried.facetValues("director", "guz", 20));
    }

    // ---- suggestions and facet values

    @Test
    void completes_titles_and_names_by_word_prefix_without_regard_to_accents_most_voted_first() {
        assertEquals(List.of(new Suggestion("person", "patricio-guzman", "Patricio Guzmán", null)),
                service.suggest("guzm", 8));
        assertEquals(List.of(new Suggestion("film", "tt0068646", "The Godfather", 1972),
                        new Suggestion("film", "tt0071562", "The Godfather Part II", 1974)),
                service.suggest("The GODF", 2));
        assertEquals(List.of(new Suggestion("film", "salvador-allende-2004", "Salvador Allende", 2004)),
                service.suggest("sal", 8));
        assertEquals(List.of(new Suggestion("person", "alejandro-gonzalez-inarritu", "Alejandro González Iñárritu", null)),
                service.suggest("gonzalez inar", 8));
        assertEquals(List.of(), service.suggest("", 8));
        assertEquals(List.of(), service.suggest("!!", 8));
        assertEquals(List.of(), service.suggest("guzm", 0));
    }

    @Test
    void searches_a_facets_values_by_word_prefix_with_counts() {
        assertEquals(List.of(new FacetValue("Patricio Guzmán", 5, null)), service.facetValues("director", "guz", 10));
        assertEquals(List.of(new FacetValue("Alejandro González Iñárritu", 1, null)),
                service.facetValues("director", "GONZA", 10));
        assertEquals(List.of(new FacetValue("Francis Ford Coppola", 8, null), new FacetValue("Patricio Guzmán", 5, null),
                new FacetValue("Alejandro González Iñárritu", 1, null)), service.facetValues("director", "", 3));
        assertEquals(List.of(new FacetValue("Documentary", 5, null)), service.facetValues("genre", "doc", 10));
        assertEquals(List.of(new FacetValue("8..9", 3, null)), service.facetValues("rating", "8", 10));
        assertEquals(List.of(new FacetValue("1970s", 7, null)), service.facetValues("decade", "197", 10));
        BadQueryException e = assertThrows(BadQueryException.class, () -> service.facetValues("studio", "", 10));
        assertEquals("unknown facet 'studio'; facets are type, title_type, director, genre, language, rating, decade", e.getMessage());
    }
}
