package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.FacetSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;

/**
 * A request's filters, as drill-down dimensions (values OR-ed within a dimension, dimensions AND-ed). Title type,
 * director, genre and language values are matched to the index's own values without regard to case and accents
 * ("patricio guzman" → "Patricio Guzmán"); a value the index does not have is kept as given, so it matches nothing
 * and still shows as selected.
 */
record Filters(List<String> types, List<String> titleTypes, List<String> directors, List<String> genres,
               List<String> languages, Range rating, List<Range> years) implements ValueFilters {
    static Filters of(SearchRequest request, ReaderState state) {
        List<String> types = request.types().stream().sorted().map(RecordType::label).toList();
        return new Filters(types, resolve(request, FacetSchema.TITLE_TYPE, state),
                resolve(request, FacetSchema.DIRECTOR, state), resolve(request, FacetSchema.GENRE, state),
                resolve(request, FacetSchema.LANGUAGE, state), request.rating(), request.years());
    }

    private static List<String> resolve(SearchRequest request, String dim, ReaderState state) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : request.values(dim)) {
            if (v == null || v.isBlank()) {
                continue;
            }
            List<String> known = state.resolve(dim, v);
            if (known.isEmpty()) {
                out.add(v.strip());
            } else {
                out.addAll(known);
            }
        }
        return new ArrayList<>(out);
    }

    /** True when nothing is filtered: the search has no drill-down dimensions. */
    boolean isEmpty() {
        return types.isEmpty() && FACETS.stream().allMatch(f -> values(f).isEmpty()) && rating == null
                && years.isEmpty();
    }

    void addTo(DrillDownQuery query) {
        types.forEach(t -> query.add(FacetSchema.TYPE, t));
        for (String facet : FACETS) {
            values(facet).forEach(v -> query.add(facet, v));
        }
        if (rating != null) {
            query.add(FacetSchema.RATING, RankedQueryBuilder.ratingRange(rating));
        }
        years.forEach(y -> query.add(FacetSchema.YEAR, RankedQueryBuilder.yearRange(y)));
    }
}
