package dev.filmsearch.corpus.rows;

import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
public final class CollectingSink implements RecordSink {
    public final List<CatalogRecord> records = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(CatalogRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Problem problem) {
        problems.add(problem);
    }

    /** The problems as printed: "file:line: reason". */
    public List<String> problemLines() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The records of one class, in order. */
    public <T extends CatalogRecord> List<T> all(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
