package dev.filmsearch.server.opensearch;

import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.opensearch.OpenSearchFields;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.server.records.FilmPage;
import dev.filmsearch.server.records.PersonPage;
import dev.filmsearch.server.records.QuotePage;
import dev.filmsearch.server.records.RecordService;
import dev.filmsearch.server.records.ReviewPage;
import dev.filmsearch.server.search.Analysis;
import dev.filmsearch.server.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Records read from an OpenSearch index by id and by their links (a film's reviews and quotes, a series'
 * episodes, a filmography's films), and completions; pages are assembled by {@link RecordService}'s rules, the
 * embedded engine's. Thread-safe.
 */
final class OpenSearchRecords {
    /** As the embedded completions: words of a prefix looked at. */
    private static final int MAX_WORDS = 8;
    private static final int MAX_ATTACHED = 10_000;
    private final OpenSearchClient client;
    private final String alias;
    private final RecordCodec codec = new RecordCodec();
    private final Analyzer folded = Analyzers.folded();

    OpenSearchRecords(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    Optional<FilmPage> film(String id) {
        return this.<Film>find(RecordType.FILM, id).map(film -> {
            List<Review> reviews = attached(RecordType.REVIEW, id);
            List<Quote> quotes = attached(RecordType.QUOTE, id);
            return RecordService.filmPage(film, reviews, quotes, episodes(id), List.of());
        });
    }

    Optional<PersonPage> person(String id) {
        return this.<Person>find(RecordType.PERSON, id).map(p -> RecordService.personPage(p, facts(p.films())));
    }

    Optional<ReviewPage> review(String id) {
        return this.<Review>find(RecordType.REVIEW, id).map(ReviewPage::new);
    }

    Optional<QuotePage> quote(String id) {
        return this.<Quote>find(RecordType.QUOTE, id).map(QuotePage::new);
    }

    /** The films of these ids that the index holds, by id. */
    Map<String, Film> films(List<String> ids) throws IOException {
        Map<String, Film> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<String> keys = ids.stream().map(id -> RecordType.FILM.label() + "/" + id).toList();
        var response = client.mget(m -> m.index(alias).ids(keys).sourceIncludes(Fields.SOURCE), Map.class);
        for (var doc : response.docs()) {
            if (doc.isResult() && doc.result().found()) {
                Film f = (Film) codec.decode(RecordType.FILM, (String) doc.result().source().get(Fields.SOURCE));
                out.put(f.id(), f);
            }
        }
        return out;
    }

    /** Films and people whose title or name has every word of the prefix, the last as a prefix; best known first. */
    List<Suggestion> suggest(String prefix, int limit) throws IOException {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        List<String> all = Analysis.terms(folded, Fields.TITLE, prefix);
        List<String> words = all.size() > MAX_WORDS ? all.subList(0, MAX_WORDS) : all;
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field(Fields.TYPE).terms(v -> v.value(List.of(
                FieldValue.of(RecordType.FILM.label()), FieldValue.of(RecordType.PERSON.label())))))));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            filters.add(last && !lastComplete ? Query.of(q -> q.prefix(p -> p.field(Fields.TITLE).value(word)))
                    : OpenSearchQueries.term(Fields.TITLE, word));
        }
        // the score is the popularity signal alone: the embedded completions sort by it, then by votes
        Query popular = Query.of(q -> q.rankFeature(r -> r.field(OpenSearchFields.feature(Fields.FEATURE_POPULARITY))
                .linear(l -> l)));
        var response = client.search(s -> s.index(alias).size(Math.min(limit, 50))
                .query(q -> q.bool(b -> b.filter(filters).should(popular)))
                .sort(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
                        SortOptions.of(o -> o.field(f -> f.field(Fields.VOTES).order(SortOrder.Desc)
                                .missing(FieldValue.of("_last")))))
                .source(src -> src.filter(f -> f.includes(Fields.TYPE, Fields.ID, Fields.TITLE, Fields.YEAR))),
                Map.class);
        List<Suggestion> out = new ArrayList<>();
        for (var h : response.hits().hits()) {
            Map<?, ?> src = h.source();
            Object year = src.get(Fields.YEAR);
            out.add(new Suggestion((String) src.get(Fields.TYPE), (String) src.get(Fields.ID),
                    (String) src.get(Fields.TITLE), year instanceof Number n ? n.intValue() : null));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> Optional<T> find(RecordType type, String id) {
        try {
            var doc = client.get(g -> g.index(alias).id(type.label() + "/" + id).sourceIncludes(Fields.SOURCE),
                    Map.class);
            if (!doc.found()) {
                return Optional.empty();
            }
            return Optional.of((T) codec.decode(type, (String) doc.source().get(Fields.SOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every review or quote of a film (up to {@value #MAX_ATTACHED}). */
    @SuppressWarnings("unchecked")
    private <T extends CatalogRecord> List<T> attached(RecordType type, String filmId) {
        try {
            var response = client.search(s -> s.index(alias).size(MAX_ATTACHED)
                    .query(q -> q.bool(b -> b.filter(OpenSearchQueries.typeFilter(type))
                            .filter(OpenSearchQueries.term(Fields.FILM_ID, filmId))))
                    .source(src -> src.filter(f -> f.includes(Fields.SOURCE))), Map.class);
            List<T> out = new ArrayList<>();
            for (var h : response.hits().hits()) {
                out.add((T) codec.decode(type, (String) h.source().get(Fields.SOURCE)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A series' episodes by season and number (unknown last), or null when no film names it as its series. */
    private FilmPage.Episodes episodes(String seriesId) {
        try {
            var response = client.search(s -> s.index(alias).size(RecordService.EPISODES_ON_PAGE)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> b.filter(OpenSearchQueries.term(Fields.SERIES_ID, seriesId))))
                    .sort(ascending(Fields.SEASON), ascending(Fields.EPISODE), ascending(Fields.TITLE_SORT))
                    .source(src -> src.filter(f -> f.includes(Fields.SOURCE))), Map.class);
            long total = response.hits().total().value();
            if (total == 0) {
                return null;
            }
            List<Film> inOrder = new ArrayList<>();
            for (var h : response.hits().hits()) {
                inOrder.add((Film) codec.decode(RecordType.FILM, (String) h.source().get(Fields.SOURCE)));
            }
            return RecordService.episodes((int) total, inOrder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortOptions ascending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc).missing(FieldValue.of("_last"))));
    }

    /** Rating and votes of a filmography's films that the index holds, by id. */
    private Map<String, RecordService.FilmFacts> facts(List<PersonFilm> films) {
        Set<String> ids = new LinkedHashSet<>();
        films.forEach(pf -> ids.add(pf.filmId()));
        try {
            Map<String, RecordService.FilmFacts> out = new HashMap<>();
            for (Film f : films(List.copyOf(ids)).values()) {
                out.put(f.id(), new RecordService.FilmFacts(f.rating(), f.votes()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
