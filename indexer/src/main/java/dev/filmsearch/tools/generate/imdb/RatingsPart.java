package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.SplittableRandom;

/**
 * title.ratings: about 13% of titles (1.6M of 12.3M), most likely movies and series, and every famous title.
 * Votes are log-normal (median 20) times the title's fame, at least 5 (IMDb shows no rating below that).
 */
final class RatingsPart extends DumpPart {
    RatingsPart() {
        super("title.ratings.tsv.gz", "tconst\taverageRating\tnumVotes",
                false, 3);
    }

    @Override
    int write(long k, Titles titles, TsvBuffer out) {
        TitleLayout.Block block = titles.block(k);
        TitleType type = block.type(k);
        double fame = 1 + (titles.rawFame(type == TitleType.TV_EPISODE ? block.series(k) : k) - 1)
                * type.fameWeight();
        SplittableRandom random = Draws.of(titles.model().seed, Kinds.RATING, k);
        if (random.nextDouble() >= ratedShare(type) && fame < 20) {
            return 0;
        }
        double mean = type == TitleType.TV_EPISODE ? 7.2 : 6.3;
        int rating = (int) Math.clamp(Math.round((mean + 1.15 * random.nextGaussian()) * 10), 10, 100);
        long votes = Math.max(5, Math.round(Math.exp(3 + 1.3 * random.nextGaussian()) * fame));
        titles.model().titleIds.write(out, k);
        out.tab().tenths(rating).tab().number(votes).newline();
        return 1;
    }

    private static double ratedShare(TitleType type) {
        return switch (type) {
            case MOVIE -> 0.42;
            case TV_MINI_SERIES, TV_MOVIE -> 0.4;
            case TV_SERIES, VIDEO_GAME -> 0.35;
            case TV_SPECIAL -> 0.25;
            case VIDEO, TV_SHORT -> 0.2;
            case SHORT -> 0.15;
            case TV_EPISODE -> 0.085;
        };
    }
}
