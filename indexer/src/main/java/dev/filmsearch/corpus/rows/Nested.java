package dev.filmsearch.corpus.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Reads the keys of an object inside a list cell (a cast entry, a related film, a filmography entry). */
final class Nested {
    private Nested() {
    }

    /** The key's value as text; null when absent, null or not a single value. */
    static String text(JsonNode object, String key) {
        JsonNode v = object.get(key);
        return v == null || !v.isValueNode() ? null : Text.clean(v.asText());
    }

    static Integer year(JsonNode object, String key) throws BadValue {
        JsonNode v = present(object, key);
        return v == null ? null : Values.year(v, List.of());
    }

    static Double number(JsonNode object, String key) throws BadValue {
        JsonNode v = present(object, key);
        return v == null ? null : Values.number(v);
    }

    static List<String> names(JsonNode object, String key, List<String> separators, ObjectMapper json)
            throws BadValue {
        JsonNode v = present(object, key);
        List<String> names = new ArrayList<>();
        if (v != null) {
            for (JsonNode item : Values.items(v, separators, json)) {
                names.add(Values.itemText(item));
            }
        }
        return names;
    }

    private static JsonNode present(JsonNode object, String key) {
        JsonNode v = object.get(key);
        return v == null || v.isNull() || (v.isTextual() && Row.blank(v.asText())) ? null : v;
    }
}
