package dev.filmsearch.server.records;

import dev.filmsearch.catalog.LanguageDetector;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Analyzers;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.KeywordFieldDef;
import dev.filmsearch.schema.RecordCodec;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * "People who liked this also liked": the films most like a film, from the index itself, for films whose corpus
 * gives no related films. A film is liked for what it shares with this one, each a constant score: a director
 * ({@link #DIRECTOR}) or a writer ({@link #WRITER}) by person id, one of the first {@link #BILLED} of the cast
 * ({@link #CAST}), a genre ({@link #GENRE}), and the words of the plot and keywords that are rare in the index
 * (Lucene's {@code MoreLikeThis}, scaled by {@link #PLOT}); then the more popular (log of votes) first among
 * equals ({@link #POPULARITY}). Only films (not episodes) other than this one, at least one thing shared; ties in
 * index order, so the list is the same on every call.
 */
final class AlsoLiked {
    static final int COUNT = 6;
    static final float DIRECTOR = 4f;
    static final float WRITER = 1.5f;
    static final float CAST = 2f;
    static final float GENRE = 1f;
    static final float PLOT = 0.3f;
    static final float POPULARITY = 0.1f;
    static final int BILLED = 8;
    private static final int PLOT_TERMS = 12;

    private final Analyzer analyzer = Analyzers.perField();
    private final FacetsConfig facets = FacetSchema.config();
    private final LanguageDetector languages = new LanguageDetector();
    private final RecordCodec codec = new RecordCodec();

    /** The films most like {@code film}, best first, with what each shares with it. */
    List<FilmPage.AlsoLikedFilm> of(IndexSearcher searcher, Film film) throws IOException {
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        for (Credit c : film.directors()) {
            add(shared, Schema.PERSON_ID, c.personId(), DIRECTOR);
        }
        for (Credit c : film.writers()) {
            add(shared, Schema.PERSON_ID, c.personId(), WRITER);
        }
        List<CastMember> billed = film.cast().subList(0, Math.min(BILLED, film.cast().size()));
        for (CastMember c : billed) {
            add(shared, Schema.PERSON_ID, c.personId(), CAST);
        }
        for (String genre : film.genres()) {
            shared.add(constant(Schema.GENRE_FACET.termQuery(facets, genre), GENRE), Occur.SHOULD);
        }
        Query plot = plot(searcher, film);
        if (plot != null) {
            shared.add(new BoostQuery(plot, PLOT), Occur.SHOULD);
        }
        BooleanQuery sharing = shared.build();
        if (sharing.clauses().isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(sharing, Occur.MUST)
                .add(Schema.TYPE.termQuery(RecordType.FILM.label()), Occur.FILTER)
                .add(Schema.KEY.termQuery(RecordType.FILM.label() + "/" + film.id()), Occur.MUST_NOT)
                .add(Schema.TITLE_TYPE.termQuery(Fields.EPISODE_TYPE), Occur.MUST_NOT)
                .add(Schema.FEATURES.linearQuery(Fields.FEATURE_POPULARITY, POPULARITY), Occur.SHOULD)
                .build();
        Set<String> directorIds = new HashSet<>();
        film.directors().forEach(c -> directorIds.add(c.personId()));
        Set<String> castIds = new HashSet<>();
        billed.forEach(c -> castIds.add(c.personId()));
        StoredFields stored = searcher.storedFields();
        List<FilmPage.AlsoLikedFilm> out = new ArrayList<>(COUNT);
        for (ScoreDoc hit : searcher.search(query, COUNT).scoreDocs) {
            Film other = (Film) codec.decode(RecordType.FILM,
                    stored.document(hit.doc, Set.of(Fields.SOURCE)).get(Fields.SOURCE));
            out.add(describe(other, directorIds, castIds, film.genres()));
        }
        return out;
    }

    private static void add(BooleanQuery.Builder shared, KeywordFieldDef field, String value, float weight) {
        if (value != null) {
            shared.add(constant(field.termQuery(value), weight), Occur.SHOULD);
        }
    }

    private static Query constant(Query q, float weight) {
        return new BoostQuery(new ConstantScoreQuery(q), weight);
    }

    /**
     * The rarest words of the keywords and plot, in the text field the indexer put the plot in (by its language;
     * English without one, where keywords always go); null without either.
     */
    private Query plot(IndexSearcher searcher, Film film) throws IOException {
        List<String> parts = new ArrayList<>(film.keywords());
        if (film.plot() != null) {
            parts.add(film.plot());
        }
        if (parts.isEmpty()) {
            return null;
        }
        String text = String.join(". ", parts);
        String field = Schema.text(languages.detect(film.plot())).name();
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(PLOT_TERMS);
        Query q = mlt.like(field, new StringReader(text));
        return q instanceof BooleanQuery b && b.clauses().isEmpty() ? null : q;
    }

    /** The other film with the directors, cast members (by person id) and genres it shares with this one. */
    private static FilmPage.AlsoLikedFilm describe(Film other, Set<String> directorIds, Set<String> castIds,
                                                   List<String> genres) {
        List<String> directors = other.directors().stream().filter(c -> directorIds.contains(c.personId()))
                .map(Credit::name).distinct().toList();
        List<String> actors = other.cast().stream().filter(c -> castIds.contains(c.personId()))
                .map(CastMember::name).distinct().toList();
        return new FilmPage.AlsoLikedFilm(other.id(), other.title(), other.year(), other.rating(),
                other.directors().stream().map(Credit::name).toList(), directors, actors,
                other.genres().stream().filter(genres::contains).toList());
    }
}
