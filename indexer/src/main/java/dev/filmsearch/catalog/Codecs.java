package dev.filmsearch.catalog;

import dev.filmsearch.catalog.store.RecordBytes;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;

/** How each kind of value is kept in the catalogue's store: one codec per type, shared by every step. */
final class Codecs {
    static final RecordBytes<Film> FILM = RecordBytes.of(Film.class);
    static final RecordBytes<Person> PERSON = RecordBytes.of(Person.class);
    static final RecordBytes<Review> REVIEW = RecordBytes.of(Review.class);
    static final RecordBytes<Quote> QUOTE = RecordBytes.of(Quote.class);
    static final RecordBytes<FilmSummary> SUMMARY = RecordBytes.of(FilmSummary.class);
    static final RecordBytes<PersonEntry> ENTRY = RecordBytes.of(PersonEntry.class);
    static final RecordBytes<CatalogFinisher.NamedFilm> NAMED_FILM = RecordBytes.of(CatalogFinisher.NamedFilm.class);

    private Codecs() {
    }
}
