package dev.filmsearch.server;

import dev.filmsearch.cli.IndexCommand;
import dev.filmsearch.corpus.Formats;
import dev.filmsearch.opensearch.OpenSearchConnection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code filmsearch serve}: reads the options and has {@link ServerAssembly} start the server they ask for (the
 * embedded index, built from the corpus first when there is none, or an OpenSearch index), then serves until
 * stopped. Problems the user can fix (port in use, unreadable corpus, a cluster that does not answer) end it with
 * one line on stderr and exit code 1.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the index over HTTP, building it from the corpus first when there is none.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--corpus", defaultValue = "corpus",
            description = "corpus folder, indexed when there is no index and by POST /api/admin/reindex"
                    + " (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    /** Which engine holds the index. */
    public enum Engine { lucene, opensearch }

    @Option(names = "--engine", defaultValue = "lucene",
            description = "lucene (the --index folder, built from --corpus when there is none) or opensearch (the "
                    + "index --index-name of the cluster --opensearch, built with index --target opensearch) "
                    + "(default: ${DEFAULT-VALUE})")
    Engine engine;

    @Option(names = "--opensearch", split = ",", paramLabel = "URL",
            description = "--engine opensearch: the cluster's node URLs, e.g. http://127.0.0.1:9200")
    List<java.net.URI> openSearch = new java.util.ArrayList<>();

    @Option(names = "--index-name", defaultValue = "filmsearch",
            description = "--engine opensearch: the alias to search (default: ${DEFAULT-VALUE})")
    String indexName;

    @Option(names = "--opensearch-user",
            description = "--engine opensearch: user of a secured cluster; the password is read from "
                    + IndexCommand.PASSWORD_VARIABLE)
    String openSearchUser;

    private final Formats formats;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    /** @param env the process environment; the admin token is read from {@value ServerConfig#ADMIN_TOKEN_ENV} */
    public ServeCommand(Formats formats, PrintStream out, PrintStream err, Map<String, String> env) {
        this.formats = formats;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    @Override
    public Integer call() {
        try (ServerAssembly.Running server = start()) {
            Thread hook = new Thread(server::close, "filmsearch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            server.awaitStop();
            return 0;
        } catch (ServerAssembly.StartException e) {
            err.println("filmsearch serve: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    public ServerConfig config() {
        return new ServerConfig(host, port, corpus, index, env.get(ServerConfig.ADMIN_TOKEN_ENV));
    }

    /** Starts the server these options ask for; {@link ServerAssembly.Running#close()} stops everything. */
    public ServerAssembly.Running start() throws ServerAssembly.StartException {
        ServerConfig config = config();
        ServerAssembly assembly = new ServerAssembly(formats, out, err);
        if (engine == Engine.lucene) {
            if (!openSearch.isEmpty()) {
                throw new ServerAssembly.StartException("--opensearch needs --engine opensearch");
            }
            return assembly.embedded(config);
        }
        if (openSearch.isEmpty()) {
            throw new ServerAssembly.StartException("--engine opensearch needs --opensearch URL[,URL…]");
        }
        String password = env.get(IndexCommand.PASSWORD_VARIABLE);
        if (openSearchUser != null && (password == null || password.isEmpty())) {
            throw new ServerAssembly.StartException("--opensearch-user needs the password in "
                    + IndexCommand.PASSWORD_VARIABLE);
        }
        OpenSearchConnection connection;
        try {
            connection = new OpenSearchConnection(openSearch, openSearchUser, openSearchUser == null ? null : password);
        } catch (IllegalArgumentException e) {
            throw new ServerAssembly.StartException(e.getMessage());
        }
        return assembly.openSearch(config, connection, indexName);
    }
}
