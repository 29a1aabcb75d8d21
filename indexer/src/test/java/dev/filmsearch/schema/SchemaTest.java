package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field descriptors: their descriptions, the fingerprint that versions the index, and what they refuse. */
class SchemaTest {
    /**
     * Changing this value is a schema change: every existing index becomes stale and is rebuilt by the next
     * {@code serve}. Update it on purpose, with the change to {@link Schema} that caused it.
     */
    static final String FINGERPRINT = "579f13abbfa6e88e";

    @Test
    void the_fingerprint_of_the_schema_is_pinned_and_is_the_index_schema_version() {
        assertEquals(FINGERPRINT, Schema.FINGERPRINT);
        assertEquals(FINGERPRINT, Schema.fingerprint(Schema.FIELDS));
        assertEquals(FINGERPRINT, IndexMetadata.SCHEMA_VERSION);
    }

    @Test
    void a_changed_descriptor_changes_the_fingerprint() {
        List<FieldDef> unstoredTitle = replace(Schema.TITLE, new TextFieldDef(Fields.TITLE, Analysis.FOLDED, false));
        List<FieldDef> englishTitle = replace(Schema.TITLE, new TextFieldDef(Fields.TITLE, Analysis.ENGLISH, true));
        List<FieldDef> singleDirector = replace(Schema.DIRECTOR_FACET,
                new FacetFieldDef(FacetSchema.DIRECTOR, Fields.DIRECTOR, false));
        List<FieldDef> longYear = replace(Schema.YEAR, new NumberFieldDef(Fields.YEAR, NumberType.LONG, true, true, true));
        List<FieldDef> oneFeature = replace(Schema.FEATURES,
                new FeatureFieldDef(Fields.FEATURES, List.of(Fields.FEATURE_POPULARITY)));
        List<FieldDef> fewerBuckets = replace(Schema.RATING_FACET,
                new RangeFacetDef(FacetSchema.RATING, Schema.RATING, RangeFacetDef.unitBuckets(5, 10)));
        List<FieldDef> renamed = replace(Schema.SERIES_ID, new KeywordFieldDef("series", true));
        List<FieldDef> missing = new ArrayList<>(Schema.FIELDS);
        missing.remove(Schema.CHARACTERS);
        List<String> prints = new ArrayList<>();
        for (List<FieldDef> changed : List.of(unstoredTitle, englishTitle, singleDirector, longYear, oneFeature,
                fewerBuckets, renamed, missing)) {
            String print = Schema.fingerprint(changed);
            assertNotEquals(FINGERPRINT, print);
            assertEquals(16, print.length());
            prints.add(print);
        }
        assertEquals(prints.size(), prints.stream().distinct().count(), "every change gives its own fingerprint");
    }

    @Test
    void a_changed_analysis_chain_changes_the_fingerprint() {
        List<FieldDef> onlyFolded = Schema.FIELDS.stream()
                .map(f -> f instanceof TextFieldDef t ? new TextFieldDef(t.name(), Analysis.FOLDED, t.stored()) : f)
                .toList();
        assertNotEquals(Schema.fingerprint(Schema.FIELDS), Schema.fingerprint(onlyFolded));
        assertEquals("english: standard [englishPossessive, lowercase, stop, asciiFolding, porterStem]",
                Analysis.ENGLISH.describe());
        assertEquals("spanish: standard [lowercase, stop[words, spanish_stop.txt, format, snowball], asciiFolding, "
                + "spanishLightStem]", Analysis.SPANISH.describe());
    }

    @Test
    void descriptions_say_kind_analyzer_flags_number_type_features_and_facet_source() {
        assertEquals(new FieldDescription("title", Kind.TEXT, "folded", null, true, true, false, true, List.of(),
                null), Schema.TITLE.describe());
        assertEquals(new FieldDescription("text_es", Kind.TEXT, "spanish", null, false, true, false, true, List.of(),
                null), Schema.TEXT_ES.describe());
        assertEquals(new FieldDescription("series_id", Kind.KEYWORD, null, null, true, true, false, true, List.of(),
                null), Schema.SERIES_ID.describe());
        assertEquals(new FieldDescription("votes", Kind.NUMBER, null, NumberType.LONG, true, true, true, false,
                List.of(), null), Schema.VOTES.describe());
        assertEquals(new FieldDescription("review_rating", Kind.NUMBER, null, NumberType.DOUBLE, true, false, true,
                false, List.of(), null), Schema.REVIEW_RATING.describe());
        assertEquals(new FieldDescription("features", Kind.RANK_FEATURES, null, null, false, true, false, false,
                List.of("popularity", "rating"), null), Schema.FEATURES.describe());
        assertEquals(new FieldDescription("genre", Kind.FACET, null, null, false, true, true, true, List.of(),
                "genre_text"), Schema.GENRE_FACET.describe());
        assertEquals(new FieldDescription("language", Kind.FACET, null, null, false, true, true, true, List.of(),
                "film languages"), Schema.LANGUAGE_FACET.describe());
        assertEquals(new FieldDescription("rating", Kind.RANGE_FACET, null, null, false, false, true, false,
                List.of("9..10", "8..9", "7..8", "6..7", "5..6", "4..5", "3..4", "2..3", "1..2", "0..1"), "rating"),
                Schema.RATING_FACET.describe());
    }

    @Test
    void every_field_is_listed_once_with_its_kind() {
        List<FieldDescription> all = Schema.describe();
        assertEquals(40, all.size());
        assertEquals(List.of("title", "alt_title", "names", "director", "characters", "genre_text", "text_en",
                "text_es", "title_en", "title_es"), names(all, Kind.TEXT));
        assertEquals(List.of("key", "id", "type", "title_key", "film_id", "person_id", "language",
                "title_type", "series_id"), names(all, Kind.KEYWORD));
        assertEquals(List.of("season", "episode", "year", "rating", "votes", "review_rating", "suggest_rank"),
                names(all, Kind.NUMBER));
        assertEquals(List.of("type", "title_type", "director", "genre", "language", "year", "decade"), names(all, Kind.FACET));
        assertEquals(FacetSchema.SORTED_SET_DIMENSIONS, names(all, Kind.FACET));
        assertEquals(List.of("label", "of_film", "title_sort"), names(all, Kind.SORT_KEY));
        assertEquals(List.of("source", "known_for"), names(all, Kind.STORED));
        assertEquals(new FieldDescription("known_for", Kind.STORED, null, NumberType.INT, true, false, false, true,
                List.of(), null), Schema.KNOWN_FOR.describe());
    }

    @Test
    void descriptors_refuse_what_their_field_does_not_have() {
        assertEquals("features has no feature 'fame'; it has [popularity, rating]",
                assertThrows(IllegalArgumentException.class, () -> Schema.FEATURES.linearQuery("fame", 1f))
                        .getMessage());
        assertEquals("review_rating has no points to query",
                assertThrows(IllegalStateException.class, () -> Schema.REVIEW_RATING.rangeQuery(1, 2)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RangeFacetDef("votes", Schema.VOTES, RangeFacetDef.unitBuckets(0, 10)));
    }

    @Test
    void sorts_put_records_without_a_value_last() {
        assertEquals(Long.MIN_VALUE, Schema.VOTES.sortField(true).getMissingValue());
        assertEquals(Double.POSITIVE_INFINITY, Schema.RATING.sortField(false).getMissingValue());
        assertEquals(org.apache.lucene.search.SortField.STRING_LAST, Schema.TITLE_SORT.sortField(false)
                .getMissingValue());
    }

    private static List<FieldDef> replace(FieldDef old, FieldDef changed) {
        return Schema.FIELDS.stream().map(f -> f == old ? changed : f).toList();
    }

    private static List<String> names(List<FieldDescription> all, Kind kind) {
        return all.stream().filter(d -> d.kind() == kind).map(FieldDescription::name).toList();
    }
}
