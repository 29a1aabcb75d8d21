package dev.filmsearch.tools.digest;

import dev.filmsearch.index.IndexLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code filmsearch digest}: prints the digest of the current index generation's stored records. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Print a SHA-256 digest of every stored record of the current index, in document order.")
public final class DigestCommand implements Callable<Integer> {
    @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--list", description = "also write one line per document (type, id, record SHA-256) to FILE")
    Path list;

    private final PrintStream out;
    private final PrintStream err;

    public DigestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Optional<Path> generation = new IndexLayout(index).current();
        if (generation.isEmpty()) {
            err.println("filmsearch digest: " + index + " holds no built index");
            return 1;
        }
        try {
            IndexDigest.Result result;
            if (list != null) {
                try (BufferedWriter w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
                    result = IndexDigest.of(generation.get(), w);
                }
            } else {
                result = IndexDigest.of(generation.get(), null);
            }
            out.println("digest " + result.sha256());
            out.println("documents " + result.documents());
            for (Map.Entry<String, Long> e : result.perType().entrySet()) {
                out.println(e.getKey() + " " + e.getValue());
            }
            return 0;
        } catch (IOException e) {
            err.println("filmsearch digest: cannot read " + generation.get() + ": " + e.getMessage());
            return 1;
        }
    }
}
