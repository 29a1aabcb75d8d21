package dev.filmsearch.bench.run;

import dev.filmsearch.bench.docs.BenchDoc;
import dev.filmsearch.bench.docs.BenchDocs;
import dev.filmsearch.server.search.FilmRef;
import dev.filmsearch.server.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exported records by key, as search hits: what lets the relevance judgments, written against filmsearch's
 * hits, judge a peer's answer (a list of keys) the same way.
 */
final class DocLookup {
    private final Map<String, Hit> hits = new HashMap<>();

    static DocLookup read(Path docs) throws IOException, InterruptedException {
        DocLookup lookup = new DocLookup();
        BenchDocs.forEachBatch(docs, 5_000, batch -> batch.forEach(d -> lookup.hits.put(d.key(), hit(d))));
        return lookup;
    }

    static Hit hit(BenchDoc d) {
        FilmRef film = d.filmTitle() == null ? null : new FilmRef(d.filmId(), d.filmTitle(), d.year(), true);
        return new Hit(d.type(), d.id(), d.displayTitle(), d.year(), d.rating(), d.votes(), d.directors(),
                d.genres(), 0f, Map.of(), film, null, null, null, List.of(), List.of());
    }

    /** The hits for keys, in order; a key the export does not have is an error (the engines indexed other data). */
    List<Hit> hits(List<String> keys) {
        return keys.stream().map(k -> {
            Hit h = hits.get(k);
            if (h == null) {
                throw new IllegalStateException("an engine answered '" + k + "', which is not among the exported records");
            }
            return h;
        }).toList();
    }
}
