package dev.filmsearch.corpus.titlepage;

import java.util.List;

/**
 * What a parser made of the block at the start of a section, and the lines after that block, which the section
 * does not explain (the seed page's storyline and details follow its cast list without a heading).
 */
record Block<T>(T value, List<PageLine> rest) {
    Block {
        rest = List.copyOf(rest);
    }
}
