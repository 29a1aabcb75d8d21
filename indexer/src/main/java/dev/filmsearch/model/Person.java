package dev.filmsearch.model;

import java.util.List;

/** A person: director, actor, writer, … {@code professions} as the source names them ("director", "actor"). */
public record Person(String id, String name, List<String> professions, Integer birthYear, Integer deathYear,
                     List<PersonFilm> films) implements CatalogRecord {
    public Person {
        Text.require(id, "person id");
        Text.require(name, "person name");
        professions = List.copyOf(professions);
        films = List.copyOf(films);
    }

    @Override
    public RecordType type() {
        return RecordType.PERSON;
    }
}
