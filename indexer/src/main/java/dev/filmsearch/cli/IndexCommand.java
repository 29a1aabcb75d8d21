package dev.filmsearch.cli;

import dev.filmsearch.build.BuildReport;
import dev.filmsearch.build.BuildSummary;
import dev.filmsearch.build.BuildTarget;
import dev.filmsearch.build.CorpusException;
import dev.filmsearch.build.IndexBuild;
import dev.filmsearch.build.IndexTarget;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.corpus.imdbtsv.ImdbTsvReader;
import dev.filmsearch.index.IndexLayout;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code filmsearch index}: rebuilds the index from a corpus folder and prints a summary. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the index from a corpus folder; the previous index stays current until the new one is complete.")
public final class IndexCommand implements Callable<Integer> {
    @Option(names = "--corpus", defaultValue = "corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar and no problem lines, only the summary")
    boolean quiet;

    @Option(names = "--max-problems", defaultValue = "20",
            description = "problem lines printed per run; all go to INDEX/last-build.txt (default: ${DEFAULT-VALUE})")
    int maxProblems;

    @Option(names = "--catalogue-memory", defaultValue = "512",
            description = "MiB of native memory for the catalogue's on-disk store, beside the Java heap "
                    + "(default: ${DEFAULT-VALUE}; see docs/indexing.md, \"Memory\")")
    long catalogueMemoryMb;

    @Option(names = "--accept-rejects",
            description = "build and switch in the new index even when most of a file's records, or more than 10% of "
                    + "the corpus's, were rejected")
    boolean acceptRejects;

    @Option(names = "--mappings", defaultValue = IndexBuild.Settings.MAPPINGS,
            description = "folder of mapping files for data sets with uncommon field names, matched by data set "
                    + "folder and file name (default: ${DEFAULT-VALUE}, the project's)")
    Path mappings;

    @Option(names = "--title-types", split = ",", paramLabel = "TYPE",
            description = "IMDb TSV dumps: read only titles of these types, e.g. movie,tvSeries (default: all)")
    List<String> titleTypes = new ArrayList<>();

    /** Where the records go. */
    public enum Target { lucene, opensearch }

    @Option(names = "--target", defaultValue = "lucene",
            description = "where the records go: lucene (the --index folder) or opensearch (the cluster of "
                    + "--opensearch, under --index-name) (default: ${DEFAULT-VALUE})")
    Target target;

    @Option(names = "--opensearch", split = ",", paramLabel = "URL",
            description = "--target opensearch: the cluster's node URLs, e.g. http://127.0.0.1:9200")
    List<URI> openSearch = new ArrayList<>();

    @Option(names = "--index-name", defaultValue = "filmsearch",
            description = "--target opensearch: the alias the records are served under; each build goes into a new "
                    + "index NAME-<date> and the alias moves to it at the end (default: ${DEFAULT-VALUE})")
    String indexName;

    @Option(names = "--opensearch-user",
            description = "--target opensearch: user of a secured cluster; the password is read from the "
                    + "environment variable " + PASSWORD_VARIABLE)
    String openSearchUser;

    @Option(names = "--shards", defaultValue = "1",
            description = "--target opensearch: primary shards (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--replicas", defaultValue = "1",
            description = "--target opensearch: replicas of each shard (default: ${DEFAULT-VALUE})")
    int replicas;

    @Option(names = "--work", defaultValue = "opensearch-build",
            description = "--target opensearch: local folder for the catalogue's working store and the build "
                    + "report (default: ${DEFAULT-VALUE})")
    Path work;

    /** The environment variable the OpenSearch password is read from (never an option: it would show in ps). */
    public static final String PASSWORD_VARIABLE = "FILMSEARCH_OPENSEARCH_PASSWORD";

    private final Formats formats;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final OpenSearchTargets openSearchTargets;

    public IndexCommand(Formats formats, PrintStream out, PrintStream err) {
        this(formats, out, err, Map.of(), OpenSearchTargets.NONE);
    }

    public IndexCommand(Formats formats, PrintStream out, PrintStream err, Map<String, String> env,
                        OpenSearchTargets openSearchTargets) {
        this.formats = formats;
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.openSearchTargets = openSearchTargets;
    }

    @Override
    public Integer call() {
        try {
            if (catalogueMemoryMb < 16) {
                err.println("filmsearch index: --catalogue-memory must be at least 16 (MiB), not " + catalogueMemoryMb);
                return 2;
            }
            BuildTarget buildTarget;
            try {
                buildTarget = buildTarget();
            } catch (IllegalArgumentException e) {
                err.println("filmsearch index: " + e.getMessage());
                return 2;
            }
            BuildSummary summary;
            try (TerminalProgress progress = new TerminalProgress(err, quiet, maxProblems)) {
                summary = new IndexBuild(withTitleTypes(formats, titleTypes), progress, Clock.systemUTC(),
                        new IndexBuild.Settings(catalogueMemoryMb << 20, acceptRejects, List.of(mappings)))
                        .run(corpus, buildTarget);
            }
            out.print(new BuildReport(summary, java.util.List.of()).summaryText());
            if (summary.rejected() > 0) {
                out.println("every problem, as file:line: reason, is in "
                        + buildTarget.workFolder().resolve(IndexBuild.REPORT_FILE));
            }
            return 0;
        } catch (CorpusException e) {
            err.println("filmsearch index: " + e.getMessage());
            return 1;
        }
    }

    private BuildTarget buildTarget() {
        if (target == Target.lucene) {
            if (!openSearch.isEmpty()) {
                throw new IllegalArgumentException("--opensearch needs --target opensearch");
            }
            return new IndexTarget(new IndexLayout(index));
        }
        if (openSearch.isEmpty()) {
            throw new IllegalArgumentException("--target opensearch needs --opensearch URL[,URL…]");
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (openSearchUser != null && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("--opensearch-user needs the password in " + PASSWORD_VARIABLE);
        }
        return openSearchTargets.create(openSearch, openSearchUser, openSearchUser == null ? null : password,
                indexName, shards, replicas, work);
    }

    /** The formats with an IMDb TSV reader limited to these title types; as they are when the list is empty. */
    static Formats withTitleTypes(Formats formats, List<String> types) {
        var wanted = new LinkedHashSet<String>();
        for (String t : types) {
            if (!t.isBlank()) {
                wanted.add(t.strip());
            }
        }
        return wanted.isEmpty() ? formats
                : formats.with(new ImdbTsvReader(ImdbTsvReader.Settings.DEFAULT.withTitleTypes(wanted)));
    }

    /** Runs a build with terminal progress; shared with {@code serve}, which builds first when there is no index. */
    public static BuildSummary build(Formats formats, Path corpus, Path index, boolean quiet, int maxProblems,
                                     PrintStream err) throws CorpusException {
        try (TerminalProgress progress = new TerminalProgress(err, quiet, maxProblems)) {
            return new IndexBuild(formats, progress, Clock.systemUTC()).run(corpus, index);
        }
    }
}
