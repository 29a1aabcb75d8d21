package dev.filmsearch.build;

import dev.filmsearch.corpus.Formats;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.schema.FacetSchema;
import dev.filmsearch.schema.Fields;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Builds an index of the IMDb TSV series fixture (indexer/src/test/resources/imdbtsv/series) beside a JSON Lines
 * film from another source: the title-type facet, aliases as exact titles, and an episode's series link.
 */
class ImdbSeriesIndexIT {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException, URISyntaxException {
        Path fixture = Path.of(Objects.requireNonNull(getClass().getResource("/imdbtsv/series")).toURI());
        Path dumps = Files.createDirectories(tmp.resolve("corpus/imdb"));
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dumps.resolve(f.getFileName()));
            }
        }
        Files.writeString(tmp.resolve("corpus/other.jsonl"),
                "{\"type\":\"film\",\"title\":\"Salvador Allende\",\"year\":2004}\n");
        return tmp.resolve("corpus");
    }

    private DirectoryReader build(Formats formats) throws Exception {
        new IndexBuild(formats, BuildListener.NONE, Clock.systemUTC()).run(corpus(), tmp.resolve("index"));
        return DirectoryReader.open(FSDirectory.open(new IndexLayout(tmp.resolve("index")).current().orElseThrow()));
    }

    private static Map<String, Integer> titleTypes(DirectoryReader reader) throws IOException {
        FacetsCollector fc = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(reader, FacetSchema.config()), fc);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (LabelAndValue lv : counts.getTopChildren(20, FacetSchema.TITLE_TYPE).labelValues) {
            out.put(lv.label, lv.value.intValue());
        }
        return out;
    }

    private static List<String> ids(DirectoryReader reader, Query query, Sort sort) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, 100, sort).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get(Fields.ID));
        }
        return ids;
    }

    @Test
    void every_title_type_is_a_facet_value_and_films_of_other_sources_count_as_movies() throws Exception {
        try (DirectoryReader reader = build(Formats.standard())) {
            assertEquals(Map.of("tvEpisode", 3, "movie", 3, "tvSeries", 2, "short", 1), titleTypes(reader));
        }
    }

    @Test
    void aliases_are_exact_titles_and_episodes_are_found_by_their_series_in_season_order() throws Exception {
        try (DirectoryReader reader = build(Formats.standard())) {
            Sort bySeasonAndEpisode = new Sort(new SortField(Fields.SEASON, SortField.Type.INT),
                    new SortField(Fields.EPISODE, SortField.Type.INT));

            assertEquals(List.of("tt0068646"), ids(reader, new TermQuery(new Term(Fields.TITLE_KEY, "elpadrino")),
                    Sort.INDEXORDER));
            assertEquals(List.of("tt0068646"), ids(reader, new TermQuery(new Term(Fields.ALT_TITLE, "pate")),
                    Sort.INDEXORDER));
            assertEquals(List.of("tt0959621", "tt1054724"),
                    ids(reader, new TermQuery(new Term(Fields.SERIES_ID, "tt0903747")), bySeasonAndEpisode));
            assertEquals(List.of("tt10001002"),
                    ids(reader, new TermQuery(new Term(Fields.SERIES_ID, "tt1000102")), bySeasonAndEpisode));
        }
    }

    @Test
    void title_types_option_indexes_only_those_types() throws Exception {
        Formats movieAndSeries = dev.filmsearch.cli.IndexCommandAccess.withTitleTypes(Formats.standard(),
                List.of("movie", "tvSeries"));

        try (DirectoryReader reader = build(movieAndSeries)) {
            assertEquals(Map.of("movie", 3, "tvSeries", 2), titleTypes(reader));
        }
    }
}
