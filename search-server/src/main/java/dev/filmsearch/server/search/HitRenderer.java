package dev.filmsearch.server.search;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Turns a matching document into a {@link Hit}: the record decoded from its stored source, its film's directors
 * and genres (for reviews and quotes, looked up once per film and request), a person's roles and best-known films
 * ({@link PersonSummary}, from the stored {@link Fields#KNOWN_FOR}), and highlights — {@code title} for every type
 * (a quote's title is its text, a review's its headline or else the start of its text), {@code originalTitle},
 * {@code aliases} and {@code plot} for films, {@code body} for reviews, {@code names} for the
 * people credited on a film that the query named. One instance per request (it caches films); not thread-safe.
 */
final class HitRenderer {
    private static final int EXCERPT = 60;
    private final StoredFields stored;
    private final RecordHits.FilmLookup lookup;
    private final RecordCodec codec;
    private final Highlighter highlighter;
    private final Highlighter.Terms terms;
    private final Map<String, Optional<Film>> films = new HashMap<>();

    HitRenderer(IndexSearcher searcher, RecordCodec codec, Highlighter highlighter, Highlighter.Terms terms)
            throws IOException {
        this(searcher.storedFields(), id -> filmOf(searcher, codec, id), codec, highlighter, terms);
    }

    /** @param stored the index's stored fields for {@link #render(int, float)}; null renders records only */
    HitRenderer(StoredFields stored, RecordHits.FilmLookup lookup, RecordCodec codec, Highlighter highlighter,
                Highlighter.Terms terms) {
        this.stored = stored;
        this.lookup = lookup;
        this.codec = codec;
        this.highlighter = highlighter;
        this.terms = terms;
    }

    Hit render(int doc, float score) throws IOException {
        Document d = stored.document(doc);
        RecordType type = RecordType.parse(d.get(Fields.TYPE)).orElseThrow();
        CatalogRecord record = codec.decode(type, d.get(Fields.SOURCE));
        Number year = number(d, Fields.YEAR);
        Number rating = number(d, Fields.RATING);
        Number votes = number(d, Fields.VOTES);
        return render(record, d.get(Fields.TITLE), year == null ? null : year.intValue(),
                rating == null ? null : rating.doubleValue(), votes == null ? null : votes.longValue(),
                positions(d, Fields.KNOWN_FOR), score);
    }

    /**
     * A hit from a record and what its document holds beside it: the stored title (a film's title, a person's
     * name), the year, rating and votes the document carries (a review's and quote's are its film's; a person's
     * votes are their best-known film's) and a person's best-known filmography positions.
     */
    Hit render(CatalogRecord record, String storedTitle, Integer year, Double rating, Long votes,
               List<Integer> knownFor, float score) throws IOException {
        RecordType type = record.type();
        String title = switch (record) {
            case Review r -> r.headline() != null ? r.headline() : excerpt(r.body());
            case Quote q -> q.text();
            default -> storedTitle;
        };
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        put(highlights, "title", record instanceof Quote ? highlighter.wholeText(title, terms)
                : highlighter.whole(title, terms));
        return switch (record) {
            case Film f -> {
                put(highlights, "originalTitle", highlighter.whole(f.originalTitle(), terms));
                put(highlights, "aliases", aliases(f));
                put(highlights, "plot", highlighter.fragments(f.plot(), terms));
                put(highlights, "names", names(f));
                yield new Hit(type.label(), f.id(), title, year, rating, votes, names(f.directors()), f.genres(),
                        score, highlights, null, f.titleType() != null ? f.titleType() : Fields.DEFAULT_TITLE_TYPE,
                        f.episodeOf(), null, List.of(), List.of());
            }
            case Person p -> new Hit(type.label(), p.id(), title, null, null, votes, List.of(), List.of(), score,
                    highlights, null, null, null, null, PersonSummary.roles(p),
                    PersonSummary.knownFor(p, knownFor));
            case Review r -> {
                put(highlights, "body", highlighter.fragments(r.body(), terms));
                Film film = film(r.filmId());
                yield new Hit(type.label(), r.id(), title, year, rating, votes, directors(film), genres(film), score,
                        highlights, filmRef(r.filmId(), r.filmTitle(), r.filmYear(), film), null, null, null,
                        List.of(), List.of());
            }
            case Quote q -> {
                Film film = film(q.filmId());
                yield new Hit(type.label(), q.id(), title, year, rating, votes, directors(film), genres(film), score,
                        highlights, filmRef(q.filmId(), q.filmTitle(), q.filmYear(), film), null, null, q.speaker(),
                        List.of(), List.of());
            }
        };
    }

    /**
     * A review or quote as evidence for its film: a quote's whole text, a review's first passage with a match
     * (else its headline), matches marked; null when the record is neither or no word of its text is marked.
     */
    Evidence evidence(int doc, int matches) throws IOException {
        Document d = stored.document(doc);
        RecordType type = RecordType.parse(d.get(Fields.TYPE)).orElseThrow();
        return switch (codec.decode(type, d.get(Fields.SOURCE))) {
            case Quote q -> {
                String text = first(highlighter.wholeText(q.text(), terms));
                yield text == null ? null : new Evidence(type.label(), q.id(), text, q.speaker(), null, matches);
            }
            case Review r -> {
                String text = first(highlighter.fragments(r.body(), terms));
                text = text != null ? text : first(highlighter.whole(r.headline(), terms));
                yield text == null ? null : new Evidence(type.label(), r.id(), text, null, r.author(), matches);
            }
            default -> null;
        };
    }

    private static String first(List<String> fragments) {
        return fragments.isEmpty() ? null : fragments.getFirst();
    }

    /** A review's or quote's film: the catalogue's when it is there, else what the record's source named. */
    private static FilmRef filmRef(String id, String title, Integer year, Film film) {
        return film != null ? new FilmRef(film.id(), film.title(), film.year(), true)
                : new FilmRef(id, title, year, false);
    }

    /** The film's aliases that the query matched, each marked once ("El padrino" for The Godfather). */
    private List<String> aliases(Film f) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (var alias : f.aliases()) {
            if (!alias.title().equals(f.title())) {
                out.addAll(highlighter.whole(alias.title(), terms));
            }
        }
        return List.copyOf(out);
    }

    /** The credited people of a film whose names the query matched, each marked. */
    private List<String> names(Film f) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Credit c : f.directors()) {
            out.addAll(highlighter.whole(c.name(), terms));
        }
        for (var c : f.cast()) {
            out.addAll(highlighter.whole(c.name(), terms));
        }
        for (Credit c : f.writers()) {
            out.addAll(highlighter.whole(c.name(), terms));
        }
        return List.copyOf(out);
    }

    private Film film(String filmId) throws IOException {
        if (filmId == null) {
            return null;
        }
        Optional<Film> cached = films.get(filmId);
        if (cached == null) {
            cached = Optional.ofNullable(lookup.film(filmId));
            films.put(filmId, cached);
        }
        return cached.orElse(null);
    }

    private static Film filmOf(IndexSearcher searcher, RecordCodec codec, String filmId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.KEY, RecordType.FILM.label() + "/" + filmId)), 1);
        return top.scoreDocs.length == 0 ? null : (Film) codec.decode(RecordType.FILM,
                searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.SOURCE));
    }

    private static List<String> directors(Film film) {
        return film == null ? List.of() : names(film.directors());
    }

    private static List<String> genres(Film film) {
        return film == null ? List.of() : film.genres();
    }

    private static List<String> names(List<Credit> credits) {
        return credits.stream().map(Credit::name).toList();
    }

    /** The start of a text, cut at a word, for a review without a headline. */
    static String excerpt(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= EXCERPT) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', EXCERPT);
        return clean.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    private static List<Integer> positions(Document d, String field) {
        return java.util.Arrays.stream(d.getFields(field)).map(f -> f.numericValue().intValue()).toList();
    }

    private static Number number(Document d, String field) {
        var f = d.getField(field);
        return f == null ? null : f.numericValue();
    }

    private static void put(Map<String, List<String>> highlights, String key, List<String> fragments) {
        if (!fragments.isEmpty()) {
            highlights.put(key, fragments);
        }
    }
}
