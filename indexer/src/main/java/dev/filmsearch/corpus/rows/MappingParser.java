package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.RecordType;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the JSON of a mapping file into a {@link Mapping}; every mistake is an exception naming the file. */
final class MappingParser {
    private static final Set<String> KEYS = Set.of("description", "type", "language", "idSource", "idField",
            "ratingScale", "dateFormats", "latestYear", "listSeparators", "fields");

    private final String file;

    private MappingParser(String file) {
        this.file = file;
    }

    static Mapping parse(JsonNode root, String file, String defaultIdSource) {
        return new MappingParser(file).mapping(root, defaultIdSource);
    }

    private Mapping mapping(JsonNode root, String defaultIdSource) {
        if (root == null || !root.isObject()) {
            throw bad("a mapping file holds one JSON object");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw bad("unknown key \"" + key + "\" (known: " + String.join(", ", sorted(KEYS)) + ")");
            }
        });
        String typeText = text(root, "type");
        if (typeText == null) {
            throw bad("\"type\" is missing: film, person, review or quote");
        }
        RecordType type = RecordType.parse(typeText)
                .orElseThrow(() -> bad("\"type\" must be film, person, review or quote, not \"" + typeText + "\""));
        String languageText = text(root, "language");
        Language language = languageText == null ? null : Language.parse(languageText)
                .orElseThrow(() -> bad("\"language\" must be en or es, not \"" + languageText + "\""));
        String idSource = text(root, "idSource");
        return new Mapping(type, false, language, idSource == null ? defaultIdSource : idSource,
                text(root, "idField"), ratingScale(root.get("ratingScale")), dateFormats(root.get("dateFormats")),
                latestYear(root.get("latestYear")), separators(root.get("listSeparators")),
                fields(type, root.get("fields")));
    }

    private RatingScale ratingScale(JsonNode node) {
        try {
            if (node == null || node.isNull()) {
                return RatingScale.TEN;
            }
            if (node.isTextual()) {
                return RatingScale.parse(node.asText());
            }
            if (node.isObject() && node.path("min").isNumber() && node.path("max").isNumber() && node.size() == 2) {
                return new RatingScale(node.get("min").asDouble(), node.get("max").asDouble());
            }
        } catch (IllegalArgumentException e) {
            throw bad("\"ratingScale\": " + e.getMessage());
        }
        throw bad("\"ratingScale\" is written \"1-5\" or {\"min\": 1, \"max\": 5}");
    }

    private List<String> dateFormats(JsonNode node) {
        if (node == null || node.isNull()) {
            return Mapping.DEFAULT_DATE_FORMATS;
        }
        List<String> formats = strings(node, "dateFormats");
        for (String format : formats) {
            try {
                DateTimeFormatter.ofPattern(format);
            } catch (IllegalArgumentException e) {
                throw bad("\"dateFormats\": \"" + format + "\" is not a date pattern: " + e.getMessage());
            }
        }
        return formats;
    }

    private Integer latestYear(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !Values.plausibleYear(node.asInt())) {
            throw bad("\"latestYear\" must be a year such as 2012, not " + node);
        }
        return node.asInt();
    }

    private List<String> separators(JsonNode node) {
        if (node == null || node.isNull()) {
            return Mapping.DEFAULT_LIST_SEPARATORS;
        }
        List<String> separators = strings(node, "listSeparators");
        if (separators.stream().anyMatch(String::isEmpty)) {
            throw bad("\"listSeparators\" cannot hold an empty string");
        }
        return separators;
    }

    private Map<String, List<String>> fields(RecordType type, JsonNode node) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return fields;
        }
        if (!node.isObject()) {
            throw bad("\"fields\" is an object: {\"our field\": \"source column\", …}");
        }
        Set<String> known = new LinkedHashSet<>(FieldNames.of(type));
        known.remove("id");
        node.properties().forEach(e -> {
            if (!known.contains(e.getKey())) {
                throw bad("\"fields\": a " + type.label() + " has no field \"" + e.getKey() + "\" (fields: "
                        + String.join(", ", known) + ")");
            }
            JsonNode columns = e.getValue();
            fields.put(e.getKey(), columns.isNull() ? List.of() : strings(columns, "fields." + e.getKey()));
        });
        return fields;
    }

    private String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw bad("\"" + key + "\" must be a non-empty string, not " + node);
        }
        return node.asText().strip();
    }

    /** A string, or a non-empty array of strings. */
    private List<String> strings(JsonNode node, String key) {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw bad("\"" + key + "\" must be a string or a non-empty array of strings, not " + node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw bad("\"" + key + "\" must hold strings only, not " + item);
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private BadMappingException bad(String what) {
        return new BadMappingException(file, what, null);
    }
}
