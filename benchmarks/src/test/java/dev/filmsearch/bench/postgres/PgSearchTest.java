package dev.filmsearch.bench.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.bench.query.BenchQuery;
import org.junit.jupiter.api.Test;

class PgSearchTest {
    @Test
    void wordsRequestIsReadWithAndSemanticsByDefault() {
        assertEquals(new PgSearch.Request(BenchQuery.Kind.WORDS, "the dark knigth", null, false),
                PgSearch.parse("kind=words&q=the+dark+knigth"));
    }

    @Test
    void phraseRequestWithDirectorAndOpOrIsReadWithTheNamesDecoded() {
        assertEquals(new PgSearch.Request(BenchQuery.Kind.PHRASE, "el secreto", "Juan José Campanella", true),
                PgSearch.parse("kind=phrase&q=el%20secreto&director=Juan+Jos%C3%A9+Campanella&op=or"));
    }

    @Test
    void emptyTextWithADirectorIsAllOfThatDirectorsRecords() {
        PgSearch.Request r = PgSearch.parse("kind=words&q=&director=Christopher+Nolan");
        assertEquals(new PgSearch.Request(BenchQuery.Kind.WORDS, "", "Christopher Nolan", false), r);
        assertEquals(PgSearch.Variant.DIRECTOR_ONLY, PgSearch.variant(r));
    }

    @Test
    void badInputIsABadRequestWithASentence() {
        assertEquals("kind must be words or phrase, not 'fuzzy'",
                assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("kind=fuzzy&q=x")).getMessage());
        assertEquals("give q (the words), a director, or both",
                assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("kind=words&q=++")).getMessage());
        assertEquals("unknown parameter 'size'; the parameters are kind, q, director, op",
                assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("q=x&size=3")).getMessage());
        assertEquals("parameter 'q' given twice",
                assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("q=x&q=y")).getMessage());
        assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("q=%zz"));
        assertThrows(PgSearch.BadRequest.class, () -> PgSearch.parse("q=x&op=xor"));
    }

    @Test
    void orOfWordsJoinsWithOrAndDropsQuotesMinusesAndATypedOr() {
        assertEquals("the or dark or knigth", PgSearch.orOfWords("the  dark knigth"));
        assertEquals("war or peace or not", PgSearch.orOfWords("\"war\" OR peace -not"));
        assertEquals("", PgSearch.orOfWords(" - \"\" "));
    }

    @Test
    void variantFollowsKindOpAndDirector() {
        assertEquals(PgSearch.Variant.WORDS, PgSearch.variant(PgSearch.parse("q=war")));
        assertEquals(PgSearch.Variant.WORDS_OR_DIRECTOR, PgSearch.variant(PgSearch.parse("q=war&op=or&director=X")));
        assertEquals(PgSearch.Variant.PHRASE_DIRECTOR, PgSearch.variant(PgSearch.parse("kind=phrase&q=war&director=X")));
    }

    @Test
    void wordsSqlRanksWithCoverDensityOverTheThreeConfigurationsAndFiltersOnTheDirectorsArray() {
        String sql = PgSearch.sql(PgSearch.Variant.WORDS_DIRECTOR);
        assertTrue(sql.contains("FROM docs, tsquery_or(tsquery_or(websearch_to_tsquery('en_unaccent', ?), "
                + "websearch_to_tsquery('es_unaccent', ?)), websearch_to_tsquery('simple_unaccent', ?)) AS q"), sql);
        assertTrue(sql.contains("ts_rank_cd(tsv, q, 1) AS r"), sql);
        assertTrue(sql.contains("WHERE tsv @@ q AND directors @> ARRAY[?]::text[]"), sql);
        String flat = sql.replaceAll("\\s+", " ");
        assertTrue(flat.contains("FROM m ORDER BY r DESC, votes DESC NULLS LAST, key LIMIT 10"), sql);
        assertTrue(flat.contains("FROM m, unnest(m.genres) g GROUP BY g ORDER BY 3 DESC, 2 LIMIT 10"), sql);
        assertTrue(flat.endsWith("ORDER BY part, s1 DESC, s2 DESC NULLS LAST, v "), sql);
    }

    @Test
    void phraseSqlUsesPhrasetoTsqueryAndDirectorOnlySqlHasNoTextSearch() {
        assertTrue(PgSearch.sql(PgSearch.Variant.PHRASE).contains("phraseto_tsquery('es_unaccent', ?)"));
        assertFalse(PgSearch.sql(PgSearch.Variant.PHRASE).contains("directors @>"));
        String directorOnly = PgSearch.sql(PgSearch.Variant.DIRECTOR_ONLY);
        assertFalse(directorOnly.contains("tsquery"));
        assertTrue(directorOnly.contains("FROM docs WHERE directors @> ARRAY[?]::text[]"), directorOnly);
    }

    @Test
    void frontJsonKeepsFacetOrderAndTheFourFields() throws Exception {
        var facets = new java.util.LinkedHashMap<String, Long>();
        facets.put("Drama", 9L);
        facets.put("Comedy", 2L);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(PgHttpFront.json(
                new PgSearch.Result(11, java.util.List.of("film/a", "quote/b"), facets, java.util.Map.of())));
        assertEquals("{\"hits\":11,\"keys\":[\"film/a\",\"quote/b\"],\"genres\":{\"Drama\":9,\"Comedy\":2},"
                + "\"directors\":{}}", json);
    }
}
