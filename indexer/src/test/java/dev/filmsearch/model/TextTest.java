package dev.filmsearch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Patricio Guzmán|patricio guzman",
        "Nuñez|nunez",
        "Øresund Łódź|oresund lodz",
        "Straße Æon Œuvre|strasse aeon oeuvre",
        "ﬁlm ①|film 1",
        "ΟΔΥΣΣΕΥΣ|οδυσσευς",
        "Amélie|amelie",
    })
    void fold_lowers_case_and_drops_accents(String text, String folded) {
        assertEquals(folded, Text.fold(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Godfather: Part II|thegodfatherpartii",
        "Amélie (2001)|amelie2001",
        "七人の侍 Seven Samurai|sevensamurai",
        "Ça va? ¡Sí!|cavasi",
    })
    void title_key_keeps_ascii_letters_and_digits_only(String title, String key) {
        assertEquals(key, Text.titleKey(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Salvador Allende 2004|salvador-allende-2004",
        "  --¿Qué tal, Amélie?--  |que-tal-amelie",
        "七人の侍|untitled",
    })
    void slug_joins_ascii_words_with_dashes(String text, String slug) {
        assertEquals(slug, Text.slug(text));
    }

    @Test
    void clean_collapses_every_space_kind_and_returns_null_for_blank() {
        assertEquals("a b c", Text.clean("\u00A0 a \t\n b\u2007\u202Fc  "));
        assertEquals("already clean", Text.clean("already clean"));
        assertNull(Text.clean(" \u00A0\r\n"));
        assertNull(Text.clean(null));
    }

    /** The hand-written helpers give exactly what the regular expressions they replaced gave, on random text. */
    @Test
    void hand_written_helpers_agree_with_the_regular_expressions_they_replaced_on_200000_random_strings() {
        String pool = "aZ09 -:'.,\t\n\u00A0\u2007\u202F\u2003éÉñÑüøØłŁßæÆœŒçÇ\u0301\u0308ﬁ①½ΣσςİıK七人の侍😀\uD834\uDD65Ãã¿¡";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                int at = random.nextInt(pool.length());
                char c = pool.charAt(at);
                if (Character.isHighSurrogate(c) && at + 1 < pool.length()) {
                    s.append(c).append(pool.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    s.append(c);
                }
            }
            String text = s.toString();
            assertEquals(Reference.clean(text), Text.clean(text), () -> "clean of [" + text + "]");
            assertEquals(Reference.fold(text), Text.fold(text), () -> "fold of [" + text + "]");
            assertEquals(Reference.titleKey(text), Text.titleKey(text), () -> "titleKey of [" + text + "]");
            assertEquals(Reference.slug(text), Text.slug(text), () -> "slug of [" + text + "]");
        }
    }

    /** The regular-expression versions, kept here as the specification. */
    private static final class Reference {
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");
        private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

        static String clean(String text) {
            String s = SPACES.matcher(text).replaceAll(" ").strip();
            return s.isEmpty() ? null : s;
        }

        static String fold(String text) {
            String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
            return stripped.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L')
                    .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                    .toLowerCase(Locale.ROOT);
        }

        static String titleKey(String title) {
            return NON_ALNUM.matcher(fold(title)).replaceAll("");
        }

        static String slug(String text) {
            String s = NON_ALNUM.matcher(fold(text)).replaceAll("-").replaceAll("^-+|-+$", "");
            return s.isEmpty() ? "untitled" : s;
        }
    }
}
