package dev.filmsearch.server.records;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.server.search.IndexSearchers;
import dev.filmsearch.server.search.TimeBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The record pages: a film with its reviews and quotes, a person with their films by role, a review, a quote.
 * Reads the stored records ({@link Fields#SOURCE}) from the current index; knows nothing of HTTP. Each call takes
 * one searcher, so a page is read from one index generation even while a reindex swaps in another, and runs
 * within a {@link TimeBudget}, checked between lookups and for each review or quote read (past it:
 * {@link dev.filmsearch.server.search.BudgetExceededException}).
 */
public final class RecordService {
    /** Reviews shown on a film page, most helpful first. */
    public static final int REVIEWS_ON_PAGE = 20;
    /** Quotes shown on a film page. */
    public static final int QUOTES_ON_PAGE = 50;
    /** Episodes listed on a series page (long-running soaps have over 10,000). */
    public static final int EPISODES_ON_PAGE = 1_000;
    /** Roles listed first on a person page, in this order; any other role follows A→Z. */
    private static final List<String> ROLE_ORDER = List.of("director", "writer", "actor");
    private static final Comparator<String> ROLES = Comparator
            .comparing((String role) -> ROLE_ORDER.contains(role) ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    private static final Comparator<Review> MOST_HELPFUL = Comparator
            .comparing((Review r) -> r.helpfulVotes() == null ? -1 : r.helpfulVotes(), Comparator.reverseOrder())
            .thenComparing(Review::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Review::id);
    private static final Comparator<PersonPage.RoleFilm> NEWEST_FIRST = Comparator
            .comparing(PersonPage.RoleFilm::year, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
            .thenComparing(PersonPage.RoleFilm::title, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(PersonPage.RoleFilm::id);

    private final IndexSearchers searchers;
    private final RecordCodec codec = new RecordCodec();
    private final AlsoLiked alsoLikedFilms = new AlsoLiked();

    public RecordService(IndexSearchers searchers) {
        this.searchers = searchers;
    }

    public Optional<FilmPage> film(String id) {
        return film(id, TimeBudget.unlimited());
    }

    public Optional<FilmPage> film(String id, TimeBudget budget) {
        return read(budget, "the film page", searcher -> {
            Optional<Film> film = find(searcher, RecordType.FILM, id);
            if (film.isEmpty()) {
                return Optional.empty();
            }
            List<Review> reviews = attached(searcher, RecordType.REVIEW, id, budget);
            List<Quote> quotes = attached(searcher, RecordType.QUOTE, id, budget);
            budget.check("the film page");
            List<FilmPage.AlsoLikedFilm> alsoLiked = film.get().related().isEmpty()
                    ? alsoLikedFilms.of(searcher, film.get()) : List.of();
            return Optional.of(filmPage(film.get(), reviews, quotes, episodes(searcher, id), alsoLiked));
        });
    }

    public Optional<PersonPage> person(String id) {
        return person(id, TimeBudget.unlimited());
    }

    public Optional<PersonPage> person(String id, TimeBudget budget) {
        return read(budget, "the person page", searcher -> {
            Optional<Person> found = find(searcher, RecordType.PERSON, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Person person = found.get();
            budget.check("the person page");
            return Optional.of(personPage(person, filmFacts(searcher, person.films())));
        });
    }

    /**
     * A film's page from what any engine read: its reviews (most helpful first) and quotes (by id), each listed up
     * to its page's count, its episodes when it is a series (null otherwise), and its "also liked" films.
     */
    public static FilmPage filmPage(Film film, List<Review> reviews, List<Quote> quotes, FilmPage.Episodes episodes,
                                    List<FilmPage.AlsoLikedFilm> alsoLiked) {
        List<Review> sortedReviews = new ArrayList<>(reviews);
        List<Quote> sortedQuotes = new ArrayList<>(quotes);
        sortedReviews.sort(MOST_HELPFUL);
        sortedQuotes.sort(Comparator.comparing(Quote::id));
        return new FilmPage(film, film.spanishTitle(), episodes, alsoLiked, firstOf(sortedReviews, REVIEWS_ON_PAGE),
                firstOf(sortedQuotes, QUOTES_ON_PAGE));
    }

    /** A person's page: the filmography by role, newest first, with the rating and votes of the films known. */
    public static PersonPage personPage(Person person, Map<String, FilmFacts> facts) {
        Map<String, List<PersonPage.RoleFilm>> byRole = new TreeMap<>(ROLES);
        for (PersonFilm pf : person.films()) {
            FilmFacts f = facts.get(pf.filmId());
            byRole.computeIfAbsent(pf.role() == null ? "other" : pf.role(), r -> new ArrayList<>())
                    .add(new PersonPage.RoleFilm(pf.filmId(), pf.title(), pf.year(), pf.character(),
                            f == null ? null : f.rating(), f == null ? null : f.votes()));
        }
        byRole.values().forEach(list -> list.sort(NEWEST_FIRST));
        return new PersonPage(new PersonPage.Person(person.id(), person.name(), person.professions(),
                person.birthYear(), person.deathYear()), byRole);
    }

    /**
     * A series' episodes as its page lists them: {@code total} in the catalogue, and {@code inOrder} (the first
     * {@link #EPISODES_ON_PAGE} by season and number, unknown last) grouped by season.
     */
    public static FilmPage.Episodes episodes(int total, List<Film> inOrder) {
        Map<Integer, List<FilmPage.Episode>> bySeason = new java.util.LinkedHashMap<>();
        for (Film f : inOrder) {
            Integer s = f.episodeOf().season();
            bySeason.computeIfAbsent(s, k -> new ArrayList<>()).add(new FilmPage.Episode(f.id(), f.title(), s,
                    f.episodeOf().episode(), f.year(), f.rating()));
        }
        List<FilmPage.Season> seasons = new ArrayList<>();
        bySeason.forEach((s, list) -> seasons.add(new FilmPage.Season(s, List.copyOf(list))));
        return new FilmPage.Episodes(total, List.copyOf(seasons));
    }

    public Optional<ReviewPage> review(String id) {
        return review(id, TimeBudget.unlimited());
    }

    public Optional<ReviewPage> review(String id, TimeBudget budget) {
        return read(budget, "the review page", searcher -> this.<Review>find(searcher, RecordType.REVIEW, id).map(ReviewPage::new));
    }

    public Optional<QuotePage> quote(String id) {
        return quote(id, TimeBudget.unlimited());
    }

    public Optional<QuotePage> quote(String id, TimeBudget budget) {
        return read(budget, "the quote page", searcher -> this.<Quote>find(searcher, RecordType.QUOTE, id).map(QuotePage::new));
    }

    /** A film's rating and votes, as a filmography lists them. */
    public record FilmFacts(Double rating, Long votes) {
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(TimeBudget budget, String what, Read<T> read) {
        budget.check(what);
        try (IndexSearchers.Lease lease = searchers.acquire()) {
            return read.apply(lease.searcher());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> Optional<T> find(IndexSearcher searcher, RecordType type, String id)
            throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.KEY, type.label() + "/" + id)), 1).scoreDocs;
        if (hits.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(hits[0].doc, Set.of(Fields.SOURCE));
        return Optional.of((T) codec.decode(type, doc.get(Fields.SOURCE)));
    }

    /** Every review or quote attached to a film, in index order. */
    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> List<T> attached(IndexSearcher searcher, RecordType type, String filmId,
                                                       TimeBudget budget) throws IOException {
        budget.check("the film page");
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, type.label())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.FILM_ID, filmId)), BooleanClause.Occur.FILTER)
                .build();
        int count = searcher.count(query);
        List<T> out = new ArrayList<>(count);
        if (count == 0) {
            return out;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            budget.check("the film page");
            out.add((T) codec.decode(type, stored.document(hit.doc, Set.of(Fields.SOURCE)).get(Fields.SOURCE)));
        }
        return out;
    }

    /** A series' episodes by season and number (unknown last), or null when no film names it as its series. */
    private FilmPage.Episodes episodes(IndexSearcher searcher, String seriesId) throws IOException {
        Query query = new TermQuery(new Term(Fields.SERIES_ID, seriesId));
        int total = searcher.count(query);
        if (total == 0) {
            return null;
        }
        SortField season = new SortField(Fields.SEASON, SortField.Type.INT);
        season.setMissingValue(Integer.MAX_VALUE);
        SortField number = new SortField(Fields.EPISODE, SortField.Type.INT);
        number.setMissingValue(Integer.MAX_VALUE);
        Sort order = new Sort(season, number, new SortField(Fields.TITLE_SORT, SortField.Type.STRING),
                SortField.FIELD_DOC);
        StoredFields stored = searcher.storedFields();
        List<Film> inOrder = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, EPISODES_ON_PAGE, order).scoreDocs) {
            inOrder.add((Film) codec.decode(RecordType.FILM, stored.document(hit.doc, Set.of(Fields.SOURCE))
                    .get(Fields.SOURCE)));
        }
        return episodes(total, inOrder);
    }

    /** Rating and votes of the films of a filmography that are in the catalogue, by film id. */
    private static Map<String, FilmFacts> filmFacts(IndexSearcher searcher, List<PersonFilm> films)
            throws IOException {
        Set<BytesRef> keys = new LinkedHashSet<>();
        for (PersonFilm pf : films) {
            keys.add(new BytesRef(RecordType.FILM.label() + "/" + pf.filmId()));
        }
        Map<String, FilmFacts> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        StoredFields stored = searcher.storedFields();
        Set<String> wanted = Set.of(Fields.ID, Fields.RATING, Fields.VOTES);
        for (ScoreDoc hit : searcher.search(new TermInSetQuery(Fields.KEY, keys), keys.size()).scoreDocs) {
            Document doc = stored.document(hit.doc, wanted);
            IndexableField rating = doc.getField(Fields.RATING);
            IndexableField votes = doc.getField(Fields.VOTES);
            out.put(doc.get(Fields.ID), new FilmFacts(rating == null ? null : rating.numericValue().doubleValue(),
                    votes == null ? null : votes.numericValue().longValue()));
        }
        return out;
    }

    private static <T> Listing<T> firstOf(List<T> all, int n) {
        return new Listing<>(all.size(), all.subList(0, Math.min(n, all.size())));
    }
}
