package dev.filmsearch.bench.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.filmsearch.catalog.Catalog;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDocExporterTest {
    @TempDir
    Path dir;

    private static CatalogContents catalogue() {
        Catalog catalog = new Catalog();
        catalog.accept(Film.builder("El laberinto del fauno").id("tt0457430").originalTitle("Pan's Labyrinth")
                .year(2006).genre("Fantasy").genre("War").director("Guillermo del Toro")
                .castMember("Ivana Baquero", "Ofelia").rating(8.2).votes(700_000L)
                .plot("En la posguerra española, una niña se adentra en un laberinto.").build());
        catalog.accept(new Review("r1", "tt0457430", null, null, "A dark fairy tale", "ana", null, null, 9.0, null,
                null, "Beautiful and cruel.", Language.EN));
        return catalog.finish();
    }

    /** The first record of a type in a pass over the catalogue, with what the catalogue linked to it. */
    private static LinkedRecord first(CatalogContents contents, Class<?> type) {
        try (CatalogContents.Cursor records = contents.records()) {
            for (LinkedRecord r = records.next(); r != null; r = records.next()) {
                if (type.isInstance(r.record())) {
                    return r;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void a_film_keeps_its_titles_people_facets_and_plot_language() {
        BenchDoc film = new BenchDocExporter().toDoc(first(catalogue(), Film.class));
        assertEquals(new BenchDoc("film/tt0457430", "film", "tt0457430", "El laberinto del fauno", "Pan's Labyrinth",
                List.of("Guillermo del Toro", "Ivana Baquero"), List.of("Ofelia"),
                "En la posguerra española, una niña se adentra en un laberinto.", "es", List.of("Fantasy", "War"),
                List.of("Guillermo del Toro"), 2006, 8.2, 700_000L, null, null), film);
    }

    @Test
    void a_review_carries_its_films_facets_and_title_but_no_title_of_its_own() {
        CatalogContents contents = catalogue();
        BenchDoc review = new BenchDocExporter().toDoc(first(contents, Review.class));
        assertEquals("review/r1", review.key());
        assertEquals(null, review.title());
        assertEquals("A dark fairy tale\nBeautiful and cruel.", review.text());
        assertEquals(List.of("Fantasy", "War"), review.genres());
        assertEquals(List.of("Guillermo del Toro"), review.directors());
        assertEquals(2006, review.year());
        assertEquals("tt0457430", review.filmId());
        assertEquals("El laberinto del fauno", review.displayTitle());
    }

    @Test
    void writes_one_json_line_per_record_that_reads_back_equal() throws Exception {
        CatalogContents contents = catalogue();   // the film, its two people, the review
        Path out = dir.resolve("docs.jsonl");
        assertEquals(4, BenchDocExporter.write(contents, out));
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        assertEquals(true, lines.get(0).startsWith("{\"key\":\"film/tt0457430\",\"type\":\"film\""));
        List<BenchDoc> read = new java.util.ArrayList<>();
        assertEquals(4, BenchDocs.forEachBatch(out, 3, read::addAll));
        assertEquals(new BenchDocExporter().toDoc(first(contents, Film.class)), read.get(0));
    }
}
