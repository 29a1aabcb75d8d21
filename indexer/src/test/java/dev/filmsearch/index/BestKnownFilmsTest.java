package dev.filmsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.schema.Fields;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class BestKnownFilmsTest {
    private static final List<PersonFilm> FILMS = List.of(
            new PersonFilm("tt1", "Small Film", 2001, "director", null),
            new PersonFilm("tt2", "Big Film", 2002, "actor", "Extra"),
            new PersonFilm("tt2", "Big Film", 2002, "director", null),
            new PersonFilm("tt3", "Middle Film", 2003, "writer", null),
            new PersonFilm("tt4", "Unrated Film", 2004, "director", null),
            new PersonFilm("tt5", "Another Unrated Film", 2005, "director", null));

    @Test
    void films_rank_by_votes_times_credit_weight_each_film_once_by_its_best_credit_at_most_three() {
        List<FilmFame> fame = Arrays.asList(new FilmFame(1_000, 7.0, 1.0), new FilmFame(500_000, 8.0, 0.1),
                new FilmFame(500_000, 8.0, 1.0), new FilmFame(20_000, 6.0, 0.5), null, null);
        assertEquals(List.of(2, 3, 0), BestKnownFilms.positions(FILMS, fame));
    }

    @Test
    void films_without_votes_follow_in_filmography_order_when_too_few_have_votes() {
        List<FilmFame> fame = Arrays.asList(null, null, null, new FilmFame(20_000, 6.0, 0.5));
        assertEquals(List.of(3, 0, 1), BestKnownFilms.positions(FILMS, fame));
    }

    @Test
    void a_person_document_stores_the_positions_of_their_best_known_films() {
        Person person = new Person("nm1", "Ana Example", List.of("director"), null, null, FILMS);
        List<FilmFame> fame = Arrays.asList(null, new FilmFame(500_000, 8.0, 0.1), null, null,
                new FilmFame(9_000, 5.0, 1.0), null);
        Document doc = new DocumentMapper().toDocument(new LinkedRecord(person, null, fame));
        assertEquals(List.of(1, 4, 0), Arrays.stream(doc.getFields(Fields.KNOWN_FOR))
                .map(f -> f.numericValue().intValue()).toList());
    }
}
