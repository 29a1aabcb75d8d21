package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/**
 * The relaxed second try, as docs/query-language.md describes it, and the table of searched fields every text
 * clause walks, as docs/relevance.md describes it.
 */
class RankedQueryBuilderTest {
    private final UserQueryParser parser = new UserQueryParser();
    private final RankingWeights defaults = RankingWeights.defaults();
    private final RankedQueryBuilder builder = new RankedQueryBuilder(defaults);

    @Test
    void the_searched_fields_are_one_table_of_fields_weights_prefixes_and_typos() {
        assertEquals(List.of("title 2.25 prefixes typos", "alt_title 3.54 prefixes", "title_en 2.0", "title_es 2.0",
                "names 2.0 prefixes typos", "director 2.5", "characters 1.0 prefixes", "genre_text 1.0 prefixes",
                "text_en 0.7", "text_es 0.7"), defaults.searchedFields().stream()
                .map(f -> f.field().name() + " " + f.weight() + (f.prefixes() ? " prefixes" : "")
                        + (f.typos() ? " typos" : "")).toList());
    }

    @Test
    void words_search_the_fields_of_positive_weight_phrases_all_of_them_prefixes_those_marked() {
        RankingWeights noDirector = new RankingWeights(defaults.title(), defaults.altTitle(), defaults.stemmedTitle(),
                defaults.names(), 0f, defaults.characters(), defaults.genre(), defaults.text(), defaults.year(),
                defaults.fuzzy(), defaults.tieBreaker(), defaults.exactTitle(), defaults.titlePhrase(),
                defaults.namesPhrase(), defaults.textPhrase(), defaults.popularity(), defaults.reviewPopularity(),
                defaults.rating(), defaults.filmPrior(), defaults.personPrior(), defaults.quotePrior(),
                defaults.episodeFactor());
        Set<String> all = Set.of("title", "alt_title", "title_en", "title_es", "names", "director", "characters",
                "genre_text", "text_en", "text_es");
        assertEquals(new TreeSet<>(all), fields(builder.wordQuery(defaults, "batalla", MatchPolicy.TypoSlot.FORMS,
                new SharedFuzzyQuery.Words())));
        assertEquals(new TreeSet<>(all), fields(builder.phraseQuery(noDirector, "batalla")));
        Set<String> withoutDirector = new TreeSet<>(all);
        withoutDirector.remove("director");
        assertEquals(withoutDirector, fields(builder.wordQuery(noDirector, "batalla", MatchPolicy.TypoSlot.FORMS,
                new SharedFuzzyQuery.Words())));
        assertEquals(new TreeSet<>(Set.of("title", "alt_title", "names", "characters", "genre_text")),
                fields(builder.prefixQuery(defaults, "bata")));
        assertEquals(new TreeSet<>(Set.of("title", "alt_title", "title_en", "title_es", "names", "director",
                "characters", "genre_text", "text_en", "text_es", "year")), fields(builder.wordQuery(defaults, "1972",
                MatchPolicy.TypoSlot.FORMS, new SharedFuzzyQuery.Words())));
    }

    private static Set<String> fields(Query query) {
        Set<String> fields = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields;
    }

    @Test
    void the_second_try_needs_all_clauses_but_one_up_to_three_then_sixty_percent_rounded_up() {
        assertEquals(List.of(1, 2, 3, 3, 4, 5, 5, 6, 6),
                IntStream.rangeClosed(2, 10).map(MatchPolicy::relaxedMinimum).boxed().toList());
    }

    @Test
    void only_a_query_with_two_words_phrases_prefixes_or_or_groups_besides_stop_words_is_tried_again() {
        for (String q : List.of("salvador crash", "\"la batalla\" chile", "godf* coppola", "crime OR mafia pacino")) {
            assertEquals(true, MatchPolicy.canRelax(parser.parse(q)), q);
        }
        for (String q : List.of("godfather", "the godfather", "godfather -iii", "godfather director:coppola",
                "crime OR mafia", "godfather year:1972")) {
            assertEquals(false, MatchPolicy.canRelax(parser.parse(q)), q);
        }
    }
}
