package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.server.search.UserQuery.Word;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserQueryParserTest {
    private final UserQueryParser parser = new UserQueryParser();

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("the godfather", "the godfather"),
                Arguments.of("  The   GODFATHER  ", "The GODFATHER"),
                Arguments.of("\"part ii\" -iii", "\"part ii\" -iii"),
                Arguments.of("godf*", "godf*"),
                Arguments.of("a*", "a"),
                Arguments.of("director:coppola year:1970..1979", "director:coppola year:1970..1979"),
                Arguments.of("Director:\"Patricio Guzmán\"", "director:\"Patricio Guzmán\""),
                Arguments.of("year:1973", "year:1973"),
                Arguments.of("year:..1979", "year:..1979"),
                Arguments.of("rating:8..", "rating:8.."),
                Arguments.of("rating:7..9", "rating:7..9"),
                Arguments.of("rating:7,5", "rating:7.5.."),
                Arguments.of("type:films", "type:film"),
                Arguments.of("genre:\"science fiction\" person:pacino", "genre:\"science fiction\" person:pacino"),
                Arguments.of("crime OR mafia family", "(crime OR mafia) family"),
                Arguments.of("a OR b OR c", "(a OR b OR c)"),
                Arguments.of("director:coppola OR director:scorsese", "(director:coppola OR director:scorsese)"),
                Arguments.of("OR godfather OR", "godfather"),
                Arguments.of("godfather OR -part", "godfather -part"),
                Arguments.of("NOT part godfather", "-part godfather"),
                Arguments.of("godfather AND part", "godfather part"),
                Arguments.of("--godfather", "-godfather"),
                Arguments.of("-\"part iii\"", "-\"part iii\""),
                Arguments.of("\"unbalanced quote", "unbalanced quote"),
                Arguments.of("spider-man", "\"spider man\""),
                Arguments.of("title:godfather", "\"title godfather\""),
                Arguments.of("director:", "director"),
                Arguments.of("- -- + ++ * \"", ""),
                Arguments.of("((((", ""),
                Arguments.of("(crime OR mafia)", "(crime OR mafia)"),
                Arguments.of("\"\"", ""),
                Arguments.of("Амели", "Амели"),
                Arguments.of("千と千尋", "\"千 と 千 尋\""),
                Arguments.of("películas", "películas"),
                Arguments.of("!".repeat(1000), ""),
                Arguments.of("<script>alert(1)</script>", "\"script alert 1 script\""),
                Arguments.of("\u0000\u0007 tab\tnew\nline", "tab new line"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("readings")
    void reads_any_input_into_clauses(String input, String expected) {
        assertEquals(expected, parser.parse(input).toString());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("year:19x3", "year:'19x3' is not a year or a range of years (1973, 1970..1979, 1990..)"),
                Arguments.of("year:..", "year:'..' is not a year or a range of years (1973, 1970..1979, 1990..)"),
                Arguments.of("year:1979..1970", "year:'1979..1970' ends before it starts"),
                Arguments.of("rating:12", "rating:'12' is outside 0..10"),
                Arguments.of("rating:good", "rating:'good' is not a rating or a range of ratings on 0..10 (8, 7..9, 8..)"),
                Arguments.of("rating:9..7", "rating:'9..7' ends before it starts"),
                Arguments.of("type:dvd", "type:'dvd' is not one of film, person, review, quote"),
                Arguments.of("word ".repeat(41), "the query has 41 words; at most 40 are searched"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void refuses_field_values_it_cannot_mean_with_a_clear_message(String input, String message) {
        BadQueryException e = assertThrows(BadQueryException.class, () -> parser.parse(input));
        assertEquals(message, e.getMessage());
    }

    @Test
    void keeps_where_each_word_was_typed_for_did_you_mean() {
        assertEquals(List.of(new Word("allende", 0, 7), new Word("guzmn", 8, 13)),
                parser.parse("allende guzmn").clauses());
    }

    @Test
    void reads_null_as_an_empty_query() {
        assertEquals(List.of(), parser.parse(null).clauses());
    }
}
