package dev.filmsearch.corpus.titlepage;

import dev.filmsearch.corpus.titlepage.FactsParser.Prose;
import dev.filmsearch.model.CatalogRecord;
import dev.filmsearch.model.CastMember;
import dev.filmsearch.model.RelatedFilm;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of one title page into its records: the film first, then what its related films give
 * ({@link RelatedRecords}), then its reviews and quotes. The page is
 * split at its section headings and each section is read on its own, so sections may be missing, repeated, in
 * any order, or unknown. A page without a film title gives no records and the problem "no film title found".
 */
final class TitlePageParser {
    private final String sourceName;
    private final ProblemReporter problems;

    /** @param sourceName the corpus source's name, part of review and quote ids */
    TitlePageParser(String sourceName, ProblemReporter problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    List<CatalogRecord> parse(List<PageLine> page) {
        List<Section> sections = Section.split(page);
        var link = TitleFinder.find(sections);
        if (link.isEmpty()) {
            problems.report(1, "no film title found");
            return List.of();
        }
        FilmFacts facts = new FilmFacts();
        FactsParser free = new FactsParser(facts, problems);
        List<CatalogRecord> contents = new ArrayList<>();
        List<RelatedFilm> allRelated = new ArrayList<>();
        for (Section section : sections) {
            switch (section.kind()) {
                case HEADER -> free.parse(section.lines(), Prose.SUMMARY);
                case STORYLINE -> free.parse(section.lines(), Prose.STORYLINE);
                case DETAILS -> free.parse(section.lines(), Prose.MARKED);
                case RELATED -> {
                    Block<List<RelatedFilm>> related = RelatedParser.parse(section.lines());
                    facts.related(related.value());
                    allRelated.addAll(related.value());
                    free.parse(related.rest(), Prose.MARKED);
                }
                case CAST -> {
                    Block<List<CastMember>> cast = CastParser.parse(section.lines(), problems);
                    facts.cast(cast.value());
                    free.parse(cast.rest(), Prose.MARKED);
                }
                case REVIEWS -> contents.addAll(new ReviewParser(sourceName, link.get(), problems)
                        .parse(section.lines()));
                case DID_YOU_KNOW -> contents.addAll(new QuoteParser(sourceName, link.get()).parse(section.lines()));
                case MESSAGE_BOARDS, IGNORED -> {
                    // the film's title is taken from the boards' "Discuss …" line; nothing else there is kept
                }
            }
        }
        List<CatalogRecord> records = new ArrayList<>();
        records.add(facts.toFilm(link.get()));
        records.addAll(RelatedRecords.of(link.get(), allRelated));
        records.addAll(contents);
        return records;
    }
}
