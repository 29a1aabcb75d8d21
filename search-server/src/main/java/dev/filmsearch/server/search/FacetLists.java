package dev.filmsearch.server.search;

import dev.filmsearch.model.Text;
import dev.filmsearch.schema.FacetSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * The facets of a response, from the collectors of one search: type and title_type (all values that have hits),
 * director, genre and language ({@link SearchService#TOP_VALUE_FACETS}: the top {@code facetSize} by count), rating
 * (the fixed buckets of {@link FacetSchema#RATING_BUCKETS} that have hits, best first) and decade (newest first).
 * Each facet is counted over the hits of all the other filters but not its own (multi-select); active values carry
 * {@code selected: true} and are listed even with a count of 0. One instance per response.
 */
final class FacetLists {
    private final ReaderState state;
    private final int facetSize;
    private final Map<FacetsCollector, SortedSetDocValuesFacetCounts> counts = new IdentityHashMap<>();

    FacetLists(ReaderState state, int facetSize) {
        this.state = state;
        this.facetSize = facetSize;
    }

    /** The facets of an answer that had no time left to count them: every facet, no values. */
    static Map<String, List<FacetValue>> empty() {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String facet : SearchService.FACETS) {
            out.put(facet, List.of());
        }
        return out;
    }

    Map<String, List<FacetValue>> build(SearchService.FacetSources sources, Filters filters) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        out.put(FacetSchema.TYPE, top(sources, FacetSchema.TYPE, FacetSchema.TYPE, Integer.MAX_VALUE, filters.types()));
        out.put(FacetSchema.TITLE_TYPE, top(sources, FacetSchema.TITLE_TYPE, FacetSchema.TITLE_TYPE, Integer.MAX_VALUE,
                filters.titleTypes()));
        for (String facet : SearchService.TOP_VALUE_FACETS) {
            out.put(facet, top(sources, facet, facet, facetSize, filters.values(facet)));
        }
        out.put(FacetSchema.RATING, ratings(sources.forDimension(FacetSchema.RATING), filters.rating()));
        out.put(FacetSchema.DECADE, decades(sources.forDimension(FacetSchema.YEAR), filters.years()));
        return out;
    }

    /** The top values of a dimension, counted from the collector of the filter dimension that owns it. */
    private List<FacetValue> top(SearchService.FacetSources sources, String filterDim, String dim, int n,
                                 List<String> selected) throws IOException {
        SortedSetDocValuesFacetCounts c = counts(sources.forDimension(filterDim));
        List<FacetValue> out = new ArrayList<>();
        if (c != null && state.facetState().getOrdRange(dim) != null) {
            FacetResult result = n == Integer.MAX_VALUE ? c.getAllChildren(dim) : c.getTopChildren(n, dim);
            if (result != null) {
                List<LabelAndValue> lvs = new ArrayList<>(List.of(result.labelValues));
                if (n == Integer.MAX_VALUE) {
                    lvs.sort(Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue()).reversed()
                            .thenComparing(lv -> lv.label));
                }
                for (LabelAndValue lv : lvs) {
                    out.add(value(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                }
            }
        }
        for (String s : selected) {
            if (out.stream().noneMatch(v -> v.value().equals(s))) {
                out.add(value(s, specific(c, dim, s), true));
            }
        }
        return out;
    }

    private List<FacetValue> ratings(FacetsCollector hits, Range selected) throws IOException {
        List<FacetValue> out = new ArrayList<>();
        if (hits == null) {
            return out;
        }
        LabelAndValue[] lvs = ReaderState.ratingCounts(hits);
        for (int i = 0; i < lvs.length; i++) {
            DoubleRange bucket = FacetSchema.RATING_BUCKETS.get(i);
            boolean active = selected != null && inside(bucket.min, bucket.max, selected);
            long n = lvs[i].value.longValue();
            if (n > 0 || active) {
                out.add(value(lvs[i].label, n, active));
            }
        }
        return out;
    }

    private List<FacetValue> decades(FacetsCollector hits, List<Range> years) throws IOException {
        List<FacetValue> out = new ArrayList<>();
        SortedSetDocValuesFacetCounts c = counts(hits);
        List<String> selected = new ArrayList<>();
        if (!years.isEmpty()) {
            for (ReaderState.Entry e : state.entries(FacetSchema.DECADE)) {
                int start = Integer.parseInt(e.value().substring(0, e.value().length() - 1));
                if (years.stream().anyMatch(year -> inside(start, start + 9, year))) {
                    selected.add(e.value());
                }
            }
        }
        if (c != null && state.facetState().getOrdRange(FacetSchema.DECADE) != null) {
            FacetResult result = c.getAllChildren(FacetSchema.DECADE);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    out.add(value(lv.label, lv.value.longValue(), selected.contains(lv.label)));
                }
            }
        }
        for (String s : selected) {
            if (out.stream().noneMatch(v -> v.value().equals(s))) {
                out.add(value(s, 0, true));
            }
        }
        out.sort(Comparator.comparing(FacetValue::value).reversed());
        return out;
    }

    /** Whether a bucket or decade lies within a filter range (ratings: half-open like the buckets; years: inclusive). */
    private static boolean inside(double min, double max, Range range) {
        return (range.from() == null || min >= range.from()) && (range.to() == null || max <= range.to());
    }

    private SortedSetDocValuesFacetCounts counts(FacetsCollector hits) throws IOException {
        if (hits == null) {
            return null;
        }
        SortedSetDocValuesFacetCounts c = counts.get(hits);
        if (c == null) {
            c = new SortedSetDocValuesFacetCounts(state.facetState(), hits);
            counts.put(hits, c);
        }
        return c;
    }

    private long specific(SortedSetDocValuesFacetCounts c, String dim, String value) throws IOException {
        if (c == null || state.facetState().getOrdRange(dim) == null) {
            return 0;
        }
        Number n = c.getSpecificValue(dim, value);
        return n == null ? 0 : Math.max(0, n.longValue());
    }

    private static FacetValue value(String value, long count, boolean selected) {
        return new FacetValue(value, count, selected ? Boolean.TRUE : null);
    }

    /** Values the prefix finds ({@link FacetPrefix}), in the entries' order. */
    static List<FacetValue> search(String facet, List<ReaderState.Entry> entries, String prefix, int limit) {
        Predicate<String> matches = FacetPrefix.matcher(facet, prefix);
        return entries.stream().filter(e -> matches.test(e.folded())).limit(Math.max(0, limit))
                .map(e -> new FacetValue(e.value(), e.count(), null)).toList();
    }
}
