package dev.filmsearch.build;

import dev.filmsearch.catalog.Catalog;
import dev.filmsearch.catalog.CatalogContents;
import dev.filmsearch.catalog.LinkedRecord;
import dev.filmsearch.catalog.store.StoreSettings;
import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusScanner;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.MappingFinder;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.ReadMeter;
import dev.filmsearch.corpus.RecordSink;
import dev.filmsearch.corpus.normalise.NormalisationTally;
import dev.filmsearch.corpus.normalise.RecordNormaliser;
import dev.filmsearch.index.DocumentMapper;
import dev.filmsearch.index.IndexBuilder;
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.index.IndexMetadata;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.RecordType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.Lock;

/**
 * One index build: corpus folder → readers → normalisation ({@link RecordNormaliser}) → catalogue → documents → a
 * new index generation, switched in only when complete (see {@link IndexLayout}). Reading and normalising run on
 * one thread, the catalogue on another ({@link PipelinedSink}); indexing on every core ({@link IndexBuilder}). Holds a lock file so two builds never write the same index folder.
 */
public final class IndexBuild {
    private final Formats formats;
    private final BuildListener listener;
    private final Clock clock;
    private final Settings settings;
    private final RecordNormaliser normaliser;

    /**
     * @param storeMemory bytes of native memory the catalogue store may use ({@link StoreSettings})
     * @param acceptRejects build even when the readers rejected most of a file or of the corpus ({@link RejectGuard})
     * @param mappings folders where mapping files are looked for ({@link MappingFinder}); absent ones are ignored
     */
    public record Settings(long storeMemory, boolean acceptRejects, List<Path> mappings) {
        /** The project's mappings folder, {@value #MAPPINGS}, as the launcher runs from the project. */
        public static final String MAPPINGS = "mappings";
        public static final Settings DEFAULT = new Settings(StoreSettings.DEFAULT_MEMORY, false,
                List.of(Path.of(MAPPINGS)));

        public Settings {
            mappings = List.copyOf(mappings);
        }

        public Settings(long storeMemory, boolean acceptRejects) {
            this(storeMemory, acceptRejects, DEFAULT.mappings());
        }
    }

    public IndexBuild(Formats formats, BuildListener listener, Clock clock) {
        this(formats, listener, clock, Settings.DEFAULT);
    }

    public IndexBuild(Formats formats, BuildListener listener, Clock clock, Settings settings) {
        this.formats = formats;
        this.listener = listener;
        this.clock = clock;
        this.settings = settings;
        this.normaliser = RecordNormaliser.standard();
    }

    public BuildSummary run(Path corpus, Path indexRoot) throws CorpusException {
        Instant start = clock.instant();
        PhaseTimer timer = new PhaseTimer(listener, clock);
        checkCorpus(corpus);
        IndexLayout layout = new IndexLayout(indexRoot);
        try (Lock lock = lockForWriting(layout)) {
            CorpusScanner.Scan scan = scan(corpus);
            DiskSpace.check(layout.root(), scan.sources());
            Path store = layout.root().resolve(CATALOGUE_FOLDER);
            BuildSummary summary;
            List<Problem> problems;
            try (Catalog catalog = new Catalog(new StoreSettings(store, settings.storeMemory()))) {
                NormalisationTally tally = new NormalisationTally();
                List<SourceSummary> sourceSummaries = read(scan.sources(), catalog, tally, timer);
                problems = catalog.problems();
                if (!settings.acceptRejects()) {
                    java.util.Optional<String> refusal = RejectGuard.verdict(sourceSummaries, problems);
                    if (refusal.isPresent()) {
                        BuildReport.writeRefused(layout.root().resolve("last-build.txt"), refusal.get(),
                                sourceSummaries, problems);
                        throw new CorpusException(refusal.get() + "; the index was not changed (every problem is in "
                                + layout.root().resolve("last-build.txt") + "; --accept-rejects builds anyway)");
                    }
                }
                timer.phase("linking", catalog.films());
                try (CatalogContents contents = catalog.finish(timer::progress)) {
                    Instant builtAt = clock.instant();
                    Path generation = write(layout, contents, corpus, builtAt, timer);
                    List<PhaseTime> phases = timer.finish();
                    int rejected = sourceSummaries.stream().mapToInt(SourceSummary::rejected).sum();
                    summary = new BuildSummary(sourceSummaries, scan.skipped(), contents.stats().read(),
                            contents.counts(), rejected, contents.stats().reviewsAttached(),
                            contents.stats().quotesAttached(), contents.stats().films(),
                            contents.stats().people(), tally.report(), generation, builtAt,
                            Duration.between(start, clock.instant()), phases);
                }
            }
            new BuildReport(summary, problems).writeTo(layout.root().resolve("last-build.txt"));
            return summary;
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("index build failed: " + message(e), e);
        }
    }

    /**
     * Reads a corpus folder into a finished catalogue without indexing it: what the side-by-side benchmark exports
     * for the peer engines, so that they index exactly the records filmsearch indexes.
     */
    public CatalogContents readCatalogue(Path corpus) throws CorpusException {
        checkCorpus(corpus);
        Catalog catalog = new Catalog();
        read(scan(corpus).sources(), catalog, new NormalisationTally(), listener);
        return catalog.finish();
    }

    /** The catalogue's working store, inside the index folder while a build runs (deleted at its end). */
    public static final String CATALOGUE_FOLDER = ".catalogue";
    /** The parts indexed at once, inside the index folder while a build runs (deleted at its end). */
    public static final String PARTS_FOLDER = ".parts";

    private static void checkCorpus(Path corpus) throws CorpusException {
        if (!Files.exists(corpus)) {
            throw new CorpusException("corpus folder " + corpus + " does not exist");
        }
        if (!Files.isDirectory(corpus)) {
            throw new CorpusException("corpus " + corpus + " is not a folder");
        }
        if (!Files.isReadable(corpus) || !Files.isExecutable(corpus)) {
            throw new CorpusException("corpus folder " + corpus + " cannot be read (permission denied)");
        }
    }

    private CorpusScanner.Scan scan(Path corpus) throws CorpusException {
        CorpusScanner.Scan scan;
        try {
            scan = new CorpusScanner(formats::looksLikeTitlePage, new MappingFinder(settings.mappings())).scan(corpus);
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("cannot read corpus folder " + corpus + ": " + message(e), e);
        }
        if (scan.sources().isEmpty()) {
            throw new CorpusException("corpus folder " + corpus + " holds no film records (looked for .jsonl, .csv,"
                    + " .json, IMDb .tsv dumps and saved title pages, optionally .gz)");
        }
        return scan;
    }

    private List<SourceSummary> read(List<CorpusSource> sources, Catalog catalog, NormalisationTally tally,
                                     BuildListener listener) {
        long total = 0;
        for (CorpusSource s : sources) {
            total += bytes(s) * formats.reader(s.format()).passes();
        }
        listener.phase("reading", total);
        ReadMeter meter = new ReadMeter();
        List<SourceSummary> summaries = new ArrayList<>();
        try (ReadProgress progress = new ReadProgress(meter, total, listener, 1000)) {
            for (CorpusSource source : sources) {
                CountingSink sink = new CountingSink(catalog, listener);
                try (PipelinedSink pipeline = new PipelinedSink(sink, record -> normaliser.normalise(record, tally),
                        "catalogue")) {
                    formats.reader(source.format()).read(source.metered(meter), pipeline);
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    // a corrupt or unreadable file, or a bad mapping: what was read is kept, the rest is reported
                    sink.reject(new Problem(source.name(), sink.lastLine(), "unreadable: " + message(e)));
                }
                summaries.add(new SourceSummary(source.name(), source.format(), sink.read, sink.rejected,
                        sink.ignoredValues, source.mapping() == null ? null : source.mapping().name()));
            }
        }
        return summaries;
    }

    /**
     * Indexes a finished catalogue into a new generation of the layout and makes it current. {@link #run} calls it;
     * tests and tools that assemble a catalogue from records call it directly.
     */
    public Path write(IndexLayout layout, CatalogContents contents, Path corpus, Instant builtAt,
                      BuildListener listener) throws IOException {
        Path buildDir = layout.newBuildDirectory();
        DocumentMapper mapper = new DocumentMapper();
        listener.phase("indexing", contents.estimatedSize());
        List<CatalogContents.Cursor> parts = new ArrayList<>();
        try (IndexBuilder builder = new IndexBuilder(buildDir, Runtime.getRuntime().availableProcessors(),
                layout.root().resolve(PARTS_FOLDER))) {
            for (RecordType type : RecordType.values()) {
                parts.add(contents.records(type));
            }
            builder.addParts(parts.stream().<IndexBuilder.Source<LinkedRecord>>map(c -> c::next).toList(),
                    mapper::toDocument, listener::progress);
            listener.phase("finishing", 1);
            Map<RecordType, Integer> counts = new EnumMap<>(contents.counts());
            builder.commit(new IndexMetadata(builtAt, IndexMetadata.filmsearchVersion(),
                    IndexMetadata.SCHEMA_VERSION, corpus.toAbsolutePath().normalize().toString(), counts).toUserData());
        } finally {
            parts.forEach(CatalogContents.Cursor::close);
        }
        return layout.publish(buildDir);
    }

    private static long bytes(CorpusSource source) {
        long n = 0;
        for (CorpusFile f : source.files()) {
            try {
                n += Files.size(f.path());
            } catch (IOException e) {
                // counted as zero: the reader will report the file itself
            }
        }
        return n;
    }

    private static Lock lockForWriting(IndexLayout layout) throws CorpusException {
        Path root = layout.root();
        try {
            return layout.lockForWriting();
        } catch (IndexLayout.WriterBusyException e) {
            throw new CorpusException("another build is writing the index folder " + root + "; try again when it ends");
        } catch (AccessDeniedException e) {
            throw new CorpusException("index folder " + root + " cannot be written (permission denied)", e);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                    ? fse.getReason().toLowerCase(java.util.Locale.ROOT) : message(e);
            throw new CorpusException("index folder " + root + " cannot be written: " + reason, e);
        }
    }

    static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String m = t.getMessage();
        if (t instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /**
     * Counts what one source gives, passes its (normalised) records to the catalogue and problems to catalogue and
     * listener. Runs on the catalogue's thread of the {@link PipelinedSink} in front of it.
     */
    private static final class CountingSink implements RecordSink {
        private final Catalog catalog;
        private final BuildListener listener;
        private final Map<RecordType, Integer> read = new EnumMap<>(RecordType.class);
        private int rejected;
        private int ignoredValues;
        private long lastLine;

        CountingSink(Catalog catalog, BuildListener listener) {
            this.catalog = catalog;
            this.listener = listener;
        }

        @Override
        public void accept(CatalogRecord record) {
            read.merge(record.type(), 1, Integer::sum);
            catalog.accept(record);
        }

        @Override
        public void reject(Problem problem) {
            if (problem.rejected()) {
                rejected++;
            } else {
                ignoredValues++;
            }
            lastLine = Math.max(lastLine, problem.line());
            catalog.reject(problem);
            listener.problem(problem);
        }

        long lastLine() {
            return lastLine;
        }
    }
}
