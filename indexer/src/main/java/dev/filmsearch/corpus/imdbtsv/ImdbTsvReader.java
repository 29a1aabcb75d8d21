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

/**
 * Reads one folder of IMDb's official TSV dumps (title.basics, title.ratings, title.crew, title.principals,
 * name.basics; any subset, each optionally gzipped) into one {@code Film} per title.basics row and one
 * {@code Person} per name.basics row. Memory stays bounded for the full dumps: every file is read once and
 * sorted by its id with an external merge sort (the dumps are not in numeric id order), the files are then
 * merge-joined on tconst, and people are joined to their roles the same way on nconst. Only the nconst → name
 * table grows with the input (about 24 bytes a person). See docs/formats/imdb-tsv.md.
 */
public final class ImdbTsvReader implements FormatReader {
    /**
     * {@code sortBufferRecords}: rows each sort holds in memory before it spills a run to disk;
     * {@code tempDir}: where runs go, null for the system's temporary directory.
     */
    public record Settings(int sortBufferRecords, Path tempDir) {
        public static final Settings DEFAULT = new Settings(50_000, null);

        public Settings {
            if (sortBufferRecords < 1) {
                throw new IllegalArgumentException("sortBufferRecords must be at least 1");
            }
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
     * files, so a scanner groups it with the others of its folder. title.akas and title.episode count, though
     * this reader reports them as not read.
     */
    public static boolean isImdbTsvName(String baseName) {
        return baseName != null && DumpFile.of(baseName) != null;
    }

    @Override
    public void read(CorpusSource source, RecordSink sink) throws IOException {
        Map<DumpFile, TsvFile> files = pick(source.files(), sink);
        TsvFile nameFile = files.get(DumpFile.NAME_BASICS);
        try (TempFiles temp = new TempFiles(settings.tempDir());
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

    /** Sorts the title files, joins them on tconst into films, and adds each person's roles to the person sort. */
    private void joinTitles(Map<DumpFile, TsvFile> files, NameTable names, RecordSink sink, TempFiles temp,
                            ExternalSorter<PersonEntry> people, ExternalSorter<KnownFor> knownFor) throws IOException {
        var assembler = new FilmAssembler(files, names, new Characters(), sink, people);
        try (var basics = sortedRows(files.get(DumpFile.TITLE_BASICS), sink, temp);
             var ratings = sortedRows(files.get(DumpFile.TITLE_RATINGS), sink, temp);
             var crew = sortedRows(files.get(DumpFile.TITLE_CREW), sink, temp);
             var principals = sortedRows(files.get(DumpFile.TITLE_PRINCIPALS), sink, temp);
             var known = knownFor.sorted()) {
            new TitleJoin(basics, ratings, crew, principals, known).run(assembler);
        }
    }

    private int buffer() {
        return settings.sortBufferRecords();
    }

    /** The dump files of the folder by kind; any other, unread or repeated file is a whole-file problem. */
    private static Map<DumpFile, TsvFile> pick(List<CorpusFile> files, RecordSink sink) {
        Map<DumpFile, TsvFile> picked = new EnumMap<>(DumpFile.class);
        for (CorpusFile file : files) {
            DumpFile kind = DumpFile.of(file.baseName());
            if (kind == null) {
                sink.reject(new Problem(file.name(), 0, "not an IMDb dump file"));
            } else if (!kind.isRead()) {
                sink.reject(new Problem(file.name(), 0, kind.fileName() + " is not read"));
            } else if (picked.containsKey(kind)) {
                sink.reject(new Problem(file.name(), 0, "second " + kind.fileName() + " in the folder (the first is "
                        + picked.get(kind).file().name() + ")"));
            } else {
                picked.put(kind, new TsvFile(file, kind));
            }
        }
        return picked;
    }

    /** The rows of a file sorted by key then line; no rows when the folder has no such file. */
    private RecordIterator<TsvRow> sortedRows(TsvFile file, RecordSink sink, TempFiles temp) throws IOException {
        var sorter = new ExternalSorter<>(TsvRow.ORDER, TsvRow.CODEC, buffer(), temp);
        try {
            if (file != null) {
                file.read(sink, sorter::add);
            }
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
}
