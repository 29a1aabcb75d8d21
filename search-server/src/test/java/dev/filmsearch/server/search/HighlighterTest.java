package dev.filmsearch.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunnable;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private final Highlighter highlighter = new Highlighter();
    private final UserQueryParser parser = new UserQueryParser();

    private Highlighter.Terms terms(String q) {
        return highlighter.terms(parser.parse(q), true);
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
    void a_match_far_into_a_long_text_is_found_and_a_fragment_after_a_word_too_long_to_cut_starts_at_its_match() {
        String filler = "and so on ".repeat(120); // 1,200 chars without a match
        String text = filler + "Corleone came back, and the town of Corleone grew; Corleone stayed.";
        assertEquals(List.of("…and so on and so on and so on and so on <mark>Corleone</mark> came back, and the town of"
                + " <mark>Corleone</mark> grew; <mark>Corleone</mark> stayed."),
                highlighter.fragments(text, terms("corleone")));
        // the second fragment would start 40 chars before its match, inside the 140-letter word: at the match instead
        String apart = "Corleone " + "x".repeat(140) + " Corleone, " + "and so on ".repeat(3) + "Corleone.";
        assertEquals(List.of("<mark>Corleone</mark> " + "x".repeat(140) + " <mark>Corleone</mark>, and…",
                "…<mark>Corleone</mark>, and so on and so on and so on <mark>Corleone</mark>."),
                highlighter.fragments(apart, terms("corleone")));
    }

    /** Long texts with matches close together, just past a fragment's reach and far apart. */
    static final List<String> LONG_TEXTS = List.of(
            "Corleone " + "and so on ".repeat(16) + "Corleone again, " + "and so on ".repeat(20) + "Corleone once more, "
                    + "and so on ".repeat(20) + "Corleone four, " + "and so on ".repeat(150) + "Corleone five.",
            "and so on ".repeat(5) + "Corleone " + "and so on ".repeat(17) + "Corleone " + "and so on ".repeat(18)
                    + "Corleone " + "and so on ".repeat(3) + "Corleone " + "and so on ".repeat(200) + "Corleone.",
            ("Corleone " + "and so on ".repeat(7)).repeat(40));

    @Test
    void fragments_of_a_long_text_are_the_same_though_the_words_past_the_last_fragment_are_not_judged() {
        // the second match lies past the first fragment but within its reach; the later ones decide nothing
        String m = "<mark>Corleone</mark>";
        String so = "and so on ";
        assertEquals(List.of(m + " " + so.repeat(15) + "and…", "…" + so.repeat(4) + m + " again, " + so.repeat(10)
                + "and so…"), highlighter.fragments(LONG_TEXTS.get(0), terms("corleone")));
        assertEquals(List.of("…" + so.repeat(4) + m + " " + so.repeat(11) + "and…", "…" + so.repeat(4) + m + " "
                + so.repeat(11) + "and…"), highlighter.fragments(LONG_TEXTS.get(1), terms("corleone")));
        assertEquals(List.of(m + " " + so.repeat(7) + m + " " + so.repeat(7) + m + "…", "…" + so.repeat(4) + m + " "
                + so.repeat(7) + m + " " + so.repeat(3) + "and…"), highlighter.fragments(LONG_TEXTS.get(2), terms("corleone")));
    }

    @Test
    void gives_nothing_when_nothing_matches() {
        assertEquals(List.of(), highlighter.whole("Apocalypse Now", terms("godfather")));
        assertEquals(List.of(), highlighter.fragments(null, terms("godfather")));
        assertEquals(List.of(), highlighter.whole("Apocalypse Now", terms("")));
    }

    @Test
    void a_typo_matches_exactly_the_words_the_query_fuzzy_automaton_accepts() {
        Random random = new Random(12);
        String letters = "aabcdeéiloñrst";
        int accepted = 0;
        for (int n = 0; n < 3_000; n++) {
            String word = randomWord(random, letters, 4 + random.nextInt(7));
            int edits = MatchPolicy.maxEdits(word);
            ByteRunnable automaton = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true).getByteRunnable();
            Highlighter.Typo typo = new Highlighter.Typo(word.codePoints().toArray(), edits);
            String candidate = random.nextBoolean() ? randomWord(random, letters, 1 + random.nextInt(11))
                    : mutate(random, word, letters, 1 + random.nextInt(3));
            BytesRef bytes = new BytesRef(candidate);
            boolean expected = automaton.run(bytes.bytes, bytes.offset, bytes.length);
            assertEquals(expected, typo.matches(candidate.codePoints().toArray()), word + " / " + candidate);
            accepted += expected ? 1 : 0;
        }
        assertEquals(800, accepted); // enough matches among the 3,000 pairs for the comparison to mean something
    }

    private static String randomWord(Random random, String letters, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }

    /** The word with up to {@code n} random insertions, deletions, substitutions or swaps of neighbours. */
    private static String mutate(Random random, String word, String letters, int n) {
        StringBuilder sb = new StringBuilder(word);
        for (int i = 0; i < n && sb.length() > 1; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, letters.charAt(random.nextInt(letters.length())));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                default -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
