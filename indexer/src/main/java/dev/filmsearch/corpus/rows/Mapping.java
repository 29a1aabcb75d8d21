package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.io.Reader;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the rows of one CSV, JSON Lines or JSON file become records: the record type they hold, their language,
 * rating scale, date formats and list separators, and which source column feeds which of our fields. It is
 * read from the mapping file {@code NAME.mapping.json} beside the data file {@code NAME.EXT[.gz]} (format in
 * docs/corpus-format.md); {@link #commonNames} and {@link #nativeFormat} are the mappings used without one.
 */
public final class Mapping {
    /** Date formats tried when a mapping names none. */
    public static final List<String> DEFAULT_DATE_FORMATS = List.of(
            "yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMM d, yyyy", "d MMM yyyy");
    /** A delimited string is split on the first of these that occurs in it. */
    public static final List<String> DEFAULT_LIST_SEPARATORS = List.of("|", ",");

    private static final String SUFFIX = ".mapping.json";

    private final RecordType type;
    private final boolean nativeNames;
    private final Language language;
    private final String idSource;
    private final String idField;
    private final RatingScale ratingScale;
    private final List<DateTimeFormatter> dateFormats;
    private final Integer latestYear;
    private final List<String> listSeparators;
    private final Map<String, List<String>> fieldKeys;

    /**
     * @param type          what every row is; null = each row says in its {@code type} field (our own format)
     * @param nativeNames   fields are found under our own names only, not the common ones
     * @param idSource      the source name in review/quote ids made from {@code idField}
     * @param latestYear    a later year is taken for a two-digit-year error and 100 years are subtracted
     * @param fields        our field → the source columns that feed it (an empty list: the field is not read)
     */
    Mapping(RecordType type, boolean nativeNames, Language language, String idSource, String idField,
            RatingScale ratingScale, List<String> dateFormats, Integer latestYear, List<String> listSeparators,
            Map<String, List<String>> fields) {
        this.type = type;
        this.nativeNames = nativeNames;
        this.language = language;
        this.idSource = idSource;
        this.idField = idField;
        this.ratingScale = ratingScale;
        Locale locale = language == Language.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        this.dateFormats = dateFormats.stream().map(p -> formatter(p, locale)).toList();
        this.latestYear = latestYear;
        this.listSeparators = List.copyOf(listSeparators);
        Map<String, List<String>> keys = new HashMap<>();
        fields.forEach((field, columns) -> keys.put(field, columns.stream().map(Row::key).toList()));
        this.fieldKeys = Map.copyOf(keys);
    }

    /**
     * Reads a mapping file.
     *
     * @throws BadMappingException (an IllegalArgumentException) naming the file and what is wrong with it
     */
    public static Mapping load(CorpusFile mappingFile) throws IOException {
        String defaultIdSource = mappingFile.path().getFileName().toString().replaceFirst("(?i)\\.mapping\\.json$", "");
        JsonNode root;
        try (Reader in = mappingFile.openText()) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new BadMappingException(mappingFile.name(), "not valid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        }
        return MappingParser.parse(root, mappingFile.name(), defaultIdSource);
    }

    /** Rows of {@code type} under common column names: a CSV file without a mapping file holds films. */
    public static Mapping commonNames(RecordType type) {
        return new Mapping(type, false, null, "", null, RatingScale.TEN, DEFAULT_DATE_FORMATS, null,
                DEFAULT_LIST_SEPARATORS, Map.of());
    }

    /** Our own format: each row's {@code type} field says what it is and fields carry our names. */
    public static Mapping nativeFormat() {
        return new Mapping(null, true, null, "", null, RatingScale.TEN, DEFAULT_DATE_FORMATS, null,
                DEFAULT_LIST_SEPARATORS, Map.of());
    }

    /** The mapping file's name for a data file: "movies.json.gz" → "movies.mapping.json". */
    public static String fileNameFor(String dataFileName) {
        String name = dataFileName.replaceFirst("(?i)\\.gz$", "");
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + SUFFIX;
    }

    /** True for "movies.mapping.json": such a file describes a data file and is not one. */
    public static boolean isMappingFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The record type of every row, or null when each row names its own. */
    public RecordType type() {
        return type;
    }

    /** The language of review and quote text, or null when the source does not say. */
    public Language language() {
        return language;
    }

    public String idSource() {
        return idSource;
    }

    /** The column whose value identifies a review or quote within its source, or null. */
    public String idField() {
        return idField;
    }

    public RatingScale ratingScale() {
        return ratingScale;
    }

    public List<DateTimeFormatter> dateFormats() {
        return dateFormats;
    }

    /** The latest year the source can hold, or null when every year is taken as written. */
    public Integer latestYear() {
        return latestYear;
    }

    public List<String> listSeparators() {
        return listSeparators;
    }

    /** The {@link Row#key keys} of the source columns that feed one of our fields, in the order they are tried. */
    List<String> keys(RecordType recordType, String field) {
        List<String> mapped = fieldKeys.get(field);
        if (mapped != null) {
            return mapped;
        }
        return nativeNames ? List.of(FieldNames.ownKey(recordType, field)) : FieldNames.commonKeys(recordType, field);
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
