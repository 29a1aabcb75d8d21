package dev.filmsearch.build;

import dev.filmsearch.catalog.Catalog;
import dev.filmsearch.catalog.CatalogContents;
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
import dev.filmsearch.index.IndexLayout;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.RecordType;
import java.io.Closeable;
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

/**
 * One index build: corpus folder → readers → normalisation ({@link RecordNormaliser}) → catalogue → documents → a
 * new index generation, switched in only when complete (see {@link IndexLayout}), or another engine's index (a
 * {@link BuildTarget}). Reading and normalising run on one thread, the catalogue on another ({@link PipelinedSink});
 * the target writes the records ({@link IndexTarget}: on every core). The target's lock keeps two builds apart.
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

    /** Builds a new generation of the index folder {@code indexRoot} and makes it current. */
    public BuildSummary run(Path corpus, Path indexRoot) throws CorpusException {
        return run(corpus, new IndexTarget(new IndexLayout(indexRoot)));
    }

    /** Reads the corpus into the catalogue and writes the records to {@code target}. */
    public BuildSummary run(Path corpus, BuildTarget target) throws CorpusException {
        Instant start = clock.instant();
        PhaseTimer timer = new PhaseTimer(listener, clock);
        checkCorpus(corpus);
        Path work = target.workFolder();
        try (Closeable lock = target.lock()) {
            CorpusScanner.Scan scan = scan(corpus);
            DiskSpace.check(work, scan.sources());
            Path store = work.resolve(CATALOGUE_FOLDER);
            Path scratch = work.resolve(SCRATCH_FOLDER);
            IndexLayout.deleteTree(scratch); // left by a run that was killed
            BuildSummary summary;
            List<Problem> problems;
            try (Catalog catalog = new Catalog(new StoreSettings(store, settings.storeMemory()))) {
                NormalisationTally tally = new NormalisationTally();
                List<SourceSummary> sourceSummaries;
                try {
                    sourceSummaries = read(scan.sources().stream().map(s -> s.withScratch(scratch)).toList(), catalog,
                            tally, timer);
                } finally {
                    IndexLayout.deleteTree(scratch);
                }
                problems = catalog.problems();
                if (!settings.acceptRejects()) {
                    java.util.Optional<String> refusal = RejectGuard.verdict(sourceSummaries, problems);
                    if (refusal.isPresent()) {
                        BuildReport.writeRefused(work.resolve(REPORT_FILE), refusal.get(), sourceSummaries,
                                problems);
                        throw new CorpusException(refusal.get() + "; the index was not changed (every problem is in "
                                + work.resolve(REPORT_FILE) + "; --accept-rejects builds anyway)");
                    }
                }
                timer.phase("linking", catalog.linkingScans());
                try (CatalogContents contents = catalog.finish(timer::progress)) {
                    Instant builtAt = clock.instant();
                    Written written = target.write(contents, corpus, builtAt, timer);
                    List<PhaseTime> phases = timer.finish();
                    int rejected = sourceSummaries.stream().mapToInt(SourceSummary::rejected).sum();
                    summary = new BuildSummary(sourceSummaries, scan.skipped(), contents.stats().read(),
                            contents.counts(), rejected, contents.stats().reviewsAttached(),
                            contents.stats().quotesAttached(), contents.stats().films(),
                            contents.stats().people(), tally.report(), written, builtAt,
                            Duration.between(start, clock.instant()), phases);
                }
            }
            new BuildReport(summary, problems).writeTo(work.resolve(REPORT_FILE));
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
    /**
     * The readers' temporary files (the IMDb reader's sort runs), in the target's work folder: removed when reading
     * ends and, after a killed run, when the next build starts.
     */
    public static final String SCRATCH_FOLDER = ".scratch";
    /** The build report, in the target's work folder (the index folder): every problem, as file:line: reason. */
    public static final String REPORT_FILE = "last-build.txt";
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
     * Indexes a finished catalogue into a new generation of the layout and makes it current. For tests and tools
     * that assemble a catalogue from records.
     */
    public Path write(IndexLayout layout, CatalogContents contents, Path corpus, Instant builtAt,
                      BuildListener listener) throws IOException {
        return new IndexTarget(layout).write(contents, corpus, builtAt, listener).folder();
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
