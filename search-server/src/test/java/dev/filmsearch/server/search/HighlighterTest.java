package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private final Highlighter highlighter = new Highlighter();
    private final UserQueryParser parser = new UserQueryParser();

    private Highlighter.Terms terms(String q) {
        return highlighter.terms(parser.parse(q));
    }

    @Test
    void marks_folded_stemmed_and_misspelled_words_and_escapes_the_rest() {
        assertEquals(List.of("<mark>Películas</mark> &amp; <mark>documentaries</mark> by <mark>Guzmán</mark>"
                        + " &lt;b&gt;"),
                highlighter.whole("Películas & documentaries by Guzmán <b>", terms("peliculas documentary guzmn")));
    }

    @Test
    void marks_stop_words_in_titles_but_not_in_long_text() {
        Highlighter.Terms t = terms("the godfather");
        assertEquals(List.of("<mark>The</mark> <mark>Godfather</mark>"), highlighter.whole("The Godfather", t));
        assertEquals(List.of("<mark>Godfather</mark> of the family"), highlighter.fragments("Godfather of the family", t));
    }

    @Test
    void marks_prefixes_and_phrase_words_but_not_excluded_ones() {
        assertEquals(List.of("<mark>Godfather</mark> <mark>Part</mark> <mark>II</mark> and III"),
                highlighter.whole("Godfather Part II and III", terms("godf* \"part ii\" -iii")));
    }

    @Test
    void cuts_long_text_into_fragments_around_the_matches() {
        String text = "In the beginning there was nothing at all to speak of, only a long and quiet plain where the"
                + " wind blew every day. Years later a stranger named Corleone arrived with a mule and a sack of"
                + " seeds, and the town grew around him slowly, street by street, until it had a church, a school,"
                + " two bars and a cinema that showed westerns on Sundays. When the cinema burned down, Corleone"
                + " built another one with his own hands.";
        assertEquals(List.of(
                "…every day. Years later a stranger named <mark>Corleone</mark> arrived with a mule and a sack of"
                        + " seeds, and the town grew around him slowly, street by street, until it had a church,…",
                "…on Sundays. When the cinema burned down, <mark>Corleone</mark> built another one with his own"
                        + " hands."),
                highlighter.fragments(text, terms("corleone")));
    }

    @Test
    void gives_nothing_when_nothing_matches() {
        assertEquals(List.of(), highlighter.whole("Apocalypse Now", terms("godfather")));
        assertEquals(List.of(), highlighter.fragments(null, terms("godfather")));
        assertEquals(List.of(), highlighter.whole("Apocalypse Now", terms("")));
    }
}
