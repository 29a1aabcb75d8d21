package dev.filmsearch.corpus.titlepage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleYearTest {

    @Test
    void page_title_lines_give_title_and_year() {
        assertEquals(Optional.of(new TitleYear("Salvador Allende", 2004)),
                TitleYear.ofPageTitle("Salvador Allende (2004) - IMDb"));
        assertEquals(Optional.of(new TitleYear("Machuca", 2004)), TitleYear.ofPageTitle("Machuca (2004)"));
        assertEquals(Optional.of(new TitleYear("Night Shift", 1999)), TitleYear.ofPageTitle("Night Shift (1999/II)"));
        assertEquals(Optional.of(new TitleYear("Harbour", 2003)), TitleYear.ofPageTitle("Harbour (TV Movie 2003)"));
        assertEquals(Optional.of(new TitleYear("Tides", 2005)),
                TitleYear.ofPageTitle("Tides (TV Series 2005–2010) - IMDb"));
        assertEquals(Optional.of(new TitleYear("Untold", null)), TitleYear.ofPageTitle("Untold - IMDb"));
    }

    @Test
    void the_discussion_line_gives_title_and_year() {
        assertEquals(Optional.of(new TitleYear("Salvador Allende", 2004)),
                TitleYear.ofDiscussLine("Discuss Salvador Allende (2004) on the IMDb message boards »"));
    }

    @Test
    void other_lines_with_years_in_parentheses_are_no_titles() {
        assertEquals(Optional.empty(), TitleYear.ofPageTitle("Wikipedia movie data (American films 1900–2023)"));
        assertEquals(Optional.empty(), TitleYear.ofPageTitle("He left Chile in 1973 (after the coup)."));
        assertEquals(Optional.empty(), TitleYear.ofListing("Two boys observe a political coup in their native Chile."));
    }
}
