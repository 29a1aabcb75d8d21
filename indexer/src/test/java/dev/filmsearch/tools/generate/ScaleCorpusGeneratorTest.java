package dev.filmsearch.tools.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmsearch.corpus.CollectingSink;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.json.JsonLinesReader;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import dev.filmsearch.model.Language;
import dev.filmsearch.model.Person;
import dev.filmsearch.model.Quote;
import dev.filmsearch.model.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusGeneratorTest {
    @TempDir
    Path temp;

    private GenerationSummary generate(String folder, long records, long seed, int perFile) throws IOException {
        return new ScaleCorpusGenerator(new GeneratorSettings(records, seed, temp.resolve(folder),
                Vocabulary.builtIn(), perFile)).run();
    }

    private static byte[] bytes(GenerationSummary summary) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path file : summary.files()) {
            all.write(Files.readAllBytes(file));
        }
        return all.toByteArray();
    }

    private static CollectingSink readBack(GenerationSummary summary) throws IOException {
        CollectingSink sink = new CollectingSink();
        JsonLinesReader reader = new JsonLinesReader();
        for (Path file : summary.files()) {
            String name = file.getFileName().toString();
            reader.read(new CorpusSource(name, "jsonl", List.of(new CorpusFile(file, name)), null), sink);
        }
        return sink;
    }

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes() throws IOException {
        byte[] first = bytes(generate("a", 2_000, 42, 700));
        byte[] again = bytes(generate("b", 2_000, 42, 700));
        byte[] other = bytes(generate("c", 2_000, 43, 700));

        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void ten_thousand_records_hold_each_type_in_catalogue_proportions() throws IOException {
        GenerationSummary summary = generate("p", 10_000, 42, GeneratorSettings.DEFAULT_RECORDS_PER_FILE);

        assertEquals(new RecordCounts(3_500, 4_500, 1_700, 300), summary.counts());
        assertEquals(List.of(temp.resolve("p/part-00000.jsonl.gz")), summary.files());
    }

    @Test
    void splits_into_numbered_parts_of_at_most_the_records_per_file() throws IOException {
        GenerationSummary summary = generate("s", 2_500, 42, 1_000);

        assertEquals(List.of("part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz"),
                summary.files().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(2_500, readBack(summary).records.size());
    }

    @Test
    void a_smaller_run_leaves_no_stale_parts_behind() throws IOException {
        generate("again", 2_500, 42, 1_000);
        Files.writeString(temp.resolve("again/notes.txt"), "kept");

        GenerationSummary smaller = generate("again", 500, 42, 1_000);

        try (var files = Files.list(temp.resolve("again"))) {
            assertEquals(List.of("notes.txt", "part-00000.jsonl.gz"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(500, readBack(smaller).records.size());
    }

    @Test
    void reads_back_without_a_problem_and_every_reference_exists() throws IOException {
        GenerationSummary summary = generate("r", 10_000, 42, 3_000);
        CollectingSink sink = readBack(summary);

        assertEquals(List.of(), sink.problemLines());
        Map<Class<?>, Integer> perType = new HashMap<>();
        Set<String> films = new HashSet<>();
        Map<String, String> people = new HashMap<>();
        for (CatalogRecord record : sink.records) {
            perType.merge(record.getClass(), 1, Integer::sum);
            if (record instanceof Film film) {
                films.add(film.id());
            } else if (record instanceof Person person) {
                people.put(person.id(), person.name());
            }
        }
        assertEquals(Map.of(Film.class, 3_500, Person.class, 4_500, Review.class, 1_700, Quote.class, 300),
                perType);
        assertEquals(3_500, films.size());
        assertEquals(4_500, people.size());
        for (CatalogRecord record : sink.records) {
            switch (record) {
                case Review review -> assertTrue(films.contains(review.filmId()), review.filmId());
                case Quote quote -> assertTrue(films.contains(quote.filmId()), quote.filmId());
                case Film film -> {
                    for (Credit director : film.directors()) {
                        assertEquals(people.get(director.personId()), director.name(), director.personId());
                    }
                    for (CastMember member : film.cast()) {
                        assertEquals(people.get(member.personId()), member.name(), member.personId());
                    }
                }
                case Person person -> { }
            }
        }
    }

    @Test
    void about_one_review_in_six_is_spanish() throws IOException {
        GenerationSummary summary = generate("es", 10_000, 42, GeneratorSettings.DEFAULT_RECORDS_PER_FILE);
        long spanish = readBack(summary).records.stream()
                .filter(r -> r instanceof Review review && review.language() == Language.ES).count();

        assertEquals(284, summary.spanishReviews());
        assertEquals(summary.spanishReviews(), spanish);
    }
}
