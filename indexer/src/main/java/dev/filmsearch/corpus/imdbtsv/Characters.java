package dev.filmsearch.corpus.imdbtsv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.filmsearch.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code characters} field of title.principals: a JSON array of strings such as {@code ["Bob","Bob The Drag
 * Queen"]}. All names are kept, joined with " / "; {@code \N} or an empty array is no character.
 */
final class Characters {
    static final String SEPARATOR = " / ";

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The character(s), or null; a value that is not a JSON array of strings is a {@link BadValue}. */
    String read(String value) throws BadValue {
        if (Values.text(value) == null) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isArray()) {
            throw notAnArray(value);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw notAnArray(value);
            }
            String name = Text.clean(item.textValue());
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(SEPARATOR, names);
    }

    private static BadValue notAnArray(String value) {
        return new BadValue("characters '" + value + "' is not a JSON array of strings");
    }
}
