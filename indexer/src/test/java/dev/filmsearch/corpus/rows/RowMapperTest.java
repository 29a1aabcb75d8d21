package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.CollectingSink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMapperTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void lets_a_mapping_feed_a_list_field_from_several_columns_and_switch_a_common_name_off() throws Exception {
        Mapping mapping = mapping(RecordType.FILM, null, Map.of("cast", List.of("lead", "support"), "plot", List.of()));

        CollectingSink sink = map(mapping, """
                {"Title": "Fargo", "lead": "Frances McDormand", "support": ["William H. Macy", {"name": "Steve Buscemi",
                 "character": "Carl Showalter", "id": "https://www.imdb.com/name/nm0000114/"}],
                 "overview": "Not read.", "imdb_id": "tt0116282"}
                """);

        assertEquals(List.of(Film.builder("Fargo").id("tt0116282").cast(List.of(
                CastMember.named("Frances McDormand", null), CastMember.named("William H. Macy", null),
                new CastMember("nm0000114", "Steve Buscemi", "Carl Showalter"))).build()), sink.records);
        assertEquals(List.of(), sink.problemLines());
    }

    @Test
    void reports_an_imdb_column_without_an_id_and_keeps_the_film_under_its_title() throws Exception {
        CollectingSink sink = map(Mapping.commonNames(RecordType.FILM),
                "{\"movie_title\": \"Fargo\", \"title_year\": 1996, \"movie_imdb_link\": \"http://www.imdb.com/\"}");

        assertEquals(List.of(Film.builder("Fargo").year(1996).build()), sink.records);
        assertEquals("fargo-1996", sink.all(Film.class).getFirst().id());
        assertEquals(List.of("t.csv:7: ignored movie_imdb_link 'http://www.imdb.com/': no tt id in it"),
                sink.problemLines());
    }

    @Test
    void takes_the_language_of_a_row_before_the_language_of_its_mapping() throws Exception {
        Mapping mapping = mapping(RecordType.REVIEW, Language.ES, Map.of("filmTitle", List.of("title")));

        CollectingSink sink = map(mapping, "{\"title\": \"Fargo\", \"text\": \"Snow.\", \"lang\": \"en\"}");
        CollectingSink spanish = map(mapping, "{\"title\": \"Fargo\", \"text\": \"Nieve.\"}");

        assertEquals(Language.EN, sink.all(Review.class).getFirst().language());
        assertEquals(Language.ES, spanish.all(Review.class).getFirst().language());
    }

    @Test
    void numbers_a_review_by_its_id_field_or_else_by_its_content() throws Exception {
        Mapping mapping = new Mapping(RecordType.REVIEW, false, null, "critics", "num", RatingScale.TEN,
                Mapping.DEFAULT_DATE_FORMATS, null, Mapping.DEFAULT_LIST_SEPARATORS, Map.of());

        Review numbered = map(mapping, "{\"num\": 7, \"movie\": \"Fargo\", \"review\": \"Snow.\"}")
                .all(Review.class).getFirst();
        Review unnumbered = map(mapping, "{\"movie\": \"Fargo\", \"review\": \"Snow.\"}").all(Review.class).getFirst();

        assertEquals("r-critics-7", numbered.id());
        assertEquals(Ids.contentId("r", "critics", null, null, "Fargo", "", null, null, "Snow."), unnumbered.id());
    }

    @Test
    void reads_people_with_their_imdb_name_ids() throws Exception {
        CollectingSink sink = map(Mapping.commonNames(RecordType.PERSON),
                "{\"primaryName\": \"Frances McDormand\", \"nconst\": \"nm0000531\", \"born\": \"1957\", "
                        + "\"primaryProfession\": \"actress,producer\"}");

        assertEquals(List.of(new Person("nm0000531", "Frances McDormand", List.of("actress", "producer"), 1957, null,
                List.of())), sink.records);
    }

    @Test
    void moves_a_two_digit_year_error_back_a_century_in_film_years_too() throws Exception {
        Mapping mapping = new Mapping(RecordType.QUOTE, false, null, "q", null, RatingScale.TEN,
                Mapping.DEFAULT_DATE_FORMATS, 2012, Mapping.DEFAULT_LIST_SEPARATORS, Map.of());

        CollectingSink sink = map(mapping, "{\"movie\": \"Duel in the Sun\", \"year\": 2046, \"quote\": \"Pearl!\"}");

        assertEquals(1946, sink.all(Quote.class).getFirst().filmYear());
    }

    private Mapping mapping(RecordType type, Language language, Map<String, List<String>> fields) {
        return new Mapping(type, false, language, "test", null, RatingScale.TEN, Mapping.DEFAULT_DATE_FORMATS, null,
                Mapping.DEFAULT_LIST_SEPARATORS, fields);
    }

    private CollectingSink map(Mapping mapping, String object) throws Exception {
        CollectingSink sink = new CollectingSink();
        new RowMapper("t.csv", mapping, json).map(Row.of(7, (ObjectNode) json.readTree(object)), sink);
        return sink;
    }
}
