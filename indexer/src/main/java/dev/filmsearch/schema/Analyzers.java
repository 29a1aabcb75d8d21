package dev.filmsearch.schema;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import dev.filmsearch.model.Language;

/**
 * The analyzers of the index. The same {@link #perField()} analyzer is used to index and to query, so a field is
 * never analysed two ways.
 *
 * <ul>
 *   <li>folded — words, lower case, accents removed, no stemming, no stop words: titles and names
 *       ("Guzmán" → "guzman", "The" is kept so exact titles still count every word)</li>
 *   <li>english — possessives, stop words, accents removed, Porter stemming: English text, English-stemmed titles,
 *       and genres ("documentaries" finds the genre Documentary)</li>
 *   <li>spanish — Spanish stop words, accents removed, light Spanish stemming</li>
 * </ul>
 */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public static Analyzer spanish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                stream = new SpanishLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The text field a text in this language goes to. */
    public static String textField(Language language) {
        return language == Language.ES ? Fields.TEXT_ES : Fields.TEXT_EN;
    }

    /** The one analyzer of the index: folded by default, English/Spanish on the stemmed fields. */
    public static Analyzer perField() {
        Analyzer english = english();
        Analyzer spanish = spanish();
        return new PerFieldAnalyzerWrapper(folded(), Map.of(
                Fields.TEXT_EN, english,
                Fields.TITLE_EN, english,
                Fields.GENRE_TEXT, english,
                Fields.TEXT_ES, spanish,
                Fields.TITLE_ES, spanish));
    }
}
