package dev.filmsearch.catalog;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The finished catalogue, each list sorted by id: what gets indexed. */
public record CatalogContents(List<Film> films, List<Person> people, List<Review> reviews, List<Quote> quotes,
                              CatalogStats stats) {
    public CatalogContents {
        films = List.copyOf(films);
        people = List.copyOf(people);
        reviews = List.copyOf(reviews);
        quotes = List.copyOf(quotes);
    }

    public int count(RecordType type) {
        return switch (type) {
            case FILM -> films.size();
            case PERSON -> people.size();
            case REVIEW -> reviews.size();
            case QUOTE -> quotes.size();
        };
    }

    public int size() {
        return films.size() + people.size() + reviews.size() + quotes.size();
    }

    /** Every record: films, people, reviews, quotes. */
    public Stream<CatalogRecord> records() {
        return Stream.of(films.stream(), people.stream(), reviews.stream(), quotes.stream())
                .flatMap(s -> s.map(r -> (CatalogRecord) r));
    }

    /** Films by id, for giving reviews and quotes their film's facets. */
    public Map<String, Film> filmsById() {
        Map<String, Film> byId = new HashMap<>(films.size() * 2);
        for (Film f : films) {
            byId.put(f.id(), f);
        }
        return byId;
    }
}
