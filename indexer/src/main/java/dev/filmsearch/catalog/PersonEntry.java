package dev.filmsearch.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;

/**
 * One entry of a person in the store, grouped by person id: a people record, or a credit on a film (with the
 * film's fame for that credit, null when the film has no votes).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "k")
@JsonSubTypes({@JsonSubTypes.Type(value = PersonEntry.FromRecord.class, name = "p"),
        @JsonSubTypes.Type(value = PersonEntry.FromCredit.class, name = "c")})
sealed interface PersonEntry {
    record FromRecord(Person person) implements PersonEntry {
    }

    record FromCredit(String name, PersonFilm film, FilmFame fame) implements PersonEntry {
    }
}
