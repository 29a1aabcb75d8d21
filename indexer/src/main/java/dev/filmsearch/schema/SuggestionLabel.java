package dev.filmsearch.schema;

import dev.filmsearch.model.RecordType;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * What a suggestion shows of a film or person ({@link Fields#LABEL}): the record type's label, the id and the title
 * or name, in one doc value: the type and the id, each followed by a unit separator (U+001F, which neither holds),
 * then the title, whatever it holds. Written by the document mapper, read by the server's completions.
 *
 * @param type  the record type's label ("film", "person")
 * @param id    the record's id
 * @param title the film's title or the person's name
 */
public record SuggestionLabel(String type, String id, String title) {
    private static final char SEPARATOR = '\u001f';

    public static String encode(RecordType type, String id, String title) {
        return type.label() + SEPARATOR + id + SEPARATOR + title;
    }

    /** The label of a doc value, or empty when it is not one. */
    public static Optional<SuggestionLabel> decode(BytesRef value) {
        String s = value.utf8ToString();
        int a = s.indexOf(SEPARATOR);
        int b = a < 0 ? -1 : s.indexOf(SEPARATOR, a + 1);
        return b < 0 ? Optional.empty() : Optional.of(new SuggestionLabel(s.substring(0, a), s.substring(a + 1, b),
                s.substring(b + 1)));
    }
}
