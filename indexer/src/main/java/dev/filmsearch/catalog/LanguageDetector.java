package dev.filmsearch.catalog;

import dev.filmsearch.model.Language;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells English from Spanish text by counting each language's most frequent function words, which is reliable
 * from a sentence on. Text with no evidence either way (a name, a number) is English, the corpus default.
 */
public final class LanguageDetector {
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was",
            "for", "with", "this", "his", "he", "but", "are", "you", "not", "have", "be", "on", "as", "by", "they",
            "what", "from", "i", "my", "an", "at", "who", "which", "her", "their");
    private static final Set<String> SPANISH = Set.of("el", "la", "de", "que", "y", "en", "los", "las", "del", "se",
            "por", "un", "una", "con", "para", "es", "lo", "su", "al", "pero", "como", "más", "mas", "esta", "este",
            "muy", "sus", "le", "ya", "yo", "película", "pelicula", "sin", "sobre", "también", "porque", "cuando");

    public Language detect(String text) {
        if (text == null) {
            return Language.EN;
        }
        int english = 0;
        int spanish = 0;
        int seen = 0;
        for (String word : WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (SPANISH.contains(word)) {
                spanish++;
            }
            if (++seen >= 400) {
                break;
            }
        }
        return spanish > english ? Language.ES : Language.EN;
    }
}
