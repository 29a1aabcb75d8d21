package dev.filmsearch.corpus;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every record and problem in the order a reader gave them, for reader tests. */
public final class CollectingSink implements RecordSink {
    public final List<CatalogRecord> records = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(CatalogRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    /** The problems as printed: "file:line: reason". */
    public List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The records of one class, in order. */
    public <T extends CatalogRecord> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<Film> films() {
        return all(Film.class);
    }

    public List<Person> people() {
        return all(Person.class);
    }

    public List<Review> reviews() {
        return all(Review.class);
    }

    public List<Quote> quotes() {
        return all(Quote.class);
    }

    public Film film(String id) {
        return films().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    public Person person(String id) {
        return people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
