package dev.filmsearch.tools.vega;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.corpus.rows.Mapping;
import dev.filmsearch.corpus.rows.Row;
import dev.filmsearch.corpus.rows.RowMapper;
import dev.filmsearch.corpus.text.Mojibake;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Converts vega-datasets' {@code movies.json} (the shared copy, {@code ../shared/corpus/vega-datasets-movies/})
 * into the bundled corpus file {@code corpus/vega-datasets/movies.jsonl.gz}: our JSON Lines, one film a line in the
 * source's order, with the facts the reader takes through {@code mappings/shared/vega-datasets-movies/
 * movies.mapping.json} (title, year, release date with the two-digit-year errors fixed, genre, director, IMDb rating
 * and votes, running time) and the titles' mojibake repaired by {@link Mojibake#repair}. The one film without a title
 * is written with its other facts and no title, so the index build still reports it at the same line.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl indexer test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.filmsearch.tools.vega.VegaMoviesConversion
 * </pre>
 * (also from {@code indexer/}; arguments, all optional: the source file, the mapping file, the output file). The
 * gzip output has no time in its header, so the same source always gives the same bytes.
 */
public final class VegaMoviesConversion {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lines to write and what the conversion noticed (repaired titles, the film without a title). */
    public record Result(List<String> lines, List<String> notes) {
    }

    private VegaMoviesConversion() {
    }

    public static void main(String[] args) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("mappings/shared")) ? here : here.getParent(); // root or indexer/
        Path source = args.length > 0 ? Path.of(args[0])
                : root.resolve("../shared/corpus/vega-datasets-movies/movies.json").normalize();
        Path mapping = args.length > 1 ? Path.of(args[1])
                : root.resolve("mappings/shared/vega-datasets-movies/movies.mapping.json");
        Path out = args.length > 2 ? Path.of(args[2]) : root.resolve("corpus/vega-datasets/movies.jsonl.gz");
        Result result = convert(source, mapping);
        write(result.lines(), out);
        result.notes().forEach(System.out::println);
        System.out.println("wrote " + result.lines().size() + " films to " + out + " (" + Files.size(out) + " bytes)");
    }

    /** Reads the vega array object by object through the mapping and returns one of our lines per object. */
    public static Result convert(Path moviesJson, Path mappingFile) throws IOException {
        Mapping mapping = Mapping.load(new CorpusFile(mappingFile, mappingFile.getFileName().toString()));
        RowMapper mapper = new RowMapper(moviesJson.getFileName().toString(), mapping, JSON);
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(Files.newBufferedReader(moviesJson, StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(moviesJson + " does not hold a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentTokenLocation().getLineNr();
                ObjectNode object = JSON.readTree(parser);
                One one = map(mapper, line, object);
                if (one.film == null && one.problems.size() == 1 && one.problems.getFirst().endsWith(": missing title")) {
                    // keep its facts, without a title: the index build reports it, as it did the vega line
                    object.put("Title", "?");
                    Film untitled = map(mapper, line, object).film;
                    ObjectNode written = line(untitled);
                    written.remove("title");
                    lines.add(JSON.writeValueAsString(written));
                    notes.add(one.problems.getFirst() + ": written without a title, line " + lines.size());
                    continue;
                }
                if (one.film == null || !one.problems.isEmpty()) {
                    throw new IOException("not converted, " + one.problems);
                }
                String repaired = Mojibake.repair(one.film.title());
                if (!repaired.equals(one.film.title())) {
                    notes.add("line " + (lines.size() + 1) + ": title '" + one.film.title() + "' repaired to '"
                            + repaired + "'");
                }
                lines.add(JSON.writeValueAsString(line(one.film.toBuilder().title(repaired).id(null).build())));
            }
        }
        return new Result(List.copyOf(lines), List.copyOf(notes));
    }

    /** Writes the lines, each ending in a line feed; gzip-compressed when the name ends in {@code .gz}. */
    public static void write(List<String> lines, Path out) throws IOException {
        try (OutputStream raw = Files.newOutputStream(out);
             OutputStream stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            for (String line : lines) {
                stream.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The lines of a file {@link #write} wrote. */
    public static List<String> readLines(Path file) throws IOException {
        var in = Files.newInputStream(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** A vega film as our JSON Lines object; fails on any fact our line would not carry. */
    static ObjectNode line(Film film) {
        if (!film.writers().isEmpty() || !film.cast().isEmpty() || !film.languages().isEmpty()
                || !film.countries().isEmpty() || !film.keywords().isEmpty() || !film.related().isEmpty()
                || film.plot() != null || film.awards() != null || film.originalTitle() != null
                || film.releaseCountry() != null) {
            throw new IllegalArgumentException("a fact the vega conversion does not write: " + film);
        }
        ObjectNode line = JSON.createObjectNode().put("type", "film").put("title", film.title());
        if (film.year() != null) {
            line.put("year", film.year());
        }
        if (film.releaseDate() != null) {
            line.put("releaseDate", film.releaseDate().toString());
        }
        if (!film.genres().isEmpty()) {
            film.genres().forEach(line.putArray("genres")::add);
        }
        if (!film.directors().isEmpty()) {
            film.directors().stream().map(Credit::name).forEach(line.putArray("directors")::add);
        }
        if (film.rating() != null) {
            line.put("rating", film.rating());
        }
        if (film.votes() != null) {
            line.put("votes", film.votes());
        }
        if (film.runtimeMinutes() != null) {
            line.put("runtimeMinutes", film.runtimeMinutes());
        }
        return line;
    }

    private record One(Film film, List<String> problems) {
    }

    private static One map(RowMapper mapper, long line, ObjectNode object) {
        List<CatalogRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        mapper.map(Row.of(line, object), new RecordSink() {
            @Override
            public void accept(CatalogRecord record) {
                records.add(record);
            }

            @Override
            public void reject(Problem problem) {
                problems.add(problem.toString());
            }
        });
        Film film = records.size() == 1 && records.getFirst() instanceof Film f ? f : null;
        return new One(film, problems);
    }
}
