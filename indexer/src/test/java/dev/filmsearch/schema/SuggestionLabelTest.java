package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.model.RecordType;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SuggestionLabelTest {
    @Test
    void a_label_gives_back_its_type_id_and_title_even_a_title_holding_the_separator() {
        assertEquals("film\u001ftt0068646\u001fThe Godfather", SuggestionLabel.encode(RecordType.FILM, "tt0068646",
                "The Godfather"));
        assertEquals(Optional.of(new SuggestionLabel("person", "nm0000338", "Francis Ford Coppola")),
                SuggestionLabel.decode(new BytesRef(SuggestionLabel.encode(RecordType.PERSON, "nm0000338",
                        "Francis Ford Coppola"))));
        assertEquals(Optional.of(new SuggestionLabel("film", "x1", "A\u001fB Ñandú")),
                SuggestionLabel.decode(new BytesRef(SuggestionLabel.encode(RecordType.FILM, "x1", "A\u001fB Ñandú"))));
    }

    @Test
    void a_value_without_two_separators_is_no_label() {
        assertEquals(Optional.empty(), SuggestionLabel.decode(new BytesRef("film\u001ftt1")));
        assertEquals(Optional.empty(), SuggestionLabel.decode(new BytesRef("")));
    }
}
