package dev.filmsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.catalog.FilmFame;
import dev.filmsearch.catalog.FilmSummary;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.model.Alias;
import dev.filmsearch.model.EpisodeOf;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.PersonFilm;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import dev.filmsearch.schema.FieldDescription.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.junit.jupiter.api.Test;

/** What the document mapper writes is what the field descriptions say, so a template made from them is true. */
class DocumentsFollowTheSchemaTest {
    private static final Map<String, FieldDescription> FIELDS = Schema.describe().stream()
            .filter(d -> d.kind() != Kind.FACET && d.kind() != Kind.RANGE_FACET)
            .collect(Collectors.toMap(FieldDescription::name, Function.identity()));

    private static List<Document> documents() {
        Film episode = Film.builder("Pilot").id("tt0000002").year(1999).rating(8.5).votes(1200L).genre("Crime")
                .director("David Chase").castMember("James Gandolfini", "Tony Soprano").plot("A mob boss sees a therapist.")
                .keywords(List.of("mafia")).originalTitle("The Sopranos: Pilot")
                .alias(new Alias("Los Soprano: Piloto", "ES", "es", List.of(), List.of())).titleType("tvEpisode")
                .episodeOf(new EpisodeOf("tt0000001", "The Sopranos", 1, 1)).build();
        Person person = new Person("nm0000001", "James Gandolfini", List.of("actor"), 1961, 2013,
                List.of(new PersonFilm("tt0000002", "Pilot", 1999, "actor", "Tony Soprano")));
        Review review = new Review("r-1", episode.id(), "Pilot", 1999, "A fine start", "someone", null, null, 9.0,
                null, null, "Therapy and mobsters.", Language.EN);
        Quote quote = new Quote("q-1", episode.id(), "Pilot", 1999, "Tony Soprano", "Lo siento mucho.", Language.ES);
        DocumentMapper mapper = new DocumentMapper();
        FilmSummary film = FilmSummary.of(episode);
        return List.of(mapper.toDocument(LinkedRecord.alone(episode)),
                mapper.toDocument(new LinkedRecord(person, null, List.of(new FilmFame(1200, 8.5, 1.0)))),
                mapper.toDocument(new LinkedRecord(review, film, null)),
                mapper.toDocument(new LinkedRecord(quote, film, null)));
    }

    @Test
    void every_field_written_is_described_with_its_kind_and_flags() {
        Set<String> written = new TreeSet<>();
        for (Document doc : documents()) {
            for (IndexableField field : doc.getFields()) {
                if (field.name().equals("$facets")) {
                    continue; // the facet dimensions' doc values and drill-down terms, by FacetsConfig
                }
                FieldDescription d = FIELDS.get(field.name());
                assertNotNull(d, field.name() + " is written but not in the schema");
                assertTrue(agrees(d, field.fieldType()), field.name() + ": " + field.fieldType() + " vs " + d);
                written.add(field.name());
            }
        }
        assertEquals(new TreeSet<>(FIELDS.keySet()), written, "every described field is written");
    }

    /** Whether one Lucene field (a text, a point, a doc value, a stored value…) is a part the description has. */
    private static boolean agrees(FieldDescription d, IndexableFieldType type) {
        boolean indexedTerms = type.indexOptions() != IndexOptions.NONE;
        boolean point = type.pointDimensionCount() > 0;
        boolean docValues = type.docValuesType() != DocValuesType.NONE;
        if (type.stored() && !d.stored()) {
            return false;
        }
        return switch (d.kind()) {
            case TEXT -> type.tokenized() && type.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
            case KEYWORD -> !type.tokenized() && type.indexOptions() == IndexOptions.DOCS;
            case NUMBER -> !indexedTerms && (point ? d.indexed() : docValues ? d.docValues() : type.stored());
            case SORT_KEY -> type.docValuesType() == DocValuesType.SORTED;
            case RANK_FEATURES -> type.indexOptions() == IndexOptions.DOCS_AND_FREQS;
            case STORED -> type.stored() && !indexedTerms && !docValues && !point;
            case FACET, RANGE_FACET -> false;
        };
    }
}
