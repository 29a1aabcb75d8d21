package dev.filmsearch.corpus.normalise;

/** The three tables the normalisation step maps values with; {@link #standard()} loads the shipped ones. */
public record Vocabularies(NameTable genres, NameTable countries, NameTable languages) {
    public static Vocabularies standard() {
        return new Vocabularies(GenreVocabulary.table(), StandardNames.countries(), StandardNames.languages());
    }
}
