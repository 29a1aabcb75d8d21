package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QueryInterpreterTest {
    /** A small facet table: dimension → values with their counts, most frequent first. */
    private static final Map<String, List<ReaderState.Entry>> TABLE = Map.of(
            FacetSchema.DIRECTOR, entries("Ridley Scott", 14, "Tony Scott", 12, "Pedro Almodóvar", 9,
                    "Akira Kurosawa", 5, "Brian De Palma", 13, "Andrés Wood", 1, "Spike Lee", 15, "Ang Lee", 4),
            FacetSchema.GENRE, entries("Drama", 789, "Comedy", 675, "Thriller/Suspense", 239, "Horror", 219,
                    "Romantic Comedy", 137, "Black Comedy", 36, "Documentary", 43),
            FacetSchema.LANGUAGE, entries("English", 2900, "Spanish", 120, "French", 70, "Mandarin", 12, "Catalan", 2),
            FacetSchema.DECADE, entries("1990s", 1500, "2000s", 1200, "1920s", 3, "2020s", 40, "1950s", 80),
            FacetSchema.YEAR, entries("2006", 220, "1995", 180, "1941", 4),
            FacetSchema.TYPE, entries("film", 3202, "person", 591, "review", 1, "quote", 1));
    private static final Set<String> FILM_TITLES = Set.of("drama", "1941", "volver");

    private final QueryInterpreter interpreter = new QueryInterpreter(dim -> TABLE.getOrDefault(dim, List.of()));
    private static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
    private static final Predicate<String> TITLES = FILM_TITLES::contains;

    private static List<ReaderState.Entry> entries(Object... valueCounts) {
        List<ReaderState.Entry> out = new java.util.ArrayList<>();
        for (int i = 0; i < valueCounts.length; i += 2) {
            String value = (String) valueCounts[i];
            out.add(new ReaderState.Entry(value, Text.fold(value), ((Integer) valueCounts[i + 1]).longValue()));
        }
        return out;
    }

    private List<Interpretation> read(String q) {
        return interpreter.interpret(q, NONE, TITLES);
    }

    private static Interpretation chip(String dimension, String value, String label, List<String> words,
                                       String query, String param, String paramValue) {
        return new Interpretation(dimension, value, label, words, query, Map.of(param, paramValue));
    }

    @Test
    void surname_decade_and_genre_become_three_chips_each_taking_its_word_out_of_the_query() {
        assertEquals(List.of(
                chip("director", "Pedro Almodóvar", "Director: Pedro Almodóvar", List.of("almodovar"), "90s drama",
                        "director", "Pedro Almodóvar"),
                chip("decade", "1990s", "Decade: 1990s", List.of("90s"), "almodovar drama", "year", "1990..1999"),
                chip("genre", "Drama", "Genre: Drama", List.of("drama"), "almodovar 90s", "genre", "Drama")),
                read("almodovar 90s drama"));
    }

    @Test
    void a_whole_name_typed_with_accents_and_capitals_is_one_chip_of_two_words() {
        assertEquals(List.of(chip("director", "Pedro Almodóvar", "Director: Pedro Almodóvar",
                List.of("PEDRO", "Almodovar"), "volver", "director", "Pedro Almodóvar")), read("PEDRO Almodovar volver"));
    }

    @Test
    void a_record_type_and_a_surname_read_kurosawa_films() {
        assertEquals(List.of(
                chip("director", "Akira Kurosawa", "Director: Akira Kurosawa", List.of("kurosawa"), "films",
                        "director", "Akira Kurosawa"),
                chip("type", "film", "Type: Films", List.of("films"), "kurosawa", "type", "film")),
                read("kurosawa films"));
    }

    @Test
    void a_language_genre_and_year_read_spanish_thriller_2006() {
        assertEquals(List.of(
                chip("language", "Spanish", "Language: Spanish", List.of("spanish"), "thriller 2006", "language",
                        "Spanish"),
                chip("genre", "Thriller/Suspense", "Genre: Thriller/Suspense", List.of("thriller"), "spanish 2006",
                        "genre", "Thriller/Suspense"),
                chip("year", "2006", "Year: 2006", List.of("2006"), "spanish thriller", "year", "2006")),
                read("spanish thriller 2006"));
    }

    @Test
    void a_language_is_read_by_its_spanish_and_own_names_and_never_by_its_code() {
        assertEquals(List.of(chip("language", "Spanish", "Language: Spanish", List.of("español"), "cine",
                "language", "Spanish")), read("cine español"));
        assertEquals(List.of(chip("language", "Spanish", "Language: Spanish", List.of("Castellano"), "drama",
                "language", "Spanish"), chip("genre", "Drama", "Genre: Drama", List.of("drama"), "Castellano",
                "genre", "Drama")), read("Castellano drama"));
        assertEquals(List.of(chip("language", "French", "Language: French", List.of("français"), "comedy",
                "language", "French"), chip("genre", "Comedy", "Genre: Comedy", List.of("comedy"), "français",
                "genre", "Comedy")), read("français comedy"));
        assertEquals(List.of(chip("language", "Mandarin", "Language: Mandarin", List.of("mandarin", "chinese"),
                "", "language", "Mandarin")), read("mandarin chinese"));
        // "cat" is Catalan's three-letter code and "es" Spanish's two-letter one: codes are words too
        assertEquals(List.of(), read("cat es"));
        // a language the index does not have is not read
        assertEquals(List.of(), read("german"));
    }

    @Test
    void a_surname_of_two_directors_or_of_a_director_with_one_record_is_not_read() {
        assertEquals(List.of(), read("scott"));
        assertEquals(List.of(), read("lee"));
        assertEquals(List.of(), read("wood"));
    }

    @Test
    void the_end_of_a_name_of_several_words_names_its_director() {
        assertEquals(List.of("Brian De Palma", "Brian De Palma"),
                List.of(read("de palma").getFirst().value(), read("palma").getFirst().value()));
        assertEquals(List.of("de", "palma"), read("de palma").getFirst().words());
    }

    @Test
    void a_genre_part_and_other_names_of_genres_are_read_as_genres() {
        assertEquals(List.of("Comedy", "Horror", "Comedy"),
                read("comedia terror comedies").stream().map(Interpretation::value).toList());
    }

    @Test
    void a_genre_of_two_words_is_read_before_its_last_word_and_plurals_and_other_names_are_genres() {
        assertEquals(List.of("Romantic Comedy"), read("romantic comedy").stream().map(Interpretation::value).toList());
        assertEquals(List.of("Documentary", "Horror"),
                read("documentaries terror").stream().map(Interpretation::value).toList());
    }

    @Test
    void decades_are_read_in_every_written_form_and_two_digits_pick_the_fuller_century() {
        for (String q : List.of("90s", "1990s", "'90s", "90's", "años 90", "los 90")) {
            assertEquals(List.of("1990s"), read(q).stream().map(Interpretation::value).toList(), q);
        }
        assertEquals("2020s", read("20s").getFirst().value());
        assertEquals(List.of("años", "90"), read("drama años 90").get(1).words());
        assertEquals(List.of(), read("1980s"));
    }

    @Test
    void a_year_out_of_range_or_absent_from_the_index_is_not_read() {
        assertEquals(List.of(), read("1890"));
        assertEquals(List.of(), read("2007"));
        assertEquals(List.of(), read("3000"));
    }

    @Test
    void a_query_that_is_a_film_title_is_not_read() {
        assertEquals(List.of(), read("Drama"));
        assertEquals(List.of(), read("1941"));
        assertEquals("1941", read("1941 drama").getFirst().value());
    }

    @Test
    void phrases_field_terms_and_excluded_words_stay_and_or_queries_are_not_read() {
        assertEquals(List.of(chip("genre", "Drama", "Genre: Drama", List.of("drama"),
                "\"pulp fiction\" -horror director:tarantino", "genre", "Drama")),
                read("\"pulp fiction\" drama -horror director:tarantino"));
        assertEquals(List.of(), read("drama OR comedy"));
        assertEquals(List.of(), read("(drama comedy)"));
    }

    @Test
    void a_filter_the_search_already_has_is_not_offered_again() {
        Filters filtered = new Filters(List.of("film"), List.of(), List.of("Pedro Almodóvar"), List.of("Drama"),
                List.of("Spanish"), null, List.of(new Range(1990.0, 1999.0)));
        assertEquals(List.of(), interpreter.interpret("almodovar drama 90s 2006 films spanish", filtered, TITLES));
    }

    @Test
    void singular_type_words_and_plain_words_are_not_read() {
        assertEquals(List.of(), read("film about a movie"));
    }
}
