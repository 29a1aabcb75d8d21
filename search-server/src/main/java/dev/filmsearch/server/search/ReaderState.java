package dev.filmsearch.server.search;

import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * What the service keeps per index reader, built once when a reader is first used and dropped when it closes:
 * the facet ordinal state, and every facet value with its count over the whole index (for facet value search, for
 * matching filter values without regard to case and accents, and for the {@link QueryInterpreter} built from them).
 * Nothing here reads every document: the values and counts come from the terms dictionary ({@link #fromTerms}),
 * and the rating buckets, which must count every document, are counted the first time they are asked for.
 */
final class ReaderState {
    /** A facet value, its folded form and its count over the whole index. */
    record Entry(String value, String folded, long count) {
    }

    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, List<Entry>> entries;
    private final Map<String, Map<String, List<String>>> byFolded;
    private final QueryInterpreter interpreter;
    private final IndexReader reader;
    /** The rating buckets, counted on first use ({@link #ratings()}). */
    private volatile List<Entry> ratings;
    private volatile Map<String, List<FacetValue>> wholeIndexFacets;

    private ReaderState(SortedSetDocValuesReaderState facetState, Map<String, List<Entry>> entries,
                        IndexReader reader) {
        this.facetState = facetState;
        this.entries = entries;
        this.reader = reader;
        this.byFolded = new HashMap<>();
        entries.forEach((dim, list) -> {
            Map<String, List<String>> m = new HashMap<>();
            for (Entry e : list) {
                m.computeIfAbsent(e.folded(), k -> new ArrayList<>()).add(e.value());
            }
            byFolded.put(dim, m);
        });
        this.interpreter = new QueryInterpreter(this::entries);
    }

    static ReaderState load(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config());
        Map<String, List<Entry>> entries = reader.hasDeletions() ? counted(state) : fromTerms(reader, state);
        return new ReaderState(state, entries, reader);
    }

    /**
     * Every value of every sorted-set dimension with its count, read from the facets' drill-down terms: a value's
     * count is the number of documents with its term, so this reads the terms dictionary (one entry per value)
     * instead of every document's doc values. Exact while the reader has no deleted documents (a term's document
     * frequency still counts deleted ones); see {@link #counted} for the other case.
     */
    static Map<String, List<Entry>> fromTerms(IndexReader reader, SortedSetDocValuesReaderState state)
            throws IOException {
        FacetsConfig config = FacetSchema.config();
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (String dim : FacetSchema.SORTED_SET_DIMENSIONS) {
            List<Entry> list = new ArrayList<>();
            if (state.getOrdRange(dim) != null) {
                String field = config.getDimConfig(dim).indexFieldName;
                BytesRef prefix = new BytesRef(FacetsConfig.pathToString(dim) + FacetsConfig.DELIM_CHAR);
                Terms terms = MultiTerms.getTerms(reader, field);
                TermsEnum te = terms == null ? TermsEnum.EMPTY : terms.iterator();
                if (te.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
                    for (BytesRef term = te.term(); term != null && StringHelper.startsWith(term, prefix);
                         term = te.next()) {
                        String[] path = FacetsConfig.stringToPath(term.utf8ToString());
                        list.add(new Entry(path[1], Text.fold(path[1]), te.docFreq()));
                    }
                }
            }
            entries.put(dim, sorted(list));
        }
        return entries;
    }

    /** The same values and counts, counted over every document's doc values: for a reader with deletions. */
    static Map<String, List<Entry>> counted(SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(state);
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (String dim : FacetSchema.SORTED_SET_DIMENSIONS) {
            List<Entry> list = new ArrayList<>();
            FacetResult result = state.getOrdRange(dim) == null ? null : all.getAllChildren(dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    list.add(new Entry(lv.label, Text.fold(lv.label), lv.value.longValue()));
                }
            }
            entries.put(dim, sorted(list));
        }
        return entries;
    }

    private static List<Entry> sorted(List<Entry> list) {
        list.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::value));
        return List.copyOf(list);
    }

    /** The rating buckets over the whole index: counted over every document, so only when first asked for. */
    private static List<Entry> ratingEntries(IndexReader reader) {
        try {
            FacetsCollector everything = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
                    new FacetsCollectorManager());
            List<Entry> ratings = new ArrayList<>();
            for (LabelAndValue lv : ratingCounts(everything)) {
                ratings.add(new Entry(lv.label, lv.label, lv.value.longValue()));
            }
            return List.copyOf(ratings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts of the fixed rating buckets, best first, zero counts included. */
    static LabelAndValue[] ratingCounts(FacetsCollector hits) throws IOException {
        return Schema.RATING_FACET.counts(hits);
    }

    /** Counts the facets of a search over the whole index; {@link #wholeIndexFacets} keeps what it returns. */
    interface FacetCounter {
        Map<String, List<FacetValue>> count() throws IOException;
    }

    /**
     * The facets of a search whose hits are the whole index (a browse of everything, unfiltered): counted by
     * {@code counter} on first use (without a time budget: a partial count must not be kept), then kept for this
     * reader; the service that owns this state always counts with the same facet size. Two first searches at once
     * may both count; they count the same.
     */
    Map<String, List<FacetValue>> wholeIndexFacets(FacetCounter counter) throws IOException {
        Map<String, List<FacetValue>> kept = wholeIndexFacets;
        if (kept == null) {
            Map<String, List<FacetValue>> counted = new LinkedHashMap<>();
            counter.count().forEach((facet, values) -> counted.put(facet, List.copyOf(values)));
            kept = Collections.unmodifiableMap(counted);
            wholeIndexFacets = kept;
        }
        return kept;
    }

    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** Every value of a dimension with its count over the whole index, most frequent first. */
    List<Entry> entries(String dim) {
        if (dim.equals(FacetSchema.RATING)) {
            return ratings();
        }
        return entries.getOrDefault(dim, List.of());
    }

    private List<Entry> ratings() {
        List<Entry> r = ratings;
        if (r == null) {
            synchronized (this) {
                r = ratings;
                if (r == null) {
                    r = ratingEntries(reader);
                    ratings = r;
                }
            }
        }
        return r;
    }

    /** The reader of queries as facet filters, over this reader's facet values. */
    QueryInterpreter interpreter() {
        return interpreter;
    }

    /** The values of a dimension whose folded form equals that of {@code value}; empty when none. */
    List<String> resolve(String dim, String value) {
        return byFolded.getOrDefault(dim, Map.of()).getOrDefault(Text.fold(value.strip()), List.of());
    }

    /** One state per open reader; a closed reader's state is dropped. */
    static final class Cache {
        private final Map<IndexReader.CacheKey, ReaderState> states = new ConcurrentHashMap<>();

        ReaderState get(IndexReader reader) {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            try {
                if (helper == null) {
                    return load(reader);
                }
                ReaderState state = states.get(helper.getKey());
                if (state != null) {
                    return state;
                }
                state = load(reader);
                ReaderState earlier = states.putIfAbsent(helper.getKey(), state);
                if (earlier != null) {
                    return earlier;
                }
                helper.addClosedListener(states::remove);
                return state;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int size() {
            return states.size();
        }
    }
}
