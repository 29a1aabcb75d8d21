package dev.filmsearch.schema;

import dev.filmsearch.model.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Every field of the index, typed, once: the document mapper writes values through these descriptors and the
 * server queries, sorts and counts facets through them (names in {@link Fields} and {@link FacetSchema}, what
 * each field holds there). {@link #FIELDS} describes them all ({@link FieldDescription}), and {@link #FINGERPRINT}
 * hashes that description: the schema version an index is built with.
 */
public final class Schema {
    private Schema() {
    }

    // ---- identity
    public static final KeywordFieldDef KEY = new KeywordFieldDef(Fields.KEY, false);
    public static final KeywordFieldDef ID = new KeywordFieldDef(Fields.ID, true);
    public static final KeywordFieldDef TYPE = new KeywordFieldDef(Fields.TYPE, true);
    public static final StoredFieldDef SOURCE = new StoredFieldDef(Fields.SOURCE);
    public static final StoredFieldDef KNOWN_FOR = new StoredFieldDef(Fields.KNOWN_FOR, NumberType.INT);

    // ---- text
    public static final TextFieldDef TITLE = new TextFieldDef(Fields.TITLE, Analysis.FOLDED, true);
    public static final TextFieldDef ALT_TITLE = new TextFieldDef(Fields.ALT_TITLE, Analysis.FOLDED, false);
    public static final TextFieldDef NAMES = new TextFieldDef(Fields.NAMES, Analysis.FOLDED, false);
    public static final TextFieldDef DIRECTOR = new TextFieldDef(Fields.DIRECTOR, Analysis.FOLDED, false);
    public static final TextFieldDef CHARACTERS = new TextFieldDef(Fields.CHARACTERS, Analysis.FOLDED, false);
    public static final TextFieldDef GENRE_TEXT = new TextFieldDef(Fields.GENRE_TEXT, Analysis.ENGLISH, false);
    public static final TextFieldDef TEXT_EN = new TextFieldDef(Fields.TEXT_EN, Analysis.ENGLISH, false);
    public static final TextFieldDef TEXT_ES = new TextFieldDef(Fields.TEXT_ES, Analysis.SPANISH, false);
    public static final TextFieldDef TITLE_EN = new TextFieldDef(Fields.TITLE_EN, Analysis.ENGLISH, false);
    public static final TextFieldDef TITLE_ES = new TextFieldDef(Fields.TITLE_ES, Analysis.SPANISH, false);

    // ---- exact keys and links
    public static final KeywordFieldDef TITLE_KEY = new KeywordFieldDef(Fields.TITLE_KEY, false);
    public static final KeywordFieldDef FILM_ID = new KeywordFieldDef(Fields.FILM_ID, false);
    public static final SortKeyFieldDef OF_FILM = new SortKeyFieldDef(Fields.OF_FILM);
    public static final SortKeyFieldDef LABEL = new SortKeyFieldDef(Fields.LABEL);
    public static final KeywordFieldDef PERSON_ID = new KeywordFieldDef(Fields.PERSON_ID, false);
    public static final KeywordFieldDef LANGUAGE = new KeywordFieldDef(Fields.LANGUAGE, true);
    public static final KeywordFieldDef TITLE_TYPE = new KeywordFieldDef(Fields.TITLE_TYPE, false);
    public static final KeywordFieldDef SERIES_ID = new KeywordFieldDef(Fields.SERIES_ID, true);

    // ---- numbers
    public static final NumberFieldDef SEASON = new NumberFieldDef(Fields.SEASON, NumberType.INT, false, true, true);
    public static final NumberFieldDef EPISODE = new NumberFieldDef(Fields.EPISODE, NumberType.INT, false, true, true);
    public static final NumberFieldDef YEAR = new NumberFieldDef(Fields.YEAR, NumberType.INT, true, true, true);
    public static final NumberFieldDef RATING = new NumberFieldDef(Fields.RATING, NumberType.DOUBLE, true, true, true);
    public static final NumberFieldDef VOTES = new NumberFieldDef(Fields.VOTES, NumberType.LONG, true, true, true);
    public static final NumberFieldDef REVIEW_RATING =
            new NumberFieldDef(Fields.REVIEW_RATING, NumberType.DOUBLE, false, true, true);
    public static final SortKeyFieldDef TITLE_SORT = new SortKeyFieldDef(Fields.TITLE_SORT);
    /**
     * A film's or person's popularity feature as {@link FeatureFieldDef#sortable} makes it: suggestions sort by it,
     * and its points let a sort skip the records that cannot make the top (the feature's own sort reads every match).
     */
    public static final NumberFieldDef SUGGEST_RANK =
            new NumberFieldDef(Fields.SUGGEST_RANK, NumberType.INT, true, true, false);

    // ---- static quality signals
    public static final FeatureFieldDef FEATURES = new FeatureFieldDef(Fields.FEATURES,
            List.of(Fields.FEATURE_POPULARITY, Fields.FEATURE_RATING));

    // ---- facets
    public static final FacetFieldDef TYPE_FACET = new FacetFieldDef(FacetSchema.TYPE, Fields.TYPE, false);
    public static final FacetFieldDef TITLE_TYPE_FACET =
            new FacetFieldDef(FacetSchema.TITLE_TYPE, Fields.TITLE_TYPE, false);
    public static final FacetFieldDef DIRECTOR_FACET = new FacetFieldDef(FacetSchema.DIRECTOR, Fields.DIRECTOR, true);
    public static final FacetFieldDef GENRE_FACET = new FacetFieldDef(FacetSchema.GENRE, Fields.GENRE_TEXT, true);
    /** A film's languages ("Spanish"), on the film and on its reviews and quotes; not {@link #LANGUAGE}, a text's. */
    public static final FacetFieldDef LANGUAGE_FACET =
            new FacetFieldDef(FacetSchema.LANGUAGE, "film languages", true);
    public static final FacetFieldDef YEAR_FACET = new FacetFieldDef(FacetSchema.YEAR, Fields.YEAR, false);
    public static final FacetFieldDef DECADE_FACET = new FacetFieldDef(FacetSchema.DECADE, Fields.YEAR, false);
    public static final RangeFacetDef RATING_FACET =
            new RangeFacetDef(FacetSchema.RATING, RATING, RangeFacetDef.unitBuckets(0, 10));

    /** The text field a text in this language goes to (analysed in that language). */
    public static TextFieldDef text(Language language) {
        return language == Language.ES ? TEXT_ES : TEXT_EN;
    }

    /** Every field and facet, in this order. */
    public static final List<FieldDef> FIELDS = List.of(KEY, ID, TYPE, SOURCE, KNOWN_FOR,
            TITLE, ALT_TITLE, NAMES, DIRECTOR, CHARACTERS, GENRE_TEXT, TEXT_EN, TEXT_ES, TITLE_EN, TITLE_ES,
            TITLE_KEY, LABEL, FILM_ID, OF_FILM, PERSON_ID, LANGUAGE, TITLE_TYPE, SERIES_ID,
            SEASON, EPISODE, YEAR, RATING, VOTES, REVIEW_RATING, TITLE_SORT, SUGGEST_RANK, FEATURES,
            TYPE_FACET, TITLE_TYPE_FACET, DIRECTOR_FACET, GENRE_FACET, LANGUAGE_FACET, YEAR_FACET, DECADE_FACET,
            RATING_FACET);

    /** The fingerprint of {@link #FIELDS}: the schema version an index records and the server checks. */
    public static final String FINGERPRINT = fingerprint(FIELDS);

    /** The description of every field, in {@link #FIELDS} order: what an index template is generated from. */
    public static List<FieldDescription> describe() {
        return FIELDS.stream().map(FieldDef::describe).toList();
    }

    /** The text fields: what {@link Analyzers#perField()} assigns analyzers to. */
    static List<TextFieldDef> textFields() {
        return FIELDS.stream().filter(f -> f instanceof TextFieldDef).map(f -> (TextFieldDef) f).toList();
    }

    /**
     * The first 16 hex digits of the SHA-256 of the fields' descriptions (one {@link FieldDescription} line per
     * field, in order) and of each analysis chain they use ({@link Analysis#describe()}): any change to a field's
     * name, kind, analysis, number type, stored/indexed/doc-values/facet flags, features or buckets, or to an
     * analysis chain, gives another fingerprint.
     */
    public static String fingerprint(List<FieldDef> fields) {
        StringBuilder text = new StringBuilder();
        Set<Analysis> analyses = EnumSet.noneOf(Analysis.class);
        for (FieldDef field : fields) {
            text.append(field.describe().line()).append('\n');
            if (field instanceof TextFieldDef t) {
                analyses.add(t.analysis());
            }
        }
        for (Analysis analysis : analyses) {
            text.append(analysis.describe()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
