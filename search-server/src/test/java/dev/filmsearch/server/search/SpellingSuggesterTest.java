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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingSuggesterTest {
    @TempDir
    static Path dir;
    static IndexSearchers searchers;
    private final SpellingSuggester spelling = new SpellingSuggester();
    private final UserQueryParser parser = new UserQueryParser();

    /**
     * Five films called Crash (three of them dramas), one called Crush, one by Patricio Guzmán; six called Dream and
     * one called Drama Queen. Films of one title a year apart get directors of their own, so that they stay apart.
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
        searchers = new IndexSearchers(RecordsIndexer.index(dir, films, SearchFixture.BUILT_AT));
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
    }

    private String suggest(String q, boolean fewHits) throws IOException {
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            return spelling.suggest(lease.searcher().getIndexReader(), parser.parse(q), q, fewHits);
        }
    }

    @Test
    void replaces_words_the_index_does_not_have_keeping_the_rest_as_typed() throws IOException {
        assertEquals("Allende guzman", suggest("Allende guzmn", false));
        assertEquals("\"crash\" OR crash", suggest("\"crash\" OR crahs", false));
        assertEquals("director:x allende", suggest("director:x alende", false));
    }

    @Test
    void replaces_a_known_but_rare_word_only_when_the_query_found_few_hits() throws IOException {
        assertEquals("crash 2001", suggest("crush 2001", true));
        assertNull(suggest("crush 2001", false));
        assertNull(suggest("crash", true));
    }

    @Test
    void never_turns_a_word_common_in_any_searched_field_into_a_title_word() throws IOException {
        // "drama" is in one title but three films' genres: "dream" (six titles) is not five times as popular
        assertNull(suggest("drama 2001", true));
    }

    @Test
    void offers_nothing_when_every_word_is_known_or_has_no_close_word() throws IOException {
        assertNull(suggest("salvador allende", true));
        assertNull(suggest("zzzzzz", false));
        assertNull(suggest("", false));
    }
}
