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
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * What the service keeps per index reader, built once when a reader is first used and dropped when it closes:
 * the facet ordinal state, and every facet value with its count over the whole index (for facet value search, for
 * matching filter values without regard to case and accents, and for the {@link QueryInterpreter} built from them).
 */
final class ReaderState {
    /** A facet value, its folded form and its count over the whole index. */
    record Entry(String value, String folded, long count) {
    }

    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, List<Entry>> entries;
    private final Map<String, Map<String, List<String>>> byFolded;
    private final QueryInterpreter interpreter;
    private volatile Map<String, List<FacetValue>> wholeIndexFacets;

    private ReaderState(SortedSetDocValuesReaderState facetState, Map<String, List<Entry>> entries) {
        this.facetState = facetState;
        this.entries = entries;
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
            list.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::value));
            entries.put(dim, List.copyOf(list));
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector everything = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        List<Entry> ratings = new ArrayList<>();
        for (LabelAndValue lv : ratingCounts(everything)) {
            ratings.add(new Entry(lv.label, lv.label, lv.value.longValue()));
        }
        entries.put(FacetSchema.RATING, List.copyOf(ratings));
        return new ReaderState(state, entries);
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
        return entries.getOrDefault(dim, List.of());
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
