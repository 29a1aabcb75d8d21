package dev.filmsearch.corpus;

import dev.filmsearch.model.CatalogRecord;

/** Where a reader puts what it read: each good record, and each skipped input with its reason. */
public interface RecordSink {
    void accept(CatalogRecord record);

    void reject(Problem problem);
}
