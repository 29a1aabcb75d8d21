package dev.filmsearch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analysis chains of the index, each written once as data (a tokenizer and token filters by their Lucene
 * factory names, with parameters) and built from that data ({@link #create()}), so the description a template
 * generator or the schema fingerprint reads is the analysis that runs. A text field indexes and searches with the
 * same chain.
 *
 * <ul>
 *   <li>folded — words, lower case, accents removed, no stemming, no stop words: titles and names
 *       ("Guzmán" → "guzman", "The" is kept so exact titles still count every word)</li>
 *   <li>english — possessives, stop words, accents removed, Porter stemming: English text, English-stemmed titles,
 *       and genres ("documentaries" finds the genre Documentary)</li>
 *   <li>spanish — Spanish stop words, accents removed, light Spanish stemming</li>
 * </ul>
 */
public enum Analysis {
    FOLDED("folded", List.of(
            Step.of("lowercase"),
            Step.of("asciiFolding"))),
    ENGLISH("english", List.of(
            Step.of("englishPossessive"),
            Step.of("lowercase"),
            Step.of("stop"), // Lucene's default English stop words
            Step.of("asciiFolding"),
            Step.of("porterStem"))),
    SPANISH("spanish", List.of(
            Step.of("lowercase"),
            Step.of("stop", "words", "spanish_stop.txt", "format", "snowball"), // Lucene's Spanish stop words
            Step.of("asciiFolding"),
            Step.of("spanishLightStem")));

    /** Every chain starts with Lucene's standard (Unicode word break) tokenizer. */
    public static final String TOKENIZER = "standard";

    private final String label;
    private final List<Step> filters;

    Analysis(String label, List<Step> filters) {
        this.label = label;
        this.filters = filters;
    }

    /** A token filter by its Lucene factory name, with its parameters as name, value, name, value, …. */
    public record Step(String filter, List<String> params) {
        public Step {
            params = List.copyOf(params);
            if (params.size() % 2 != 0) {
                throw new IllegalArgumentException("parameters come in name, value pairs: " + params);
            }
        }

        static Step of(String filter, String... params) {
            return new Step(filter, List.of(params));
        }

        @Override
        public String toString() {
            return params.isEmpty() ? filter : filter + params;
        }
    }

    /** The name of the chain ("folded", "english", "spanish"): what field descriptions call their analyzer. */
    public String label() {
        return label;
    }

    public List<Step> filters() {
        return filters;
    }

    /**
     * A new analyzer of this chain. Its {@code normalize} (used for prefixes and typo-tolerant terms) applies the
     * chain's lower-casing and accent folding only.
     */
    public Analyzer create() {
        return build(TOKENIZER, filters, label);
    }

    /**
     * This chain's filters over one word, a token of {@link #words()} taken whole (a keyword tokenizer): the term
     * the chain makes of that word, or none when it drops it. Every filter of every chain makes at most one term
     * of a token and looks at that token alone, so analysing a text gives the terms of analysing each of its words
     * so (AnalysisTest holds the chains to it): a highlighter can cut a text once and analyse each distinct word once.
     */
    public Analyzer createForOneWord() {
        return build("keyword", filters, label + " (one word)");
    }

    /** The chains' tokenizer alone: the words of a text as every chain cuts them, with their offsets. */
    public static Analyzer words() {
        return build(TOKENIZER, List.of(), "words");
    }

    private static Analyzer build(String tokenizer, List<Step> filters, String label) {
        try {
            // resource names (the Spanish stop words) resolve beside Lucene's snowball package
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new ClasspathResourceLoader(SnowballFilter.class))
                    .withTokenizer(tokenizer);
            for (Step step : filters) {
                builder.addTokenFilter(step.filter(), step.params().toArray(new String[0]));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + label + " analyzer", e);
        }
    }

    /** The chain as one line: what the schema fingerprint hashes. */
    public String describe() {
        return label + ": " + TOKENIZER + " " + filters;
    }
}
