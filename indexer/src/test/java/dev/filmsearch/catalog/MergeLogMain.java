package dev.filmsearch.catalog;

import dev.filmsearch.catalog.store.StoreSettings;
import dev.filmsearch.corpus.CorpusScanner;
import dev.filmsearch.corpus.CorpusSource;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.MappingFinder;
import dev.filmsearch.model.Credit;
import dev.filmsearch.model.Film;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a corpus into a catalogue and writes one line per film merge and per film kept apart from a look-alike
 * (tab-separated: merged|apart, rule or reason, then both films as title (year) [id] directors runtime). The tool
 * behind the hand-checked samples of docs/indexing.md: {@code MergeLogMain CORPUS OUT}.
 */
public final class MergeLogMain {
    private MergeLogMain() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Formats formats = Formats.standard();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
            FilmResolver.Listener log = new FilmResolver.Listener() {
                @Override
                public void merged(FilmMatch.Rule rule, Film earlier, Film later) {
                    out.println("merged\t" + rule.label + "\t" + describe(earlier) + "\t" + describe(later));
                }

                @Override
                public void keptApart(FilmMatch.Miss miss, Film earlier, Film later) {
                    out.println("apart\t" + miss.label + "\t" + describe(earlier) + "\t" + describe(later));
                }
            };
            Path store = Files.createTempDirectory("merge-log");
            try (Catalog catalog = new Catalog(StoreSettings.in(store), log)) {
                List<CorpusSource> sources = new CorpusScanner(formats::looksLikeTitlePage, MappingFinder.NONE)
                        .scan(corpus).sources();
                for (CorpusSource source : sources) {
                    formats.reader(source.format()).read(source, catalog);
                }
                System.out.println(catalog.films() + " films after merging");
            }
        }
    }

    private static String describe(Film f) {
        return f.title() + " (" + f.year() + ") [" + f.id() + "] "
                + f.directors().stream().map(Credit::name).collect(Collectors.joining("/")) + " "
                + (f.runtimeMinutes() == null ? "" : f.runtimeMinutes() + "m");
    }
}
