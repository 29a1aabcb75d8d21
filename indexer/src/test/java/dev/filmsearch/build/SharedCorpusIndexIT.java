package dev.filmsearch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.rows.SharedCorpusFixture;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.schema.Fields;
import dev.filmsearch.schema.RecordCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes the real shared sets named by the indexer issue — IMDb Top 1000 CSV, IMDB 5000 CSV, the three IMDb
 * TSV samples, the muchocine Spanish reviews and the aclImdb reviews — through the whole pipeline, and pins what
 * was read, merged, indexed and rejected. Skipped when ../shared/corpus is absent.
 */
class SharedCorpusIndexIT {
    private static final List<String> FILES = List.of(
            "imdb-top-1000/imdb_top_1000.csv",
            "imdb-5000-movie-metadata/movie_metadata.csv",
            "imdb-tsv-samples/nolan-filmography/title.basics.tsv",
            "imdb-tsv-samples/nolan-filmography/title.crew.tsv",
            "imdb-tsv-samples/nolan-filmography/title.ratings.tsv",
            "imdb-tsv-samples/nolan-filmography/name.basics.tsv",
            "imdb-tsv-samples/ocheretko-2000-movies/title.basics.tsv",
            "imdb-tsv-samples/ocheretko-2000-movies/title.principals.tsv",
            "imdb-tsv-samples/ocheretko-2000-movies/name.basics.tsv",
            "imdb-tsv-samples/earliest-titles/title.basics.tsv",
            "imdb-tsv-samples/earliest-titles/title.ratings.tsv",
            "muchocine-es-reviews/muchocine_reviews.jsonl.gz",
            "aclimdb-reviews/aclimdb_reviews.jsonl.gz");

    @TempDir
    static Path index;
    static SharedCorpusFixture.Corpus corpus;
    static BuildSummary summary;

    @BeforeAll
    static void build() throws Exception {
        corpus = SharedCorpusFixture.require().build(FILES);
        summary = new IndexBuild(Formats.standard(), BuildListener.NONE, Clock.systemUTC()).run(corpus.root(), index);
    }

    @AfterAll
    static void removeLinks() throws IOException {
        if (corpus != null) {
            corpus.close();
        }
    }

    @Test
    void every_source_gives_its_exact_records_and_rejected_rows() {
        assertEquals(List.of(
                source("aclimdb-reviews/aclimdb_reviews.jsonl.gz", "jsonl", Map.of(RecordType.REVIEW, 50_000), 0, 0,
                        "aclimdb-reviews/aclimdb_reviews.mapping.json"),
                source("imdb-5000-movie-metadata/movie_metadata.csv", "csv", Map.of(RecordType.FILM, 5_042), 1, 0),
                source("imdb-top-1000/imdb_top_1000.csv", "csv", Map.of(RecordType.FILM, 1_000), 0, 1),
                source("imdb-tsv-samples/earliest-titles", "imdb-tsv", Map.of(RecordType.FILM, 249), 28, 0),
                source("imdb-tsv-samples/nolan-filmography", "imdb-tsv",
                        Map.of(RecordType.FILM, 15, RecordType.PERSON, 1), 3, 18), // the 3: files out of order
                source("imdb-tsv-samples/ocheretko-2000-movies", "imdb-tsv",
                        Map.of(RecordType.FILM, 2_000, RecordType.PERSON, 10_177), 8, 0), // 1: name.basics out of order
                source("muchocine-es-reviews/muchocine_reviews.jsonl.gz", "jsonl", Map.of(RecordType.REVIEW, 3_877), 1, 0,
                        "muchocine-es-reviews/muchocine_reviews.mapping.json")),
                summary.sources());
    }

    private static SourceSummary source(String name, String format, Map<RecordType, Integer> read, int rejected,
                                        int ignored) {
        return new SourceSummary(name, format, read, rejected, ignored);
    }

    /** A source read with the mapping file beside it. */
    private static SourceSummary source(String name, String format, Map<RecordType, Integer> read, int rejected,
                                        int ignored, String mapping) {
        return new SourceSummary(name, format, read, rejected, ignored, mapping);
    }

    @Test
    void duplicates_across_files_are_merged_into_exact_per_type_counts() {
        assertEquals(Map.of(RecordType.FILM, 8_306, RecordType.PERSON, 10_178, RecordType.REVIEW, 53_877,
                RecordType.QUOTE, 0), summary.read());
        // people: 20,617 before IMDb knownForTitles outside the TSV folders linked 152 name-only people to theirs
        assertEquals(Map.of(RecordType.FILM, 7_739, RecordType.PERSON, 20_465, RecordType.REVIEW, 53_877,
                RecordType.QUOTE, 0), summary.indexed());
        assertEquals(8_306 - 7_739, summary.filmMerges().mergedTotal());
        assertEquals(41, summary.rejected());
        assertEquals(8_871, summary.reviewsAttached()); // 8,809 before merges by title forms and ids of merged records
    }

    @Test
    void the_dark_knight_from_three_sources_is_one_film_with_nolans_imdb_id_and_the_most_voted_rating() throws IOException {
        Film film = (Film) stored(RecordType.FILM, "tt0468569");

        assertEquals("The Dark Knight", film.title());
        assertEquals(2008, film.year());
        assertEquals(9.0, film.rating());
        assertEquals(2_991_391L, film.votes());
        assertEquals(new Credit("nm0634240", "Christopher Nolan"), film.directors().getFirst());
    }

    @Test
    void every_muchocine_review_is_indexed_as_spanish_text() throws IOException {
        try (var dir = FSDirectory.open(new IndexLayout(index).current().orElseThrow());
             var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(3_877, searcher.count(new TermQuery(new Term(Fields.LANGUAGE, "es"))));
            assertEquals(50_000, searcher.count(new TermQuery(new Term(Fields.LANGUAGE, "en"))));
        }
    }

    private static Object stored(RecordType type, String id) throws IOException {
        try (var dir = FSDirectory.open(new IndexLayout(index).current().orElseThrow());
             var reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, type.label())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER).build();
            var top = searcher.search(query, 2);
            assertEquals(1, top.totalHits.value());
            String json = searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.SOURCE);
            return new RecordCodec().decode(type, json);
        }
    }
}
