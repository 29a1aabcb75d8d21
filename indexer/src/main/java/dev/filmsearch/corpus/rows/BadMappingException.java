package dev.filmsearch.corpus.rows;

/** A mapping file that cannot be used; the message is "FILE: what is wrong". */
public final class BadMappingException extends IllegalArgumentException {
    private final String file;
    private final String problem;

    BadMappingException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The mapping file's name, as the corpus names it. */
    public String file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
