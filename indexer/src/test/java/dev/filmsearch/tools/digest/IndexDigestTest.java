package dev.filmsearch.tools.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Film;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDigestTest {
    @TempDir
    Path tmp;

    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    private static List<CatalogRecord> films(String secondTitle) {
        return List.of(
                Film.builder("The Godfather").id("tt0068646").year(1972).director("Francis Ford Coppola").build(),
                Film.builder(secondTitle).year(2004).director("Andrés Wood").build());
    }

    @Test
    void two_builds_of_the_same_records_have_the_same_digest_and_a_changed_title_changes_it() throws Exception {
        IndexDigest.Result a = IndexDigest.of(RecordsIndexer.index(tmp.resolve("a"), films("Machuca"), BUILT), null);
        IndexDigest.Result b = IndexDigest.of(RecordsIndexer.index(tmp.resolve("b"), films("Machuca"), BUILT), null);
        IndexDigest.Result c = IndexDigest.of(RecordsIndexer.index(tmp.resolve("c"), films("Machuca!"), BUILT), null);
        assertEquals(a.sha256(), b.sha256());
        assertNotEquals(a.sha256(), c.sha256());
        // the two films and the two directors derived from their credits
        assertEquals(Map.of("film", 2L, "person", 2L), a.perType());
        assertEquals(4, a.documents());
    }

    @Test
    void the_listing_names_each_document_in_document_order() throws Exception {
        StringWriter listing = new StringWriter();
        IndexDigest.of(RecordsIndexer.index(tmp.resolve("a"), films("Machuca"), BUILT), listing);
        List<String> ids = listing.toString().lines().map(l -> l.split("\t")[0] + "/" + l.split("\t")[1]).toList();
        assertEquals(List.of("film/machuca-2004", "film/tt0068646", "person/andres-wood",
                "person/francis-ford-coppola"), ids);
    }
}
