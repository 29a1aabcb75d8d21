package dev.filmsearch.server.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A rewritten query whose scoring weight is made once for its reader and shared by every pass of one search that
 * scores it: the collecting pass (or its drill sideways), the evidence search that nests it, and the scores of a
 * sorted page. Without it each pass rewrote the query again (a walk of every clause) and made its weight again
 * (every term's statistics looked up once more). Other score modes, boosts or readers make their own weight.
 */
final class SharedWeightQuery extends Query {
    private final Query query;
    private final IndexReader reader;
    private Weight scoring;

    /** @param query rewritten for {@code reader} */
    SharedWeightQuery(Query query, IndexReader reader) {
        this.query = query;
        this.reader = reader;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (scoreMode != ScoreMode.COMPLETE || boost != 1f || searcher.getIndexReader() != reader) {
            return searcher.createWeight(query, scoreMode, boost);
        }
        synchronized (this) {
            if (scoring == null) {
                scoring = searcher.createWeight(query, scoreMode, boost);
            }
            return scoring;
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return query.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((SharedWeightQuery) other).query)
                && reader == ((SharedWeightQuery) other).reader;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + query.hashCode();
    }
}
