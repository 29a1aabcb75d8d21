package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A flat facet dimension in sorted-set doc values (no taxonomy index), counted over the values the mapper derives
 * from {@code source} (a field name: the decade of {@code year}, the display names behind {@code director}).
 * {@link FacetsConfig#build} turns the values into doc values and drill-down terms.
 */
public record FacetFieldDef(String name, String source, boolean multiValued) implements FieldDef {
    public void addTo(FieldSink sink, String value) {
        sink.add(this, value);
    }

    public void addTo(Document doc, String value) {
        doc.add(new SortedSetDocValuesFacetField(name, value));
    }

    /** Records with {@code value} in this dimension: its drill-down term, as {@code config} indexes it. */
    public Query termQuery(FacetsConfig config, String value) {
        return new TermQuery(DrillDownQuery.term(config.getDimConfig(name).indexFieldName, name, value));
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
