package dev.filmsearch.server.records;

import java.util.List;
import java.util.Map;

/**
 * A person and their films grouped by role (director, writer, actor, then any other role A→Z), newest first
 * within a role.
 */
public record PersonPage(Person person, Map<String, List<RoleFilm>> filmsByRole) {
    public PersonPage {
        filmsByRole = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filmsByRole));
    }

    /** Who the person is. */
    public record Person(String id, String name, List<String> professions, Integer birthYear, Integer deathYear) {
    }

    /**
     * One film of a filmography; {@code rating} and {@code votes} are the film's, null when the film is not in the
     * catalogue or they are unknown; {@code character} for acting roles.
     */
    public record RoleFilm(String id, String title, Integer year, String character, Double rating, Long votes) {
    }
}
