package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typo forms only while the words as typed find too little ({@link MatchPolicy#TYPO_THRESHOLD}): ten films with
 * "star" in their title, one titled "Stay" (one edit from "star"), one "Stab".
 */
class TypoThresholdTest {
    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    static SearchService service;

    static List<CatalogRecord> catalogue() {
        List<CatalogRecord> films = new ArrayList<>();
        for (int i = 1; i <= MatchPolicy.TYPO_THRESHOLD; i++) {
            films.add(Film.builder("Star " + (char) ('A' + i - 1)).id("tt00000" + (10 + i)).year(1990 + i)
                    .votes(100L * i).plot(i == MatchPolicy.TYPO_THRESHOLD ? "Her stay on the star base." : null).build());
        }
        films.add(Film.builder("Stay").id("tt0000001").year(2005).votes(50L).build());
        films.add(Film.builder("Stab").id("tt0000002").year(2006).votes(40L).build());
        return films;
    }

    @BeforeAll
    static void index() throws IOException {
        searchers = new IndexSearchers(RecordsIndexer.index(dir, catalogue(), Instant.parse("2026-12-01T00:00:00Z")));
        service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static List<String> titles(SearchResponse r) {
        return r.hits().stream().map(Hit::title).toList();
    }

    @Test
    void a_word_the_index_holds_ten_times_takes_no_typo_forms() {
        SearchResponse r = service.search(SearchFixture.query("star"));
        assertEquals(10, r.total());
        assertFalse(titles(r).contains("Stay"));
        assertFalse(titles(r).contains("Stab"));
    }

    @Test
    void a_word_the_index_holds_fewer_times_takes_its_typo_forms_too_exact_match_first() {
        SearchResponse r = service.search(SearchFixture.query("stay"));
        assertEquals(12, r.total()); // Stay, and one edit off: the ten Star films and Stab
        assertEquals("Stay", r.hits().getFirst().title());
    }

    @Test
    void highlights_mark_typo_forms_only_when_the_search_took_them() {
        Map<String, List<String>> star = service.search(SearchFixture.query("star")).hits().stream()
                .filter(h -> h.title().equals("Star J")).findFirst().orElseThrow().highlights();
        assertEquals(List.of("Her stay on the <mark>star</mark> base."), star.get("plot"));
        Map<String, List<String>> stay = service.search(SearchFixture.query("stay")).hits().stream()
                .filter(h -> h.title().equals("Star J")).findFirst().orElseThrow().highlights();
        assertEquals(List.of("Her <mark>stay</mark> on the <mark>star</mark> base."), stay.get("plot"));
    }

    @Test
    void typos_are_tried_below_the_threshold_for_a_word_long_enough_to_take_one() {
        UserQueryParser parser = new UserQueryParser();
        assertFalse(MatchPolicy.wantsTypos(parser.parse("star"), MatchPolicy.TYPO_THRESHOLD));
        assertTrue(MatchPolicy.wantsTypos(parser.parse("star"), MatchPolicy.TYPO_THRESHOLD - 1));
        assertTrue(MatchPolicy.wantsTypos(parser.parse("el amor"), 0));
        assertFalse(MatchPolicy.wantsTypos(parser.parse("the sun"), 0)); // under 4 letters: no typo forms
        assertFalse(MatchPolicy.wantsTypos(parser.parse("\"forest gump\""), 0)); // a phrase takes none
    }
}
