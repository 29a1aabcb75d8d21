package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.Schema;
import dev.filmsearch.schema.SuggestionLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * As-you-type completions: films and people whose title or name has every typed word, the last one as a prefix
 * (case and accents ignored: "guzm" finds Patricio Guzmán), best known first: by the popularity feature (a
 * film's votes; a person's best-known film's, discounted for a low billing), then votes. One query over the
 * folded title field of the index, sorted by indexed values: no per-request structure is built. The popularity
 * is sorted by as {@link Schema#SUGGEST_RANK}, whose points let the sort skip the matches that cannot make the
 * top once it is full, so a short prefix over millions of titles does not read every match. Thread-safe.
 */
final class Completions {
    static final int MAX_LIMIT = 50;
    private static final int MAX_WORDS = 10;
    private final Analyzer folded = Analyzers.folded();

    List<Suggestion> complete(IndexSearcher searcher, String prefix, int limit) throws IOException {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        List<String> all = Analysis.terms(folded, Fields.TITLE, prefix);
        List<String> words = all.size() > MAX_WORDS ? all.subList(0, MAX_WORDS) : all;
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        types.add(RankedQueryBuilder.typeFilter(RecordType.FILM), Occur.SHOULD);
        types.add(RankedQueryBuilder.typeFilter(RecordType.PERSON), Occur.SHOULD);
        q.add(types.build(), Occur.FILTER);
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(Fields.TITLE, words.get(i));
            boolean last = i == words.size() - 1;
            Query wordQuery = last && !lastComplete ? new PrefixQuery(term) : new TermQuery(term);
            q.add(wordQuery, Occur.FILTER);
        }
        Sort popular = new Sort(Schema.SUGGEST_RANK.sortField(true), Schema.VOTES.sortField(true), SortField.FIELD_DOC);
        TopDocs top = searcher.search(q.build(), Math.min(limit, MAX_LIMIT), popular);
        List<Suggestion> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(suggestion(searcher, sd.doc));
        }
        return out;
    }

    /**
     * A suggestion from its record's doc values: the label ({@link SuggestionLabel}) and the year. Reading them costs
     * a few look-ups, where the stored record costs decompressing its block of stored fields (more than half of a
     * suggestion's time before, docs/benchmarks.md). Every film and person of an index of this schema has a label.
     */
    private static Suggestion suggestion(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        SortedDocValues labels = DocValues.getSorted(leaf.reader(), Fields.LABEL);
        Optional<SuggestionLabel> found = labels.advanceExact(local)
                ? SuggestionLabel.decode(labels.lookupOrd(labels.ordValue())) : Optional.empty();
        SuggestionLabel label = found.orElseThrow(() -> new IllegalStateException("document " + doc
                + " is a film or person without a suggestion label"));
        NumericDocValues years = DocValues.getNumeric(leaf.reader(), Fields.YEAR);
        Integer year = years.advanceExact(local) ? (int) years.longValue() : null;
        return new Suggestion(label.type(), label.id(), label.title(), year);
    }
}
