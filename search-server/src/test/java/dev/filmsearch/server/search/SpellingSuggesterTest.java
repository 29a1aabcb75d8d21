package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingSuggesterTest {
    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    static SearchService service;

    /**
     * Five films called Crash (three of them dramas), one called Crush, one by Patricio Guzmán; six called Dream and
     * one called Drama Queen; Pulp Fiction beside three films by Paul Verhoeven and one called Paul; Schindler's
     * List beside four titles with "last"; Forrest Gump beside a plot set in a forest. Films of one title a year
     * apart get directors of their own, so that they stay apart.
     */
    @BeforeAll
    static void index() throws IOException {
        List<CatalogRecord> films = new ArrayList<>();
        for (int year = 2001; year <= 2005; year++) {
            Film.Builder crash = Film.builder("Crash").year(year).director("Director " + year);
            films.add(year <= 2003 ? crash.genre("Drama").build() : crash.build());
        }
        for (int year = 2010; year <= 2015; year++) {
            films.add(Film.builder("Dream").year(year).director("Director " + year).build());
        }
        films.add(Film.builder("Drama Queen").year(2016).build());
        films.add(Film.builder("Crush").year(2001).build());
        films.add(Film.builder("Salvador Allende").year(2004).director("Patricio Guzmán").build());
        films.add(Film.builder("Pulp Fiction").year(1994).director("Quentin Tarantino").build());
        films.add(Film.builder("RoboCop").year(1987).director("Paul Verhoeven").build());
        films.add(Film.builder("Total Recall").year(1990).director("Paul Verhoeven").build());
        films.add(Film.builder("Basic Instinct").year(1992).director("Paul Verhoeven").build());
        films.add(Film.builder("Paul").year(2011).director("Greg Mottola").build());
        films.add(Film.builder("Schindler's List").year(1993).director("Steven Spielberg").build());
        films.add(Film.builder("The Last Emperor").year(1987).director("Bernardo Bertolucci").build());
        films.add(Film.builder("Last Action Hero").year(1993).director("John McTiernan").build());
        films.add(Film.builder("The Last Samurai").year(2003).director("Edward Zwick").build());
        films.add(Film.builder("Last Night").year(1998).director("Don McKellar").build());
        films.add(Film.builder("Forrest Gump").year(1994).director("Robert Zemeckis").build());
        films.add(Film.builder("The Woods").year(2006).director("Lucky McKee").plot("A girl lost in a forest.").build());
        searchers = new IndexSearchers(RecordsIndexer.index(dir, films, SearchFixture.BUILT_AT));
        service = new SearchService(searchers, new SearchConfig(SearchConfig.NO_BUDGET, 20));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private static String suggest(String q) {
        return suggest(q, List.of());
    }

    private static String suggest(String q, List<String> directors) {
        return service.search(new SearchRequest(q, Set.of(), directors, List.of(), null, List.of(), SortOrder.RELEVANCE,
                1, 10)).suggestion();
    }

    @Test
    void replaces_words_the_index_does_not_have_keeping_the_rest_as_typed() {
        assertEquals("Allende guzman", suggest("Allende guzmn"));
        assertEquals("\"crash\" OR crash", suggest("\"crash\" OR crahs"));
        assertEquals("allende", suggest("alende", List.of("Nobody")));
        assertEquals("dream OR crash", suggest("dreem OR crahs"), "words of an OR group need not share a record");
    }

    @Test
    void offers_nothing_that_no_record_holds_whole() {
        // "guzmn" alone would be "guzman", but no record has both Patricio Guzmán and Crush
        assertNull(suggest("crush guzmn"));
    }

    @Test
    void offers_nothing_when_the_first_hits_hold_every_word() {
        assertNull(suggest("pulp fiction"));
        assertNull(suggest("schindlers list"));
        assertNull(suggest("crush 2001"));
        assertNull(suggest("drama 2001"));
        assertNull(suggest("salvador allende"));
    }

    @Test
    void replaces_a_known_word_the_first_hits_lack_by_the_close_word_they_hold() {
        assertEquals("forrest gump", suggest("forest gump"));
    }

    @Test
    void offers_nothing_when_a_word_has_no_close_word() {
        assertNull(suggest("zzzzzz"));
        assertNull(suggest(""));
    }
}
