package dev.filmsearch.schema;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers of the index, built from the {@link Analysis} chains. The same {@link #perField()} analyzer is
 * used to index and to query, so a field is never analysed two ways; it gives each text field of {@link Schema}
 * its chain.
 */
public final class Analyzers {
    private Analyzers() {
    }

    public static Analyzer folded() {
        return Analysis.FOLDED.create();
    }

    public static Analyzer english() {
        return Analysis.ENGLISH.create();
    }

    public static Analyzer spanish() {
        return Analysis.SPANISH.create();
    }

    /**
     * The one analyzer of the index: each text field's own chain ({@link TextFieldDef#analysis()}), folded for any
     * other field name. One analyzer per chain, shared by its fields.
     */
    public static Analyzer perField() {
        Map<Analysis, Analyzer> chains = new EnumMap<>(Analysis.class);
        Analyzer folded = chains.computeIfAbsent(Analysis.FOLDED, Analysis::create);
        Map<String, Analyzer> byField = new HashMap<>();
        for (TextFieldDef field : Schema.textFields()) {
            byField.put(field.name(), chains.computeIfAbsent(field.analysis(), Analysis::create));
        }
        return new PerFieldAnalyzerWrapper(folded, byField);
    }
}
