package dev.filmsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for the index-folder tests: {@code lease DIR GENERATION} holds a reader lease, {@code write DIR}
 * holds the write lock. It prints "held" once it holds it and keeps it until its standard input closes or it is
 * killed.
 */
public final class HoldIndexFolder {
    private HoldIndexFolder() {
    }

    public static void main(String[] args) throws IOException {
        IndexLayout layout = new IndexLayout(Path.of(args[1]));
        if (args[0].equals("write")) {
            try {
                layout.lockForWriting().close();
            } catch (IndexLayout.WriterBusyException e) {
                System.out.println(layout.root() + " is busy");
                System.exit(1);
            }
        }
        try (Closeable held = args[0].equals("lease") ? layout.lease(layout.root().resolve(args[2]))
                : layout.lockForWriting()) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
