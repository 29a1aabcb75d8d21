package dev.filmsearch.corpus.imdbtsv;

import dev.filmsearch.corpus.CorpusFile;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.FormatReader;
import dev.filmsearch.corpus.Problem;
import dev.filmsearch.corpus.RecordSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one folder of IMDb's official TSV dumps (title.basics, title.ratings, title.crew, title.principals,
 * title.akas, title.episode, name.basics; any subset, each optionally gzipped) into one {@code Film} per
 * title.basics row and one {@code Person} per name.basics row. Memory stays bounded for the full dumps: the title
 * files are in tconst order as text, so they are merge-joined as they stream (a quick first read checks each
 * file's order; a file out of order is reported and sorted with an external merge sort first), and people are
 * joined to their roles through an external sort by nconst. Only the nconst → name table (about 24 bytes a
 * person) and the titles of the series episodes belong to grow with the input. See docs/formats/imdb-tsv.md.
 */
public final class ImdbTsvReader implements FormatReader {
    /**
     * {@code sortBufferRecords}: rows each sort holds in memory before it spills a run to disk;
     * {@code tempDir}: where runs go, null for the system's temporary directory;
     * {@code titleTypes}: the title types to read ("movie", "tvSeries", …), empty for all.
     */
    public record Settings(int sortBufferRecords, Path tempDir, Set<String> titleTypes) {
        public static final Settings DEFAULT = new Settings(50_000, null, Set.of());

        public Settings {
            if (sortBufferRecords < 1) {
                throw new IllegalArgumentException("sortBufferRecords must be at least 1");
            }
            titleTypes = Set.copyOf(titleTypes);
        }

        public Settings(int sortBufferRecords, Path tempDir) {
            this(sortBufferRecords, tempDir, Set.of());
        }

        /** These settings reading only titles of these types (empty: all). */
        public Settings withTitleTypes(Set<String> types) {
            return new Settings(sortBufferRecords, tempDir, types);
        }
    }

    private final Settings settings;

    public ImdbTsvReader() {
        this(Settings.DEFAULT);
    }

    public ImdbTsvReader(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String format() {
        return "imdb-tsv";
    }

    /**
     * Whether a file name (as {@link CorpusFile#baseName()} gives it: "title.basics.tsv") is one of IMDb's dump
     * files, so a scanner groups it with the others of its folder.
     */
    public static boolean isImdbTsvName(String baseName) {
        return baseName != null && DumpFile.of(baseName) != null;
    }

    /** Each file is read twice: title files by the order scan and the join, name.basics by both people passes. */
    @Override
    public int passes() {
        return 2;
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        Map<DumpFile, TsvFile> files = pick(source.files(), sink);
        TsvFile nameFile = files.get(DumpFile.NAME_BASICS);
        try (TempFiles temp = new TempFiles(settings.tempDir() != null ? settings.tempDir() : source.scratch());
             var people = new ExternalSorter<>(PersonEntry.ORDER, PersonEntry.CODEC, buffer(), temp);
             var knownFor = new ExternalSorter<>(KnownFor.ORDER, KnownFor.CODEC, buffer(), temp)) {
            // the name table is only reachable during the title join: the person join does not need it
            joinTitles(files, readNames(nameFile, sink, people, knownFor), sink, temp, people, knownFor);
            try (var entries = people.sorted()) {
                new PersonJoin(nameFile, sink).run(entries);
            }
        }
    }

    /** Reads name.basics (if any) into a frozen name table, the person sort and the known-for sort. */
    private static NameTable readNames(TsvFile nameFile, RecordSink sink, ExternalSorter<PersonEntry> people,
                                       ExternalSorter<KnownFor> knownFor) throws IOException {
        NameTable names = new NameTable();
        if (nameFile != null) {
            new NamePass(nameFile, sink).read(names, people, knownFor);
        }
        names.freeze();
        return names;
    }

    /**
     * Checks the order of the title files (and learns the series titles on the way), then joins them on tconst into
     * films, and adds each person's roles to the person sort.
     */
    private void joinTitles(Map<DumpFile, TsvFile> files, NameTable names, RecordSink sink, TempFiles temp,
                            ExternalSorter<PersonEntry> people, ExternalSorter<KnownFor> knownFor) throws IOException {
        Map<DumpFile, Boolean> sorted = new EnumMap<>(DumpFile.class);
        NameTable seriesTitles = scan(files, sink, sorted);
        var assembler = new FilmAssembler(files, names, seriesTitles, settings.titleTypes(), new Characters(), sink,
                people);
        Map<DumpFile, RecordIterator<TsvRow>> rows = new EnumMap<>(DumpFile.class);
        try {
            for (DumpFile kind : DumpFile.TITLE_FILES) {
                TsvFile file = files.get(kind);
                rows.put(kind, file == null ? empty() : sorted.get(kind) ? inOrder(file, sink)
                        : sortedRows(file, sink, temp));
            }
            try (var known = knownFor.sorted()) {
                new TitleJoin(rows, known).run(assembler);
            }
        } finally {
            closeAll(rows.values());
        }
    }

    /**
     * The first read of each title file: its order, and from title.episode the series ids, whose titles title.basics
     * then gives. title.episode goes first so the basics scan knows which titles to keep.
     */
    private static NameTable scan(Map<DumpFile, TsvFile> files, RecordSink sink, Map<DumpFile, Boolean> sorted)
            throws IOException {
        IntSet series = new IntSet();
        NameTable titles = new NameTable();
        String consequence = "the file is sorted before the join";
        TsvFile episodes = files.get(DumpFile.TITLE_EPISODE);
        if (episodes != null) {
            sorted.put(DumpFile.TITLE_EPISODE, check(OrderScan.scan(episodes, new OrderScan.Hook() {
                @Override
                public boolean wants(long key) {
                    return true;
                }

                @Override
                public void row(long key, String[] values) {
                    int parent = ImdbId.parse(ImdbId.TITLE, values[1]);
                    if (parent >= 0) {
                        series.add(parent);
                    }
                }
            }, consequence), sink));
        }
        series.freeze();
        for (DumpFile kind : DumpFile.TITLE_FILES) {
            TsvFile file = files.get(kind);
            if (file == null || kind == DumpFile.TITLE_EPISODE) {
                continue;
            }
            OrderScan.Hook seriesTitles = kind != DumpFile.TITLE_BASICS || series.size() == 0 ? null
                    : new OrderScan.Hook() {
                @Override
                public boolean wants(long key) {
                    return series.contains(ImdbId.number(key));
                }

                @Override
                public void row(long key, String[] values) {
                    String title = Values.text(values[2]);
                    if (title != null && title.length() <= NameTable.MAX_NAME_BYTES / 4) {
                        titles.add(ImdbId.number(key), title);
                    }
                }
            };
            sorted.put(kind, check(OrderScan.scan(file, seriesTitles, consequence), sink));
        }
        titles.freeze();
        return titles;
    }

    private static boolean check(OrderScan.Result result, RecordSink sink) {
        if (!result.sorted()) {
            sink.reject(result.outOfOrder());
        }
        return result.sorted();
    }

    private int buffer() {
        return settings.sortBufferRecords();
    }

    /** The dump files of the folder by kind; any other or repeated file is a whole-file problem. */
    private static Map<DumpFile, TsvFile> pick(List<CorpusFile> files, RecordSink sink) {
        Map<DumpFile, TsvFile> picked = new EnumMap<>(DumpFile.class);
        for (CorpusFile file : files) {
            DumpFile kind = DumpFile.of(file.baseName());
            if (kind == null) {
                sink.reject(new Problem(file.name(), 0, "not an IMDb dump file"));
            } else if (picked.containsKey(kind)) {
                sink.reject(new Problem(file.name(), 0, "second " + kind.fileName() + " in the folder (the first is "
                        + picked.get(kind).file().name() + ")"));
            } else {
                picked.put(kind, new TsvFile(file, kind));
            }
        }
        return picked;
    }

    private static <T> RecordIterator<T> empty() {
        return new RecordIterator<>() {
            @Override
            public T next() {
                return null;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The rows of a file the first read found in order, as they stream. Should a key still go back (the file
     * changed since), the read stops with an error rather than join wrongly.
     */
    private static RecordIterator<TsvRow> inOrder(TsvFile file, RecordSink sink) throws IOException {
        TsvFile.Rows rows = file.open(sink);
        return new RecordIterator<>() {
            private long previous = -1;

            @Override
            public TsvRow next() throws IOException {
                TsvRow row = rows.next();
                if (row != null) {
                    if (row.key() < previous) {
                        throw new IOException(file.file().name() + ":" + row.line() + ": " + file.kind().keyColumn()
                                + " " + row.id() + " is out of order, though the first read found the file in order:"
                                + " did it change while being read?");
                    }
                    previous = row.key();
                }
                return row;
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    /** The rows of a file sorted by key then line. */
    private RecordIterator<TsvRow> sortedRows(TsvFile file, RecordSink sink, TempFiles temp) throws IOException {
        var sorter = new ExternalSorter<>(TsvRow.ORDER, TsvRow.CODEC, buffer(), temp);
        try {
            file.read(sink, sorter::add);
            RecordIterator<TsvRow> rows = sorter.sorted();
            return new RecordIterator<>() {
                @Override
                public TsvRow next() throws IOException {
                    return rows.next();
                }

                @Override
                public void close() throws IOException {
                    try (sorter) {
                        rows.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            sorter.close();
            throw e;
        }
    }

    private static void closeAll(Iterable<RecordIterator<TsvRow>> rows) throws IOException {
        IOException first = null;
        for (RecordIterator<TsvRow> r : rows) {
            try {
                r.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
