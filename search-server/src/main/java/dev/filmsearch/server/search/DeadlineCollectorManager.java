package dev.filmsearch.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Stops collecting hits when a deadline passes, keeping what was collected: the time budget for filtered
 * searches. {@code IndexSearcher.setTimeout} cannot be used there, because Lucene's drill-sideways scorer (which
 * counts multi-select facets) refuses the scoring windows a timeout splits the index into.
 */
final class DeadlineCollectorManager<C extends Collector, R>
        implements CollectorManager<DeadlineCollectorManager.Timed<C>, R> {
    private static final int CHECK_EVERY = 256;

    private final CollectorManager<C, R> in;
    private final QueryTimeout deadline;
    private final AtomicBoolean timedOut = new AtomicBoolean();

    DeadlineCollectorManager(CollectorManager<C, R> in, QueryTimeout deadline) {
        this.in = in;
        this.deadline = deadline;
    }

    /** True when collection stopped at the deadline, so hits and counts are partial. */
    boolean timedOut() {
        return timedOut.get();
    }

    @Override
    public Timed<C> newCollector() throws IOException {
        return new Timed<>(in.newCollector(), this);
    }

    @Override
    public R reduce(Collection<Timed<C>> collectors) throws IOException {
        List<C> inner = new ArrayList<>(collectors.size());
        for (Timed<C> t : collectors) {
            inner.add(t.collector);
        }
        return in.reduce(inner);
    }

    /** One collector of the wrapped manager, checking the deadline every few hundred hits. */
    static final class Timed<C extends Collector> implements Collector {
        private final C collector;
        private final DeadlineCollectorManager<C, ?> owner;

        Timed(C collector, DeadlineCollectorManager<C, ?> owner) {
            this.collector = collector;
            this.owner = owner;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (owner.deadline.shouldExit()) {
                owner.timedOut.set(true);
                throw new CollectionTerminatedException();
            }
            return new FilterLeafCollector(collector.getLeafCollector(context)) {
                private int count;

                @Override
                public void collect(int doc) throws IOException {
                    if (++count % CHECK_EVERY == 0 && owner.deadline.shouldExit()) {
                        owner.timedOut.set(true);
                        throw new CollectionTerminatedException();
                    }
                    in.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return collector.scoreMode();
        }
    }
}
