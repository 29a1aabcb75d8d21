package dev.filmsearch.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.build.RecordsIndexer;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.RecordType;
import dev.filmsearch.model.RelatedFilm;
import dev.filmsearch.model.Review;
import dev.filmsearch.schema.RecordCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tiny catalogue written for these tests (five films, three reviews, two quotes; people derived from the credits),
 * and a corpus format for it: {@code records.jsonl}, one {@code {"type":…, "record":…}} line per record.
 */
final class Fixtures {
    static final Instant BUILT_AT = Instant.parse("2026-01-02T03:04:05Z");
    private static final RecordCodec CODEC = new RecordCodec();

    private Fixtures() {
    }

    static final Credit GUZMAN = new Credit("nm9000001", "Patricio Guzmán");
    static final Credit COPPOLA = Credit.named("Francis Ford Coppola");

    static List<CatalogRecord> catalogue() {
        List<CatalogRecord> records = new ArrayList<>();
        records.add(Film.builder("Salvador Allende").id("tt9000001").year(2004)
                .directors(List.of(GUZMAN)).genres(List.of("Documentary", "Biography"))
                .castMember("Salvador Allende", "Self").rating(7.6).votes(1_200L).runtimeMinutes(100)
                .languages(List.of("Spanish")).countries(List.of("Chile"))
                .plot("The life and works of Chilean president Salvador Allende.")
                .related(List.of(new RelatedFilm("tt9000002", "The Battle of Chile", 1975, 8.3,
                        List.of("Documentary"), null, List.of("Patricio Guzmán"), List.of())))
                .build());
        records.add(Film.builder("The Battle of Chile").id("tt9000002").originalTitle("La batalla de Chile")
                .year(1975).directors(List.of(GUZMAN)).genres(List.of("Documentary")).rating(8.3).votes(3_400L)
                .plot("The political tension in Chile in 1973.").build());
        records.add(Film.builder("Nostalgia for the Light").id("tt9000003").originalTitle("Nostalgia de la luz")
                .year(2010).directors(List.of(GUZMAN)).genres(List.of("Documentary")).rating(7.9).votes(5_600L)
                .plot("Astronomers in the Atacama desert.").build());
        records.add(Film.builder("The Godfather").id("tt9000004").year(1972)
                .directors(List.of(COPPOLA)).writers(List.of(Credit.named("Mario Puzo")))
                .genres(List.of("Crime", "Drama"))
                .castMember("Marlon Brando", "Vito Corleone").castMember("Al Pacino", "Michael Corleone")
                .rating(9.2).votes(2_000_000L).releaseDate(LocalDate.of(1972, 3, 24), "USA")
                .plot("The aging patriarch of an organized crime dynasty transfers control to his son.").build());
        records.add(Film.builder("The Godfather Part III").id("tt9000005").year(1990)
                .directors(List.of(COPPOLA)).genres(List.of("Crime", "Drama"))
                .castMember("Al Pacino", "Michael Corleone").rating(7.6).votes(400_000L).build());
        records.add(new Review("r-fixture-1", "tt9000004", "The Godfather", 1972, "An offer you cannot refuse",
                "critic1", "London", LocalDate.of(2001, 5, 6), 10.0, 16, 19,
                "The best crime film ever made.", Language.EN));
        records.add(new Review("r-fixture-2", "tt9000004", "The Godfather", 1972, "Too long",
                "critic2", null, LocalDate.of(2003, 1, 2), 6.0, 2, 10, "Slow, but well acted.", Language.EN));
        records.add(new Review("r-fixture-3", null, "Salvador Allende", 2004, "Un retrato necesario",
                "crítico", "Santiago", null, 8.0, null, null,
                "Un documental necesario sobre la vida de Allende.", Language.ES));
        records.add(new Quote("q-fixture-1", "tt9000004", "The Godfather", 1972, "Vito Corleone",
                "I'm gonna make him an offer he can't refuse.", Language.EN));
        records.add(new Quote("q-fixture-2", "tt9000005", "The Godfather Part III", 1990, "Michael Corleone",
                "Just when I thought I was out, they pull me back in.", Language.EN));
        return records;
    }

    /** Indexes records into a new generation of the index folder. */
    static Path index(Path indexRoot, List<? extends CatalogRecord> records) throws IOException {
        return RecordsIndexer.index(indexRoot, records, BUILT_AT);
    }

    /** Writes records as the corpus folder's {@code records.jsonl}. */
    static void writeCorpus(Path corpus, List<? extends CatalogRecord> records) throws IOException {
        Files.createDirectories(corpus);
        ObjectMapper mapper = CODEC.mapper();
        StringBuilder lines = new StringBuilder();
        for (CatalogRecord r : records) {
            ObjectNode line = mapper.createObjectNode();
            line.put("type", r.type().label());
            line.set("record", mapper.readTree(CODEC.encode(r)));
            lines.append(mapper.writeValueAsString(line)).append('\n');
        }
        Files.writeString(corpus.resolve("records.jsonl"), lines, StandardCharsets.UTF_8);
    }

    /** Formats that read {@link #writeCorpus} files; {@code beforeRead} runs first (a test can make it wait). */
    static Formats formats(Runnable beforeRead) {
        return new Formats(Map.of("jsonl", new RecordLines(beforeRead)), head -> false);
    }

    static Formats formats() {
        return formats(() -> { });
    }

    /** Reads {@code {"type":…, "record":…}} lines. */
    private record RecordLines(Runnable beforeRead) implements FormatReader {
        @Override
        public String format() {
            return "jsonl";
        }

        @Override
        public void read(CorpusSource source, RecordSink sink) throws IOException {
            beforeRead.run();
            ObjectMapper mapper = CODEC.mapper();
            try (BufferedReader in = source.file().openText()) {
                long n = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    n++;
                    JsonNode node = mapper.readTree(line);
                    RecordType type = RecordType.parse(node.path("type").asText()).orElse(null);
                    if (type == null) {
                        sink.reject(new Problem(source.name(), n, "unknown type"));
                        continue;
                    }
                    sink.accept(CODEC.decode(type, mapper.writeValueAsString(node.get("record"))));
                }
            }
        }
    }
}
