package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    private static final List<String> TEXTS = List.of(
            "The Godfather's son, Michael Corleone, isn't the man he'd been.",
            "¿Dónde está el niño? Las películas de terror españolas",
            "Amélie Poulain — Guzmán, Iñárritu & Almodóvar's 1990s films: 3.5 stars, U.S.A., e-mail, C3PO",
            "Schindler’s List; Les Misérables; L'Auberge espagnole; O'Brien; rock'n'roll",
            "THE AND OF IN A los las del que y ñandú ÉTÉ Œuvre straße",
            "");
    private static final String[] VOCABULARY = {"the", "The", "Godfather's", "películas", "Guzmán", "isn't", "a",
        "los", "stars", "running", "ran", "Iñárritu", "l'amour", "3.5", "1999", "co-op", "U.S.", "Ñ", "œuvre",
        "O'Brien's", "españolas", "del", "Schindler’s", "AND", "ñandú", "e-mail", "x"};
    private static final String[] GLUE = {" ", ", ", ". ", " — ", "'", "-", "\n", " (", ") ", ": ", "’", "&", "/"};

    @Test
    void every_chain_makes_of_a_text_the_terms_it_makes_of_each_of_its_words_alone() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(12); w++) {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            texts.add(text.toString());
        }
        try (Analyzer words = Analysis.words()) {
            for (Analysis chain : Analysis.values()) {
                try (Analyzer whole = chain.create(); Analyzer oneWord = chain.createForOneWord()) {
                    for (String text : texts) {
                        assertEquals(terms(whole, text), wordByWord(words, oneWord, text), chain + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void the_words_of_a_text_are_its_tokens_as_typed_with_their_offsets() throws IOException {
        try (Analyzer words = Analysis.words()) {
            assertEquals(List.of("The@0", "Godfather's@4", "Guzmán@18", "3.5@26"),
                    terms(words, "The Godfather's — Guzmán, 3.5!"));
        }
        try (Analyzer english = Analysis.ENGLISH.createForOneWord()) {
            assertEquals(List.of("godfath@0"), terms(english, "Godfather's"));
            assertEquals(List.of(), terms(english, "The"));
        }
    }

    /** Each term with its start offset. */
    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset());
            }
            ts.end();
        }
        return out;
    }

    /** The text cut into words, each word analysed alone, its terms at the word's start offset. */
    private static List<String> wordByWord(Analyzer words, Analyzer oneWord, String text) throws IOException {
        List<String> out = new ArrayList<>();
        for (String word : terms(words, text)) { // "word@start": a word never holds '@', which cuts words
            int at = word.lastIndexOf('@');
            for (String t : terms(oneWord, word.substring(0, at))) {
                out.add(t.substring(0, t.lastIndexOf('@')) + word.substring(at));
            }
        }
        return out;
    }
}
