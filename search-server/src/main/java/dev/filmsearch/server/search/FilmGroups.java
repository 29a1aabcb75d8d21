package dev.filmsearch.server.search;

import dev.filmsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * A film's matching reviews and quotes, grouped by the film they are of ({@link Fields#OF_FILM}): per film the
 * best-matching one (highest score; on a tie the first in index order) and how many matched. Records without the
 * field (films, people) belong to no group. Filled one index segment at a time ({@link #leaf}), keyed by the
 * segment's ordinals while collecting and by film only when a segment is done, so a matching review costs an
 * ordinal look-up, not a string. Not thread-safe: one per collector.
 */
final class FilmGroups {
    /** The best-matching review or quote of a film (global doc id, score) and the number of matches. */
    record Group(String film, int doc, float score, int count) {
        /** Both groups of one film as one: the better head, the counts added. */
        Group merge(Group other) {
            Group best = score > other.score || score == other.score && doc < other.doc ? this : other;
            return new Group(film, best.doc, best.score, count + other.count);
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Leaf> leaves = new ArrayList<>();

    /** Adds a group, merging it with the film's group so far. */
    void add(Group group) {
        groups.merge(group.film(), group, Group::merge);
    }

    /** Adds every group of another instance (another slice of the index). */
    void addAll(FilmGroups other) throws IOException {
        for (Group g : other.groups().values()) {
            add(g);
        }
    }

    /** The groups by film, the segments collected so far included. */
    Map<String, Group> groups() throws IOException {
        for (Leaf leaf : leaves) {
            leaf.flush();
        }
        leaves.clear();
        return groups;
    }

    /**
     * The head of a film's group (its best-matching review or quote: global doc id and score) and the group's size,
     * where the film itself is not wanted.
     */
    record Head(int doc, float score, int count) {
    }

    /**
     * The heads of the groups of several collectors, in doc order. With one index segment in all, each film's group
     * is whole already and is read by its segment ordinal, without looking the film up; else the groups are merged
     * by film across segments ({@link #merged}).
     */
    static List<Head> heads(Collection<FilmGroups> parts) throws IOException {
        List<Head> out = new ArrayList<>();
        List<Leaf> leaves = parts.stream().flatMap(p -> p.leaves.stream()).toList();
        boolean grouped = parts.stream().anyMatch(p -> !p.groups.isEmpty());
        if (leaves.size() == 1 && !grouped) {
            Leaf leaf = leaves.getFirst();
            leaf.byOrd.values().forEach(b -> out.add(new Head(leaf.docBase + b.doc, b.score, b.count)));
        } else {
            merged(parts).groups().values().forEach(g -> out.add(new Head(g.doc(), g.score(), g.count())));
        }
        out.sort(java.util.Comparator.comparingInt(Head::doc));
        return out;
    }

    /** The groups of several collectors as one. */
    static FilmGroups merged(Collection<FilmGroups> parts) throws IOException {
        FilmGroups all = new FilmGroups();
        for (FilmGroups part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Collecting one segment. */
    Leaf leaf(LeafReaderContext context) throws IOException {
        Leaf leaf = new Leaf(DocValues.getSorted(context.reader(), Fields.OF_FILM), context.docBase);
        leaves.add(leaf);
        return leaf;
    }

    /** Collects the groups of a query's matches (records of no film are skipped). */
    static final class Manager implements CollectorManager<Manager.Grouping, FilmGroups> {
        @Override
        public Grouping newCollector() {
            return new Grouping(new FilmGroups());
        }

        @Override
        public FilmGroups reduce(Collection<Grouping> collectors) throws IOException {
            return merged(collectors.stream().map(Grouping::groups).toList());
        }

        record Grouping(FilmGroups groups) implements Collector {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                FilmGroups.Leaf leaf = groups.leaf(context);
                return new LeafCollector() {
                    private Scorable scorer;

                    @Override
                    public void setScorer(Scorable scorer) {
                        this.scorer = scorer;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        leaf.collect(doc, scorer);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        }
    }

    /** One segment's groups, by ordinal. */
    final class Leaf {
        private final SortedDocValues films;
        private final int docBase;
        private final Map<Integer, Best> byOrd = new HashMap<>();

        private Leaf(SortedDocValues films, int docBase) {
            this.films = films;
            this.docBase = docBase;
        }

        /** Adds a matching record to its film's group; false (nothing added) when it is of no film. */
        boolean collect(int doc, Scorable scorer) throws IOException {
            if (!films.advanceExact(doc)) {
                return false;
            }
            float score = scorer.score();
            Best best = byOrd.computeIfAbsent(films.ordValue(), ord -> new Best());
            if (best.count++ == 0 || score > best.score) {
                best.doc = doc;
                best.score = score;
            }
            return true;
        }

        private void flush() throws IOException {
            for (Map.Entry<Integer, Best> e : byOrd.entrySet()) {
                Best b = e.getValue();
                add(new Group(films.lookupOrd(e.getKey()).utf8ToString(), docBase + b.doc, b.score, b.count));
            }
            byOrd.clear();
        }
    }

    private static final class Best {
        int doc;
        float score;
        int count;
    }
}
