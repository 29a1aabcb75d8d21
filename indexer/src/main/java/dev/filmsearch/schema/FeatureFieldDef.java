package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.search.Query;

/**
 * Static ranking signals ({@code FeatureField}): one field holding a positive value per feature name, scored by
 * linear feature queries; {@link #sortable} gives a value as a number field sorts it the same way.
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

    /**
     * A feature value as an int that sorts as the feature does: {@code FeatureField} keeps a value to 8 bits of
     * its mantissa (the top 17 bits of the float, as the term frequency), and so does this; positive floats
     * sort as their bits.
     */
    public static int sortable(float value) {
        return Float.floatToIntBits(value) >>> 15;
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
