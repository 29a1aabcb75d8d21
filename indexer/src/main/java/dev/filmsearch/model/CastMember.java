package dev.filmsearch.model;

/** A cast entry: who played whom. {@code character} is null where the source gives none. */
public record CastMember(String personId, String name, String character) {
    public CastMember {
        Text.require(name, "cast member name");
    }

    public static CastMember named(String name, String character) {
        return new CastMember(Ids.personId(null, name), name, character);
    }
}
