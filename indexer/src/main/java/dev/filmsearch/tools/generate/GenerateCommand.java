package dev.filmsearch.tools.generate;

import dev.filmsearch.tools.generate.imdb.ImdbDumpGenerator;
import dev.filmsearch.tools.generate.imdb.ImdbDumpSettings;
import dev.filmsearch.tools.generate.imdb.ImdbDumpSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code filmsearch generate}: writes a synthetic catalogue of N records for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic film catalogue for benchmarks:",
            "  --format jsonl --records N    JSON Lines, gzip parts of at most 1M records",
            "  --format imdb-tsv --titles N  the seven gzip files of an IMDb dump",
            "      (title.basics, title.akas, title.episode, title.crew, title.principals,",
            "      title.ratings, name.basics), each count scaled by N / 12.3M,",
            "      sorted by id as IMDb sorts them"})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl or imdb-tsv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--records", converter = RecordCountConverter.class,
            description = "jsonl: how many records, e.g. 100000, 100k, 1M, 10M")
    Long records;

    @Option(names = "--titles", converter = RecordCountConverter.class,
            description = "imdb-tsv: how many titles, e.g. 1000, 100k, 1M; 12.3M is the full size")
    Long titles;

    @Option(names = "--threads", defaultValue = "0",
            description = "imdb-tsv: threads that generate and compress (default: one per processor)")
    int threads;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Option(names = "--shared", defaultValue = "../shared/corpus",
            description = "real sets to draw words and names from; the built-in vocabulary when absent "
                    + "(default: ${DEFAULT-VALUE})")
    Path shared;

    private static final String JSONL = "jsonl";
    private static final String IMDB_TSV = "imdb-tsv";

    private final PrintStream stdout;
    private final PrintStream err;

    public GenerateCommand(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("filmsearch generate: " + out + " is not a folder");
            return 1;
        }
        String usage = usageError();
        if (usage != null) {
            err.println("filmsearch generate: " + usage);
            return 2;
        }
        long start = System.nanoTime();
        try {
            Vocabulary vocabulary = Vocabulary.fromSharedOrBuiltIn(shared);
            double vocabularySeconds = (System.nanoTime() - start) / 1e9;
            if (format.equals(IMDB_TSV)) {
                int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
                ImdbDumpSummary summary = new ImdbDumpGenerator(
                        new ImdbDumpSettings(titles, seed, out, vocabulary, threadCount), err).run();
                stdout.print(summary.describe());
                stdout.printf(Locale.ROOT, "vocabulary: %s, read in %.1f s%n", vocabulary.source(), vocabularySeconds);
                return 0;
            }
            GenerationSummary summary = new ScaleCorpusGenerator(
                    new GeneratorSettings(records, seed, out, vocabulary)).run();
            double seconds = (System.nanoTime() - start) / 1e9 - vocabularySeconds;
            RecordCounts counts = summary.counts();
            stdout.printf(Locale.ROOT, "wrote %,d records (%,d films, %,d people, %,d reviews of which %,d Spanish, "
                            + "%,d quotes) to %d file(s) in %s, %,d bytes, in %.1f s (%,.0f records/s); "
                            + "vocabulary: %s, read in %.1f s%n",
                    counts.total(), counts.films(), counts.people(), counts.reviews(), summary.spanishReviews(),
                    counts.quotes(), summary.files().size(), out, summary.bytes(), seconds,
                    counts.total() / Math.max(seconds, 1e-9), vocabulary.source(), vocabularySeconds);
            return 0;
        } catch (IOException e) {
            err.println("filmsearch generate: cannot write to " + out + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return 1;
        } catch (UncheckedIOException e) {
            err.println("filmsearch generate: " + e.getMessage());
            return 1;
        }
    }

    /** What is wrong with the options for the chosen format, or null. */
    private String usageError() {
        if (format.equals(JSONL)) {
            return records == null ? "--format jsonl needs --records N"
                    : titles != null ? "--titles is for --format imdb-tsv; jsonl takes --records" : null;
        }
        if (format.equals(IMDB_TSV)) {
            if (titles == null) {
                return "--format imdb-tsv needs --titles N";
            }
            if (titles < 1 || titles > ImdbDumpSettings.MAX_TITLES) {
                return "--titles must be 1 to 80M (ids have at most eight digits)";
            }
            return records != null ? "--records is for --format jsonl; imdb-tsv takes --titles" : null;
        }
        return "unknown --format '" + format + "' (jsonl or imdb-tsv)";
    }

    /** Reads record counts with an optional k (thousand) or M (million) suffix: {@code 100k}, {@code 2.5M}. */
    static final class RecordCountConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseCount(value);
        }
    }

    static long parseCount(String value) {
        String text = value.strip().replace("_", "").replace(",", "");
        long multiplier = 1;
        if (!text.isEmpty()) {
            char last = Character.toLowerCase(text.charAt(text.length() - 1));
            if (last == 'k') {
                multiplier = 1_000;
            } else if (last == 'm') {
                multiplier = 1_000_000;
            }
            if (multiplier > 1) {
                text = text.substring(0, text.length() - 1);
            }
        }
        try {
            double number = Double.parseDouble(text);
            double count = number * multiplier;
            if (number < 0 || count != Math.floor(count) || count > Long.MAX_VALUE / 2 || text.contains("e")
                    || text.contains("E")) {
                throw new NumberFormatException();
            }
            return (long) count;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a record count (e.g. 100000, 100k, 1M)");
        }
    }
}
