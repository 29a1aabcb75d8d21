package dev.filmsearch.schema;

import dev.filmsearch.schema.FieldDescription.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.search.DoubleValuesSource;

/**
 * Fixed buckets counted over a number field's doc values (nothing extra is indexed). Buckets are listed in the
 * order they are shown.
 */
public record RangeFacetDef(String name, NumberFieldDef source, List<DoubleRange> buckets) implements FieldDef {
    public RangeFacetDef {
        buckets = List.copyOf(buckets);
        if (!source.docValues() || source.type() != NumberType.DOUBLE) {
            throw new IllegalArgumentException(name + " counts a double field with doc values, not " + source);
        }
    }

    /**
     * Buckets of width 1 from {@code high} down to {@code low}: "9..10", "8..9", …. The lower bound is included,
     * the upper one excluded but for the top bucket's.
     */
    public static List<DoubleRange> unitBuckets(int low, int high) {
        List<DoubleRange> out = new ArrayList<>();
        for (int from = high - 1; from >= low; from--) {
            int to = from + 1;
            out.add(new DoubleRange(from + ".." + to, from, true, to, to == high));
        }
        return out;
    }

    /** The count of every bucket over {@code hits}, zero counts included, in bucket order. */
    public LabelAndValue[] counts(FacetsCollector hits) throws IOException {
        DoubleRangeFacetCounts counts = new DoubleRangeFacetCounts(source.name(),
                DoubleValuesSource.fromDoubleField(source.name()), hits, buckets.toArray(new DoubleRange[0]));
        return counts.getAllChildren(source.name()).labelValues;
    }

    @Override
    public FieldDescription describe() {
        return new FieldDescription(name, Kind.RANGE_FACET, null, null, false, false, true, false,
                buckets.stream().map(b -> b.label).toList(), source.name());
    }
}
