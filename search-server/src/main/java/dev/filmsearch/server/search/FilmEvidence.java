package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reviews and quotes as evidence for their films. {@link #attach}: one search, bounded to the reviews and quotes of
 * the films of a page, finds each film's best match ({@link FilmGroups}). {@link #quotedFilms}: the films of the
 * quotes that best match a remembered line, so that a line finds its film as well as its quote.
 */
final class FilmEvidence {
    /** The films of at most this many quotes a line matched are found through them. */
    static final int QUOTED_FILMS = 10;

    private FilmEvidence() {
    }

    /**
     * The page's film hits with their evidence: the review or quote of the film that matches {@code matched} (the
     * ranked query) and {@code ownText} (words in its own text), best score first. A film whose whole title is the
     * query gets none: it matched as a known item.
     */
    static List<Hit> attach(List<Hit> hits, IndexSearcher searcher, Query matched, Query ownText, String titleKey,
                            HitRenderer renderer) throws IOException {
        Set<String> films = new LinkedHashSet<>();
        for (Hit h : hits) {
            if (h.type().equals(RecordType.FILM.label()) && !titleKey.equals(dev.filmsearch.model.Text.titleKey(h.title()))) {
                films.add(h.id());
            }
        }
        if (films.isEmpty() || ownText == null) {
            return hits;
        }
        BooleanQuery.Builder ofFilms = new BooleanQuery.Builder();
        films.forEach(id -> ofFilms.add(Schema.FILM_ID.termQuery(id), Occur.SHOULD));
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        types.add(RankedQueryBuilder.typeFilter(RecordType.REVIEW), Occur.SHOULD);
        types.add(RankedQueryBuilder.typeFilter(RecordType.QUOTE), Occur.SHOULD);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(matched, Occur.MUST);
        q.add(ofFilms.build(), Occur.FILTER);
        q.add(types.build(), Occur.FILTER);
        q.add(ownText, Occur.FILTER);
        Map<String, FilmGroups.Group> best = searcher.search(q.build(), new FilmGroups.Manager()).groups();
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            FilmGroups.Group g = films.contains(h.id()) ? best.get(h.id()) : null;
            Evidence e = g == null ? null : renderer.evidence(g.doc(), g.count());
            out.add(e == null ? h : h.withEvidence(e));
        }
        return out;
    }

    /**
     * The films of the quotes that best match {@code line}, each scored as its best quote: an alternative match
     * for {@link RankedQueryBuilder#build}. Films only; the catalogue's films (the quotes' film ids) only.
     */
    static Query quotedFilms(IndexSearcher searcher, Query line) throws IOException {
        List<FilmGroups.Group> groups = new ArrayList<>(searcher.search(line, new FilmGroups.Manager()).groups().values());
        groups.sort(Comparator.comparingDouble(FilmGroups.Group::score).reversed()
                .thenComparingInt(FilmGroups.Group::doc));
        BooleanQuery.Builder films = new BooleanQuery.Builder();
        int n = 0;
        for (FilmGroups.Group g : groups.subList(0, Math.min(QUOTED_FILMS, groups.size()))) {
            if (!g.film().startsWith("~")) {
                films.add(new BoostQuery(new ConstantScoreQuery(Schema.FILM_ID.termQuery(g.film())), g.score()),
                        Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return new MatchNoDocsQuery("no quote matches the line");
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(films.build(), Occur.MUST);
        q.add(RankedQueryBuilder.typeFilter(RecordType.FILM), Occur.FILTER);
        return q.build();
    }
}
