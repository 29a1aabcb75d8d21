package dev.filmsearch.cli;

import dev.filmsearch.corpus.Formats;
import java.util.List;

/** Opens {@link IndexCommand}'s package-private helpers to tests of other packages. */
public final class IndexCommandAccess {
    private IndexCommandAccess() {
    }

    public static Formats withTitleTypes(Formats formats, List<String> types) {
        return IndexCommand.withTitleTypes(formats, types);
    }
}
