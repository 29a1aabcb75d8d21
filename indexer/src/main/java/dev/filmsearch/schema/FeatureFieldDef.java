package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;

/**
 * Static ranking signals ({@code FeatureField}): one field holding a positive value per feature name, scored by
 * linear feature queries and sortable by a feature.
 */
public record FeatureFieldDef(String name, List<String> features) implements FieldDef {
    public FeatureFieldDef {
        features = List.copyOf(features);
    }

    /** Adds {@code value} (must be positive) as the record's {@code feature}. */
    public void addTo(FieldSink sink, String feature, float value) {
        sink.add(this, known(feature), value);
    }

    /** Adds {@code value} (must be positive) as the record's {@code feature}. */
    public void addTo(Document doc, String feature, float value) {
        doc.add(new FeatureField(name, known(feature), value));
    }

    /** Scores {@code weight} × the feature's value (records without it: no score, no match). */
    public Query linearQuery(String feature, float weight) {
        return FeatureField.newLinearQuery(name, known(feature), weight);
    }

    /** Sorting by the feature, highest first. */
    public SortField sortField(String feature) {
        return FeatureField.newFeatureSort(name, known(feature));
    }

    private String known(String feature) {
        if (!features.contains(feature)) {
            throw new IllegalArgumentException(name + " has no feature '" + feature + "'; it has " + features);
        }
        return feature;
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.RANK_FEATURES, null, null, false, true, false, false, features,
                null);
    }
}
