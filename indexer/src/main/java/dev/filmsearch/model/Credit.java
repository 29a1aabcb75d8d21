package dev.filmsearch.model;

/** A person credited on a film (director, writer). {@code personId} is an {@code nm…} id or a name slug. */
public record Credit(String personId, String name) {
    public Credit {
        Text.require(name, "credit name");
    }

    /** A credit known only by name: its id is the name's slug. */
    public static Credit named(String name) {
        return new Credit(Ids.personId(null, name), name);
    }
}
