package dev.filmsearch.model;

/** A line spoken in a film. Film linkage and language work as for {@link Review}. */
public record Quote(String id, String filmId, String filmTitle, Integer filmYear, String speaker, String text,
                    Language language) implements CatalogRecord {
    public Quote {
        Text.require(id, "quote id");
        Text.require(text, "quote text");
        if (filmId == null && filmTitle == null) {
            throw new IllegalArgumentException("a quote needs a film id or a film title");
        }
    }

    @Override
    public RecordType type() {
        return RecordType.QUOTE;
    }

    public Quote withFilm(String newFilmId, String newFilmTitle, Integer newFilmYear) {
        return new Quote(id, newFilmId, newFilmTitle, newFilmYear, speaker, text, language);
    }

    public Quote withLanguage(Language newLanguage) {
        return new Quote(id, filmId, filmTitle, filmYear, speaker, text, newLanguage);
    }
}
