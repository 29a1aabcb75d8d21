package dev.filmsearch.server.search;

import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a person hit says of the person besides their name: their main roles and the films they are best known
 * for. Pure.
 */
final class PersonSummary {
    /** Roles a person hit names. */
    static final int ROLES = 3;

    private PersonSummary() {
    }

    /**
     * The person's professions ("director", "actor", "writer", …) ranked by how many films of their filmography
     * they have in that role, most first; ties (and professions without films) keep the record's order. At most
     * {@link #ROLES}.
     */
    static List<String> roles(Person p) {
        List<String> professions = new ArrayList<>(p.professions());
        professions.sort(Comparator.comparingLong((String role) -> -films(p, role)));
        return List.copyOf(professions.subList(0, Math.min(ROLES, professions.size())));
    }

    private static long films(Person p, String role) {
        return p.films().stream().filter(f -> role.equals(f.role())).count();
    }

    /**
     * The films at the given positions of the filmography (the document's stored {@code known_for}, best first);
     * positions outside it are passed over.
     */
    static List<KnownFilm> knownFor(Person p, List<Integer> positions) {
        List<KnownFilm> out = new ArrayList<>(positions.size());
        for (int i : positions) {
            if (i >= 0 && i < p.films().size()) {
                PersonFilm f = p.films().get(i);
                out.add(new KnownFilm(f.filmId(), f.title(), f.year(), f.role()));
            }
        }
        return List.copyOf(out);
    }
}
