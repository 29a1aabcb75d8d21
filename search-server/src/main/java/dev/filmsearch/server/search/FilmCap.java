package dev.filmsearch.server.search;

import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The top hits in the requested order with at most one review or quote per film: of a film's matching reviews and
 * quotes only the best-matching one ({@link FilmGroups}) is a hit, at its own place in the order, and it counts the
 * others as folded. Collected in one pass: records of no film go straight to a top-N queue, a film's reviews and
 * quotes to its group; when every slice is done, the groups' heads are ranked in a second top-N queue (one
 * collect call per head) and the two queues merged. The total counts each film's reviews and quotes once. With
 * the cap off ({@link #applies}) it is a plain top-N collection.
 */
final class FilmCap implements CollectorManager<FilmCap.Capped, FilmCap.Result> {
    /** The hits of the window, the capped total, and per kept review or quote (global doc) how many were folded. */
    record Result(TopFieldDocs top, long total, Map<Integer, Integer> folded) {
    }

    private final IndexReader reader;
    private final Sort sort;
    private final int window;
    private final boolean enabled;
    private final TopFieldCollectorManager free;

    FilmCap(IndexReader reader, Sort sort, int window, boolean enabled) {
        this.reader = reader;
        this.sort = sort;
        this.window = window;
        this.enabled = enabled;
        this.free = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
    }

    /**
     * Whether the cap applies: unless the request asks for reviews or quotes, by the {@code type} parameter or a
     * {@code type:} term in the query.
     */
    static boolean applies(SearchRequest request, UserQuery query) {
        if (request.types().contains(RecordType.REVIEW) || request.types().contains(RecordType.QUOTE)) {
            return false;
        }
        return query.clauses().stream().noneMatch(c -> c instanceof UserQuery.TypeTerm t
                && (t.type() == RecordType.REVIEW || t.type() == RecordType.QUOTE));
    }

    @Override
    public Capped newCollector() throws IOException {
        return new Capped(free.newCollector(), enabled ? new FilmGroups() : null);
    }

    @Override
    public Result reduce(Collection<Capped> collectors) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>(collectors.size());
        List<FilmGroups> parts = new ArrayList<>(collectors.size());
        for (Capped c : collectors) {
            tops.add(c.top);
            if (c.groups != null) {
                parts.add(c.groups);
            }
        }
        TopFieldDocs rest = free.reduce(tops);
        if (!enabled) {
            return new Result(rest, rest.totalHits.value(), Map.of());
        }
        List<FilmGroups.Head> heads = FilmGroups.heads(parts);
        TopFieldDocs ranked = rankHeads(heads);
        TopFieldDocs top = TopDocs.merge(sort, window, new TopFieldDocs[] {rest, ranked});
        Map<Integer, Integer> folded = new HashMap<>();
        for (FilmGroups.Head g : heads) {
            if (g.count() > 1) {
                folded.put(g.doc(), g.count() - 1);
            }
        }
        return new Result(top, rest.totalHits.value() + heads.size(), folded);
    }

    /** The heads (in doc order) in the requested order, top {@code window}. */
    private TopFieldDocs rankHeads(List<FilmGroups.Head> heads) throws IOException {
        TopFieldCollectorManager manager = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE);
        TopFieldCollector collector = manager.newCollector();
        FixedScore scorer = new FixedScore();
        int next = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (next >= heads.size() || heads.get(next).doc() >= end) {
                continue;
            }
            LeafCollector lc = collector.getLeafCollector(leaf);
            lc.setScorer(scorer);
            for (; next < heads.size() && heads.get(next).doc() < end; next++) {
                scorer.score = heads.get(next).score();
                lc.collect(heads.get(next).doc() - leaf.docBase);
            }
        }
        return manager.reduce(List.of(collector));
    }

    /** The score a head was collected with. */
    private static final class FixedScore extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }

    /** One slice's collector: records of no film to the top-N queue, a film's reviews and quotes to its group. */
    static final class Capped implements Collector {
        private final TopFieldCollector top;
        private final FilmGroups groups;

        private Capped(TopFieldCollector top, FilmGroups groups) {
            this.top = top;
            this.groups = groups;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector hits = top.getLeafCollector(context);
            if (groups == null) {
                return hits;
            }
            FilmGroups.Leaf films = groups.leaf(context);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    hits.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!films.collect(doc, scorer)) {
                        hits.collect(doc);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return groups == null ? top.scoreMode() : ScoreMode.COMPLETE;
        }
    }
}
