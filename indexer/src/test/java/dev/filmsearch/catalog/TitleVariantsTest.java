package dev.filmsearch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.filmsearch.catalog.TitleVariants.Kind;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.Film;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleVariantsTest {

    @Test
    void a_trailing_article_is_put_back_in_front() {
        assertEquals("Das Boot", TitleVariants.uninverted("Boot, Das"));
        assertEquals("The Godfather", TitleVariants.uninverted("Godfather, The"));
        assertEquals("L'Avventura", TitleVariants.uninverted("Avventura, L'"));
        assertEquals("The Lord of the Rings: The Two Towers",
                TitleVariants.uninverted("Lord of the Rings, The: The Two Towers"));
    }

    @Test
    void a_comma_before_a_word_that_is_no_article_is_left_alone() {
        assertNull(TitleVariants.uninverted("Paris, je t'aime"));
        assertNull(TitleVariants.uninverted("New York, New York"));
        assertNull(TitleVariants.uninverted("The Good, the Bad and the Ugly"));
    }

    @Test
    void a_parenthesised_other_title_splits_the_title_in_two() {
        assertEquals(new TitleVariants.Parenthesised("El truco final", "The Prestige"),
                TitleVariants.parenthesised("El truco final (The Prestige)"));
        assertEquals(new TitleVariants.Parenthesised("King Kong", null), TitleVariants.parenthesised("King Kong (1933)"));
        assertEquals(new TitleVariants.Parenthesised("Guilty or Not Guilty", null),
                TitleVariants.parenthesised("Guilty or Not Guilty (film)"));
        assertEquals(new TitleVariants.Parenthesised("Birdman or", "The Unexpected Virtue of Ignorance"),
                TitleVariants.parenthesised("Birdman or (The Unexpected Virtue of Ignorance)"));
        assertNull(TitleVariants.parenthesised("(500) Days of Summer"));
        assertNull(TitleVariants.parenthesised("Heat"));
    }

    @Test
    void a_film_is_looked_up_by_every_form_of_its_titles_each_once_in_order() {
        Film film = Film.builder("Boot, Das (The Boat)").year(1981).originalTitle("Das Boot")
                .aliases(List.of(Alias.of("U-Boot 96"), Alias.of("The Boat"))).build();

        Map<String, Kind> expected = new LinkedHashMap<>();
        expected.put("bootdastheboat", Kind.TITLE);
        expected.put("bootdas", Kind.PARENTHESES);
        expected.put("theboat", Kind.PARENTHESES);
        expected.put("dasboot", Kind.PARENTHESES);
        expected.put("uboot96", Kind.ORIGINAL_OR_ALIAS);
        assertEquals(expected, TitleVariants.of(film));
    }
}
