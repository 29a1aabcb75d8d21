package dev.filmsearch.corpus.imdbtsv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CharactersTest {
    private final Characters characters = new Characters();

    @Test
    void joins_all_characters_of_the_json_array() throws BadValue {
        assertEquals("Maya", characters.read("[\"Maya\"]"));
        assertEquals("Terry Bollea / Hulk Hogan", characters.read("[\"Terry Bollea\",\"Hulk Hogan\"]"));
        assertEquals("Dr. \"Bones\" McCoy", characters.read("[\"Dr. \\\"Bones\\\" McCoy\"]"));
    }

    @Test
    void reads_null_marker_and_empty_array_as_no_character() throws BadValue {
        assertNull(characters.read("\\N"));
        assertNull(characters.read("[]"));
        assertNull(characters.read("[\" \"]"));
    }

    @Test
    void rejects_what_is_not_a_json_array_of_strings() {
        for (String bad : new String[] {"[Narrator]", "\"Maya\"", "[\"Maya\"", "[\"Maya\"] x", "[1]", "{}"}) {
            BadValue e = assertThrows(BadValue.class, () -> characters.read(bad), bad);
            assertEquals("characters '" + bad + "' is not a JSON array of strings", e.getMessage());
        }
    }
}
