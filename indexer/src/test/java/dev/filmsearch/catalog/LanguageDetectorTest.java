package dev.filmsearch.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void spanish_review_text_is_spanish() {
        assertEquals(Language.ES, detector.detect("Una película que no deja indiferente: el guion es flojo pero la fotografía es magnífica."));
    }

    @Test
    void english_review_text_is_english() {
        assertEquals(Language.EN, detector.detect("This is one of the best films of the decade and the cast is superb."));
    }

    @Test
    void text_without_function_words_defaults_to_english() {
        assertEquals(Language.EN, detector.detect("Guzmán 1973"));
        assertEquals(Language.EN, detector.detect(null));
    }
}
