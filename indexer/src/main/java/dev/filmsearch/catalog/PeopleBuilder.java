package dev.filmsearch.catalog;

import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives people from film credits and merges them with the people records the corpus has. One person per IMDb
 * {@code nm} id, else per folded name; a credit known only by name is given the {@code nm} id of a person record
 * with the same name when there is one. Professions are unioned; a filmography lists each film once per role.
 */
final class PeopleBuilder {
    private final Map<String, String> idByName = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    PeopleBuilder(List<Person> records) {
        for (Person p : records) {
            if (p.id().equals(Ids.imdbNameId(p.id()))) {
                idByName.putIfAbsent(Text.fold(p.name()), p.id());
            }
        }
        for (Person p : records) {
            Draft d = draft(canonicalId(p.id(), p.name()), p.name());
            d.birthYear = d.birthYear != null ? d.birthYear : p.birthYear();
            d.deathYear = d.deathYear != null ? d.deathYear : p.deathYear();
            d.professions.addAll(p.professions());
            for (PersonFilm f : p.films()) {
                d.films.putIfAbsent(f.filmId() + "|" + f.role(), f);
            }
        }
    }

    /** The film with every credit's person id made canonical. */
    Film canonicalCredits(Film film) {
        return film.toBuilder()
                .clearCredits()
                .directors(film.directors().stream().map(this::canonical).toList())
                .writers(film.writers().stream().map(this::canonical).toList())
                .cast(film.cast().stream()
                        .map(c -> new CastMember(canonicalId(c.personId(), c.name()), c.name(), c.character()))
                        .toList())
                .build();
    }

    /** Every person, from records and credits, sorted by id. Call with the canonical films. */
    List<Person> build(List<Film> films) {
        for (Film f : films) {
            for (Credit c : f.directors()) {
                credit(c.personId(), c.name(), f, "director", null);
            }
            for (Credit c : f.writers()) {
                credit(c.personId(), c.name(), f, "writer", null);
            }
            for (CastMember c : f.cast()) {
                credit(c.personId(), c.name(), f, "actor", c.character());
            }
        }
        return drafts.values().stream().map(Draft::toPerson).sorted(Comparator.comparing(Person::id)).toList();
    }

    private void credit(String id, String name, Film film, String role, String character) {
        Draft d = draft(id, name);
        d.professions.add(role);
        d.films.putIfAbsent(film.id() + "|" + role,
                new PersonFilm(film.id(), film.title(), film.year(), role, character));
    }

    private Credit canonical(Credit c) {
        return new Credit(canonicalId(c.personId(), c.name()), c.name());
    }

    private String canonicalId(String id, String name) {
        if (id != null && id.equals(Ids.imdbNameId(id))) {
            return id;
        }
        return idByName.getOrDefault(Text.fold(name), Ids.personId(null, name));
    }

    private Draft draft(String id, String name) {
        return drafts.computeIfAbsent(id, k -> new Draft(k, name));
    }

    private static final class Draft {
        final String id;
        final String name;
        Integer birthYear;
        Integer deathYear;
        final Set<String> professions = new LinkedHashSet<>();
        final Map<String, PersonFilm> films = new LinkedHashMap<>();

        Draft(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Person toPerson() {
            List<PersonFilm> list = new ArrayList<>(films.values());
            return new Person(id, name, List.copyOf(professions), birthYear, deathYear, list);
        }
    }
}
