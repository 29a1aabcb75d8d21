package dev.filmsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.schema.Fields;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class GenreTextTest {
    @Test
    void a_films_genre_text_holds_each_genre_with_its_other_names_so_science_fiction_and_comedia_find_it() {
        Film film = Film.builder("Alien").year(1979).genre("Sci-Fi").genre("Comedy").genre("Black Comedy").build();

        Document doc = new DocumentMapper().toDocument(new LinkedRecord(film, null, List.of()));

        assertEquals(List.of("Sci-Fi", "Science Fiction", "Ciencia ficción", "Comedy", "Comedia", "Black Comedy"),
                Arrays.stream(doc.getFields(Fields.GENRE_TEXT)).map(IndexableField::stringValue).toList());
    }
}
