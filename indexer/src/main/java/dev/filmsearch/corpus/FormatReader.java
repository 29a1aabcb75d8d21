package dev.filmsearch.corpus;

import java.io.IOException;

/**
 * Reads one corpus source (a file, or for IMDb TSV dumps a folder of joined files) into records.
 * Readers are pure: no index, no shared state; every record and every problem goes to the sink.
 * A malformed line, row or page is a {@link Problem} and reading goes on; only an I/O failure throws.
 */
public interface FormatReader {
    /** Short name of the format for summaries: "title-page", "jsonl", "csv", "imdb-tsv". */
    String format();

    void read(CorpusSource source, RecordSink sink) throws IOException;

    /**
     * How many times {@link #read} reads each byte of its files, so progress over a {@link ReadMeter} knows the
     * whole amount: 1 for a reader that reads each file once.
     */
    default int passes() {
        return 1;
    }
}
