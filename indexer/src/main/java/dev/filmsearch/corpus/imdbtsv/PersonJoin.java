package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits one {@link Person} per name.basics row from the person sort, where each row is followed by the roles
 * the title join found for that nconst. Holds one person's filmography at a time.
 */
final class PersonJoin {
    private final TsvFile names;
    private final RecordSink sink;
    private PersonEntry.NameRow current;
    private final List<PersonFilm> films = new ArrayList<>();

    PersonJoin(TsvFile names, RecordSink sink) {
        this.names = names;
        this.sink = sink;
    }

    void run(RecordIterator<PersonEntry> entries) throws IOException {
        for (PersonEntry e = entries.next(); e != null; e = entries.next()) {
            switch (e) {
                case PersonEntry.NameRow row -> {
                    if (current != null && current.nconst() == row.nconst()) {
                        sink.reject(names.problem(row.line(), "duplicate nconst " + row.id()));
                    } else {
                        flush();
                        current = row;
                    }
                }
                case PersonEntry.FilmRole role -> {
                    // roles exist only for people of the name table, whose rows sort first
                    if (current != null && current.nconst() == role.nconst()) {
                        films.add(new PersonFilm(role.filmId(), role.title(), role.year(), role.role(),
                                role.character()));
                    }
                }
            }
        }
        flush();
    }

    private void flush() {
        if (current != null) {
            sink.accept(new Person(current.id(), current.name(), current.professions(), current.birthYear(),
                    current.deathYear(), films));
            films.clear();
            current = null;
        }
    }
}
