package dev.filmsearch.bench.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.bench.docs.BenchDoc;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgLoaderTest {
    @Test
    void copyLineHasSixteenTabSeparatedColumnsWithNullsAndArrays() {
        BenchDoc film = new BenchDoc("film/tt1", "film", "tt1", "Amores perros", "Love's a Bitch",
                List.of("Alejandro González Iñárritu", "Gael García Bernal"), List.of("Octavio"), "Octavio y Susana",
                "es", List.of("Drama", "Thriller"), List.of("Alejandro González Iñárritu"), 2000, 8.1, 250000L,
                null, null);
        assertEquals("film/tt1\tfilm\ttt1\tAmores perros\tLove's a Bitch\t"
                + "Alejandro González Iñárritu ; Gael García Bernal\tOctavio\tOctavio y Susana\tes\t"
                + "{\"Drama\",\"Thriller\"}\t{\"Alejandro González Iñárritu\"}\t2000\t8.1\t250000\t\\N\t\\N\n",
                PgLoader.copyText(List.of(film)));
    }

    @Test
    void copyTextEscapesBackslashTabNewlineAndDropsNul() {
        assertEquals("a\\\\b\\tc\\nd\\re", PgLoader.field(new StringBuilder(), "a\\b\tc\nd\r\0e").toString());
    }

    @Test
    void arrayLiteralQuotesEveryElementAndEscapesQuotesAndBackslashes() {
        assertEquals("{}", PgLoader.arrayLiteral(List.of()));
        assertEquals("{\"Sci-Fi\",\"a \\\"b\\\" \\\\ c\",\"x,y\"}",
                PgLoader.arrayLiteral(List.of("Sci-Fi", "a \"b\" \\ c", "x,y")));
    }

    @Test
    void anUnknownLanguageIsLoadedAsEnglish() {
        BenchDoc quote = new BenchDoc("quote/q1", "quote", "q1", null, null, List.of(), List.of(), "Hi", null,
                List.of(), List.of(), null, null, null, "tt1", "Film");
        assertTrue(PgLoader.copyText(List.of(quote)).contains("\tHi\ten\t{}\t{}\t\\N\t\\N\t\\N\ttt1\tFilm\n"));
    }

    @Test
    void schemaDropsTheTableFirstThenTheConfigurationsAndWeightsTitleA() {
        assertEquals("DROP TABLE IF EXISTS docs", PgLoader.SCHEMA.get(0));
        assertTrue(PgLoader.SCHEMA.contains("ALTER TEXT SEARCH CONFIGURATION es_unaccent ALTER MAPPING FOR hword, "
                + "hword_part, word WITH unaccent, spanish_stem"));
        String table = PgLoader.SCHEMA.get(PgLoader.SCHEMA.size() - 1);
        assertTrue(table.contains("setweight(to_tsvector('en_unaccent', coalesce(title, '')), 'A')"), table);
        assertTrue(table.contains("setweight(to_tsvector('es_unaccent', coalesce(title, '')), 'A')"), table);
        assertEquals(List.of("CREATE INDEX docs_tsv ON docs USING gin (tsv)",
                "CREATE INDEX docs_directors ON docs USING gin (directors)"), PgLoader.INDEXES);
    }
}
