package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * A flat facet dimension in sorted-set doc values (no taxonomy index), counted over the values the mapper derives
 * from {@code source} (a field name: the decade of {@code year}, the display names behind {@code director}).
 * {@link FacetsConfig#build} turns the values into doc values and drill-down terms.
 */
public record FacetFieldDef(String name, String source, boolean multiValued) implements FieldDef {
    public void addTo(Document doc, String value) {
        doc.add(new SortedSetDocValuesFacetField(name, value));
    }

    /** Declares this dimension in a facets configuration. */
    void configure(FacetsConfig config) {
        if (multiValued) {
            config.setMultiValued(name, true);
        }
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.FACET, null, null, false, true, true, multiValued, List.of(), source);
    }
}
