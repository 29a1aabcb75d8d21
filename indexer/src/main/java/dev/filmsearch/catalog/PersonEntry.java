package dev.filmsearch.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;

/**
 * One entry of a person in the store, grouped by person id: a people record, a credit on a film (with the
 * film's fame for that credit, null when the film has no votes), or a film a people record names as linking found
 * it in the catalogue.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "k")
@JsonSubTypes({@JsonSubTypes.Type(value = PersonEntry.FromRecord.class, name = "p"),
        @JsonSubTypes.Type(value = PersonEntry.FromCredit.class, name = "c"),
        @JsonSubTypes.Type(value = PersonEntry.RecordFilm.class, name = "f")})
sealed interface PersonEntry {
    record FromRecord(Person person) implements PersonEntry {
    }

    record FromCredit(String name, PersonFilm film, FilmFame fame) implements PersonEntry {
    }

    /**
     * A film a people record names by id, for one role: the catalogue's film of that id ({@link FilmFinder#byId};
     * null when there is none) and its fame for the person's credit in that role (null without votes).
     */
    record RecordFilm(String filmId, String role, Found film, FilmFame fame) implements PersonEntry {
        /** Whether the film found is the film of exactly that id (not one found by its slug or a merged id). */
        boolean exact() {
            return film != null && film.id().equals(filmId);
        }
    }

    /** What a filmography takes of a film found by id: its own id, title and year. */
    record Found(String id, String title, Integer year) {
    }
}
