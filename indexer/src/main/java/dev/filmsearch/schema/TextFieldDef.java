package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Analysed words ({@code TextField}), indexed and searched with one {@link Analysis} chain ({@link
 * Analyzers#perField()} picks it by field name). Blank values are left out.
 *
 * @param stored whether the text is also stored (titles, read back by hits and suggestions)
 */
public record TextFieldDef(String name, Analysis analysis, boolean stored) implements FieldDef {
    /** Adds the value to {@code sink}; blank values are left out. */
    public void addTo(FieldSink sink, String value) {
        if (value != null && !value.isBlank()) {
            sink.add(this, value);
        }
    }

    /** The value's Lucene field (blank values are left out). */
    public void addTo(Document doc, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(name, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    /**
     * The words of {@code text} in this field, any of them (a single word: its term), or null when the text has
     * no terms. {@code analysis} must analyse with {@link Analyzers#perField()}.
     */
    public Query matchQuery(QueryBuilder analysis, String text) {
        return analysis.createBooleanQuery(name, text);
    }

    /** The words of {@code text} in this order, {@code slop} positions apart at most; null when it has no terms. */
    public Query phraseQuery(QueryBuilder analysis, String text, int slop) {
        return analysis.createPhraseQuery(name, text, slop);
    }

    /**
     * The terms starting with {@code prefix} as this field normalises it (lower case, accents removed; no
     * stemming). {@code analyzer} must be {@link Analyzers#perField()}.
     */
    public Query prefixQuery(Analyzer analyzer, String prefix) {
        return new PrefixQuery(new Term(name, analyzer.normalize(name, prefix)));
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.TEXT, analysis.label(), null, stored, true, false, true, List.of(),
                null);
    }
}
