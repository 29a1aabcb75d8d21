package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The relaxed second try, as docs/query-language.md describes it. */
class RankedQueryBuilderTest {
    private final UserQueryParser parser = new UserQueryParser();

    @Test
    void the_second_try_needs_all_clauses_but_one_up_to_three_then_sixty_percent_rounded_up() {
        assertEquals(List.of(1, 2, 3, 3, 4, 5, 5, 6, 6),
                IntStream.rangeClosed(2, 10).map(RankedQueryBuilder::relaxedMinimum).boxed().toList());
    }

    @Test
    void only_a_query_with_two_words_phrases_prefixes_or_or_groups_besides_stop_words_is_tried_again() {
        for (String q : List.of("salvador crash", "\"la batalla\" chile", "godf* coppola", "crime OR mafia pacino")) {
            assertEquals(true, RankedQueryBuilder.canRelax(parser.parse(q)), q);
        }
        for (String q : List.of("godfather", "the godfather", "godfather -iii", "godfather director:coppola",
                "crime OR mafia", "godfather year:1972")) {
            assertEquals(false, RankedQueryBuilder.canRelax(parser.parse(q)), q);
        }
    }
}
