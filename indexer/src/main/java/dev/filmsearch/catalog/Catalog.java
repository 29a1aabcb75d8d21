package dev.filmsearch.catalog;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Ids;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import dev.filmsearch.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.filmsearch.model.RecordType;

/**
 * Collects what the readers produce and turns it into one consistent catalogue: the same film from several files
 * becomes one film ({@link FilmMerger}), people are derived from film credits and merged with people records
 * ({@link PeopleBuilder}), reviews and quotes are attached to their film by id, else by normalised title (and
 * year), and get a language where the source gave none. Not thread-safe: one build, one catalogue.
 */
public final class Catalog implements RecordSink {
    private final FilmMerger merger = new FilmMerger();
    private final LanguageDetector languages = new LanguageDetector();
    private final List<Film> films = new ArrayList<>();
    private final Map<String, Integer> filmSlots = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Review> reviews = new LinkedHashMap<>();
    private final Map<String, Quote> quotes = new LinkedHashMap<>();
    private final Map<RecordType, Integer> read = new EnumMap<>(RecordType.class);
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(CatalogRecord record) {
        read.merge(record.type(), 1, Integer::sum);
        switch (record) {
            case Film f -> addFilm(f);
            case Person p -> people.add(p);
            case Review r -> reviews.putIfAbsent(r.id(), r);
            case Quote q -> quotes.putIfAbsent(q.id(), q);
        }
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void addFilm(Film film) {
        Integer slot = findSlot(film);
        if (slot == null) {
            slot = films.size();
            films.add(film);
        } else {
            films.set(slot, merger.merge(films.get(slot), film));
        }
        for (String key : keys(film)) {
            filmSlots.putIfAbsent(key, slot);
        }
        filmSlots.putIfAbsent("id:" + films.get(slot).id(), slot);
    }

    private Integer findSlot(Film film) {
        Integer byId = filmSlots.get("id:" + film.id());
        if (byId != null) {
            return byId;
        }
        Integer byTitle = filmSlots.get(titleYearKey(film.title(), film.year()));
        if (byTitle == null) {
            return null;
        }
        // two different IMDb ids are two films, even with the same title and year (remakes, homonyms)
        Film existing = films.get(byTitle);
        boolean bothImdb = FilmMerger.isImdb(existing.id()) && FilmMerger.isImdb(film.id());
        return bothImdb && !existing.id().equals(film.id()) ? null : byTitle;
    }

    private static List<String> keys(Film film) {
        List<String> keys = new ArrayList<>();
        keys.add("id:" + film.id());
        keys.add("id:" + Ids.filmId(null, film.title(), film.year()));
        keys.add(titleYearKey(film.title(), film.year()));
        return keys;
    }

    private static String titleYearKey(String title, Integer year) {
        return "title:" + Text.titleKey(title) + "|" + (year == null ? "" : year);
    }

    /** Finishes the catalogue: people derived and merged, reviews and quotes attached, everything sorted by id. */
    public CatalogContents finish() {
        FilmLookup lookup = new FilmLookup(films);
        PeopleBuilder peopleBuilder = new PeopleBuilder(people);
        List<Film> finalFilms = films.stream().map(peopleBuilder::canonicalCredits)
                .sorted(Comparator.comparing(Film::id)).toList();
        List<Person> finalPeople = peopleBuilder.build(finalFilms);

        int attachedReviews = 0;
        List<Review> finalReviews = new ArrayList<>();
        for (Review r : reviews.values()) {
            Film film = lookup.find(r.filmId(), r.filmTitle(), r.filmYear());
            if (film != null) {
                r = r.withFilm(film.id(), film.title(), film.year());
                attachedReviews++;
            }
            finalReviews.add(r.language() != null ? r : r.withLanguage(languages.detect(r.body())));
        }
        int attachedQuotes = 0;
        List<Quote> finalQuotes = new ArrayList<>();
        for (Quote q : quotes.values()) {
            Film film = lookup.find(q.filmId(), q.filmTitle(), q.filmYear());
            if (film != null) {
                q = q.withFilm(film.id(), film.title(), film.year());
                attachedQuotes++;
            }
            finalQuotes.add(q.language() != null ? q : q.withLanguage(languages.detect(q.text())));
        }
        finalReviews.sort(Comparator.comparing(Review::id));
        finalQuotes.sort(Comparator.comparing(Quote::id));

        Map<RecordType, Integer> readCounts = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            readCounts.put(t, read.getOrDefault(t, 0));
        }
        CatalogStats stats = new CatalogStats(readCounts, attachedReviews, attachedQuotes);
        return new CatalogContents(finalFilms, finalPeople, finalReviews, finalQuotes, stats);
    }
}
