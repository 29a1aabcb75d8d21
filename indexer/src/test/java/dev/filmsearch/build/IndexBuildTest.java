package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.Review;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuildTest {
    @TempDir
    Path tmp;

    /** A stand-in format: each line "film|Title|Year|Director" or "review|Film title|body"; "boom" fails I/O. */
    private static final FormatReader LINES = new FormatReader() {
        @Override
        public String format() {
            return "jsonl";
        }

        @Override
        public void read(CorpusSource source, RecordSink sink) throws IOException {
            try (BufferedReader in = source.file().openText()) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    String[] f = line.split("\\|");
                    switch (f[0]) {
                        case "film" -> sink.accept(Film.builder(f[1]).year(Integer.parseInt(f[2])).director(f[3])
                                .genre("Documentary").rating(7.5).votes(100L).build());
                        case "review" -> sink.accept(new Review("r-" + n, null, f[1], null, null, null, null, null,
                                null, null, null, f[2], null));
                        case "boom" -> throw new IOException("Unexpected end of ZLIB input stream");
                        default -> sink.reject(new Problem(source.name(), n, "unknown line kind '" + f[0] + "'"));
                    }
                }
            }
        }
    };

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private final IndexBuild build = new IndexBuild(new Formats(Map.of("jsonl", LINES), head -> false),
            BuildListener.NONE, clock);

    /** A build that switches in whatever was read (--accept-rejects). */
    private IndexBuild lenient() {
        return new IndexBuild(new Formats(Map.of("jsonl", LINES), head -> false), BuildListener.NONE, clock,
                new IndexBuild.Settings(64L << 20, true));
    }

    private Path corpus(String... files) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < files.length; i += 2) {
            Path file = corpus.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return corpus;
    }

    @Test
    void builds_an_index_with_per_source_counts_and_rejected_lines() throws Exception {
        Path corpus = corpus(
                "a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\nfilm|Nostalgia de la luz|2010|Patricio Guzmán\n",
                "b/c.jsonl", "review|salvador allende|A moving portrait of Allende and of the people of Chile.\nbad|x\n",
                "README.md", "not a corpus file");

        BuildSummary summary = build.run(corpus, tmp.resolve("index"));

        assertEquals(List.of(
                new SourceSummary("a.jsonl", "jsonl", Map.of(RecordType.FILM, 2), 0, 0),
                new SourceSummary("b/c.jsonl", "jsonl", Map.of(RecordType.REVIEW, 1), 1, 0)), summary.sources());
        assertEquals(2, summary.indexed(RecordType.FILM));
        assertEquals(1, summary.indexed(RecordType.PERSON));
        assertEquals(1, summary.indexed(RecordType.REVIEW));
        assertEquals(1, summary.reviewsAttached());
        assertEquals(1, summary.rejected());
        assertEquals(tmp.resolve("index/gen-000001").toString(), summary.destination());
        assertTrue(Files.readString(tmp.resolve("index/last-build.txt")).contains("b/c.jsonl:2: unknown line kind 'bad'"));
    }

    @Test
    void a_killed_builds_catalogue_store_parts_and_sort_runs_are_removed_by_the_next_build() throws Exception {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n");
        Path index = tmp.resolve("index");
        Files.createDirectories(index.resolve(IndexBuild.CATALOGUE_FOLDER));
        Files.writeString(index.resolve(IndexBuild.CATALOGUE_FOLDER).resolve("000012.sst"), "left by a kill");
        Files.createDirectories(index.resolve(IndexBuild.PARTS_FOLDER).resolve("1"));
        Path sortRuns = Files.createDirectories(
                index.resolve(IndexBuild.SCRATCH_FOLDER).resolve("filmsearch-imdb-tsv-1"));
        Files.writeString(sortRuns.resolve("run-1.bin"), "left by a kill");

        build.run(corpus, index);

        assertEquals(false, Files.exists(index.resolve(IndexBuild.CATALOGUE_FOLDER)));
        assertEquals(false, Files.exists(index.resolve(IndexBuild.PARTS_FOLDER)));
        assertEquals(false, Files.exists(index.resolve(IndexBuild.SCRATCH_FOLDER)));
        assertEquals(List.of(".lock", "CURRENT", "gen-000001", "last-build.txt"),
                Files.list(index).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void a_corpus_whose_file_is_all_rejected_leaves_the_current_index_untouched() throws Exception {
        Path index = tmp.resolve("index");
        build.run(corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n"), index);
        Path good = new IndexLayout(index).current().orElseThrow();
        Files.writeString(tmp.resolve("corpus/b.jsonl"), "quote|x\nquote|y\n");

        CorpusException e = assertThrows(CorpusException.class, () -> build.run(tmp.resolve("corpus"), index));

        assertEquals("a file had most of its records rejected (b.jsonl: 2 of 2 rejected, mostly: unknown line kind)"
                + "; the index was not changed (every problem is in " + index.resolve("last-build.txt")
                + "; --accept-rejects builds anyway)", e.getMessage());
        assertEquals(good, new IndexLayout(index).current().orElseThrow());
        assertTrue(Files.readString(index.resolve("last-build.txt")).startsWith("build refused: a file had most of its"));
        assertEquals(false, Files.exists(index.resolve(IndexBuild.CATALOGUE_FOLDER)));
    }

    @Test
    void accept_rejects_builds_the_rest_anyway() throws Exception {
        Path index = tmp.resolve("index");
        BuildSummary summary = lenient().run(corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n",
                "b.jsonl", "quote|x\nquote|y\n"), index);
        assertEquals(1, summary.indexed(RecordType.FILM));
        assertEquals(2, summary.rejected());
    }

    @Test
    void more_than_a_tenth_of_the_corpus_rejected_refuses_the_build() {
        StringBuilder good = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            good.append("film|Film ").append(i).append("|2000|Someone\n");
        }
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            mixed.append("film|Other ").append(i).append("|2001|Someone\nbad|").append(i).append('\n');
        }
        CorpusException e = assertThrows(CorpusException.class, () -> build.run(corpus("a.jsonl", good.toString(),
                "b.jsonl", mixed.toString()), tmp.resolve("index")));
        assertTrue(e.getMessage().startsWith("15 of the corpus's 120 records were rejected (more than 10%)"),
                e.getMessage());
    }

    @Test
    void reviews_carry_their_films_director_facet() throws Exception {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n"
                + "review|Salvador Allende|A moving portrait.\n");
        build.run(corpus, tmp.resolve("index"));

        try (var dir = FSDirectory.open(new IndexLayout(tmp.resolve("index")).current().orElseThrow());
             var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetsCollector fc = searcher.search(new TermQuery(new Term(Fields.TYPE, "review")),
                    new FacetsCollectorManager());
            var counts = new SortedSetDocValuesFacetCounts(
                    new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config()), fc);
            FacetResult directors = counts.getTopChildren(10, FacetSchema.DIRECTOR);
            assertEquals(1, directors.childCount);
            assertEquals("Patricio Guzmán", directors.labelValues[0].label);
            assertEquals(1, directors.labelValues[0].value.intValue());
            assertEquals("2000s", counts.getTopChildren(10, FacetSchema.DECADE).labelValues[0].label);
        }
    }

    @Test
    void rebuilding_the_same_corpus_gives_the_same_documents() throws Exception {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n");
        build.run(corpus, tmp.resolve("index"));
        List<String> first = ids(tmp.resolve("index"));
        build.run(corpus, tmp.resolve("index"));

        assertEquals(first, ids(tmp.resolve("index")));
        assertEquals(List.of("film/salvador-allende-2004", "person/patricio-guzman"), first);
    }

    @Test
    void an_unreadable_file_is_reported_and_with_accept_rejects_the_other_files_are_still_indexed() throws Exception {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n", "b.jsonl", "boom\n");
        assertThrows(CorpusException.class, () -> build.run(corpus, tmp.resolve("index")));

        BuildSummary summary = lenient().run(corpus, tmp.resolve("index"));

        assertEquals(1, summary.indexed(RecordType.FILM));
        assertEquals(1, summary.rejected());
        assertTrue(Files.readString(tmp.resolve("index/last-build.txt"))
                .contains("b.jsonl:0: unreadable: Unexpected end of ZLIB input stream"));
    }

    @Test
    void a_link_to_a_missing_file_is_listed_as_skipped_and_the_rest_is_indexed() throws Exception {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n");
        Files.createDirectories(corpus.resolve("vega"));
        Files.createSymbolicLink(corpus.resolve("vega/movies.json"), Path.of("../../shared/movies.json"));

        BuildSummary summary = build.run(corpus, tmp.resolve("index"));

        assertEquals(1, summary.indexed(RecordType.FILM));
        assertEquals(List.of("vega/movies.json (a link to ../../shared/movies.json, which is missing)"),
                summary.skippedFiles());
    }

    @Test
    void a_missing_corpus_folder_is_a_one_line_error() {
        Path missing = tmp.resolve("nope");
        CorpusException e = assertThrows(CorpusException.class, () -> build.run(missing, tmp.resolve("index")));
        assertEquals("corpus folder " + missing + " does not exist", e.getMessage());
    }

    @Test
    void a_corpus_without_records_is_a_one_line_error() throws IOException {
        Path corpus = corpus("README.md", "# nothing here", "notes.txt", "plain notes");
        CorpusException e = assertThrows(CorpusException.class, () -> build.run(corpus, tmp.resolve("index")));
        assertEquals("corpus folder " + corpus + " holds no film records (looked for .jsonl, .csv, .json,"
                + " IMDb .tsv dumps and saved title pages, optionally .gz)", e.getMessage());
    }

    @Test
    void an_index_folder_that_cannot_be_created_is_a_one_line_error_and_nothing_is_written() throws IOException {
        Path corpus = corpus("a.jsonl", "film|Salvador Allende|2004|Patricio Guzmán\n");
        Path blocker = Files.writeString(tmp.resolve("file"), "in the way");
        Path index = blocker.resolve("index");
        CorpusException e = assertThrows(CorpusException.class, () -> build.run(corpus, index));
        assertEquals("index folder " + index + " cannot be written: not a directory", e.getMessage());
    }

    private static List<String> ids(Path indexRoot) throws IOException {
        List<String> keys = new ArrayList<>();
        try (var dir = FSDirectory.open(new IndexLayout(indexRoot).current().orElseThrow());
             var reader = DirectoryReader.open(dir)) {
            var stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                var doc = stored.document(i);
                keys.add(doc.get(Fields.TYPE) + "/" + doc.get(Fields.ID));
            }
        }
        return keys;
    }
}
