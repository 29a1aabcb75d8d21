package dev.filmsearch.corpus.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardNamesTest {
    private static final NameTable COUNTRIES = StandardNames.countries();
    private static final NameTable LANGUAGES = StandardNames.languages();

    /** How many other spellings a table's lines list (third column). */
    private static long spellingsIn(String file) {
        return TableFile.read(file).stream().mapToLong(r -> TableFile.list(r[2]).size()).sum();
    }

    /** Every spelling of countries.tsv: a spelling added to the table needs a line here. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            USA	United States
            U.S.A.	United States
            U.S.	United States
            United States of America	United States
            America	United States
            EE.UU.	United States
            EE. UU.	United States
            EEUU	United States
            E.U.A.	United States
            Estados Unidos de América	United States
            UK	United Kingdom
            U.K.	United Kingdom
            Great Britain	United Kingdom
            Britain	United Kingdom
            United Kingdom of Great Britain and Northern Ireland	United Kingdom
            Gran Bretaña	United Kingdom
            Korea	South Korea
            Republic of Korea	South Korea
            Korea, Republic of	South Korea
            Korea, South	South Korea
            Corea	South Korea
            Democratic People's Republic of Korea	North Korea
            Korea, North	North Korea
            Czech Republic	Czechia
            República Checa	Czechia
            Russian Federation	Russia
            Turkey	Türkiye
            Turquía	Türkiye
            Iran, Islamic Republic of	Iran
            Syrian Arab Republic	Syria
            Libyan Arab Jamahiriya	Libya
            Kyrgyz Republic	Kyrgyzstan
            Macedonia	North Macedonia
            Republic of Macedonia	North Macedonia
            FYROM	North Macedonia
            Macedonia, the former Yugoslav Republic of	North Macedonia
            Moldova, Republic of	Moldova
            Tanzania, United Republic of	Tanzania
            Venezuela, Bolivarian Republic of	Venezuela
            Bolivia, Plurinational State of	Bolivia
            Viet Nam	Vietnam
            Lao People's Democratic Republic	Laos
            Taiwan, Province of China	Taiwan
            Republic of China	Taiwan
            Holy See	Vatican City
            Vatican	Vatican City
            Swaziland	Eswatini
            Cabo Verde	Cape Verde
            Ivory Coast	Côte d’Ivoire
            Cote d'Ivoire	Côte d’Ivoire
            East Timor	Timor-Leste
            Guadaloupe	Guadeloupe
            Hong Kong	Hong Kong
            Hong Kong SAR	Hong Kong
            Hong Kong SAR China	Hong Kong
            Macau	Macao
            Macao SAR China	Macao
            Burma	Myanmar
            Myanmar (Burma)	Myanmar
            DR Congo	Democratic Republic of the Congo
            Congo, Democratic Republic of the	Democratic Republic of the Congo
            Congo - Kinshasa	Democratic Republic of the Congo
            Zaire	Democratic Republic of the Congo
            Congo	Republic of the Congo
            Congo - Brazzaville	Republic of the Congo
            Palestinian Territories	Palestine
            State of Palestine	Palestine
            Occupied Palestinian Territory	Palestine
            USSR	Soviet Union
            U.S.S.R.	Soviet Union
            Union of Soviet Socialist Republics	Soviet Union
            Unión Soviética	Soviet Union
            URSS	Soviet Union
            German Democratic Republic	East Germany
            GDR	East Germany
            DDR	East Germany
            Alemania Oriental	East Germany
            West Germany	West Germany
            Federal Republic of Germany (West)	West Germany
            Alemania Occidental	West Germany
            Federal Republic of Yugoslavia	Yugoslavia
            Yugoslavia, Socialist Federal Republic of	Yugoslavia
            Yugoslavia (1918-1992)	Yugoslavia
            Czechoslovakia	Czechoslovakia
            Checoslovaquia	Czechoslovakia
            Serbia & Montenegro	Serbia and Montenegro
            Serbia y Montenegro	Serbia and Montenegro
            """)
    void each_spelling_of_the_country_table_gives_its_standard_name(String spelling, String name) {
        assertEquals(Optional.of(List.of(name)), COUNTRIES.resolve(spelling));
    }

    @Test
    void the_country_test_above_lists_every_spelling_of_the_table() {
        assertEquals(84, spellingsIn(StandardNames.COUNTRIES));
    }

    /** The JDK's names, Spanish names and codes, as the shared sets and Spanish sources spell countries. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            United States	United States
            us	United States
            USA	United States
            Estados Unidos	United States
            United Kingdom	United Kingdom
            GB	United Kingdom
            GBR	United Kingdom
            Reino Unido	United Kingdom
            España	Spain
            Espana	Spain
            ES	Spain
            Alemania	Germany
            DEU	Germany
            Francia	France
            México	Mexico
            South Korea	South Korea
            Corea del Sur	South Korea
            Bosnia & Herzegovina	Bosnia and Herzegovina
            Bosnia and Herzegovina	Bosnia and Herzegovina
            Trinidad & Tobago	Trinidad and Tobago
            St. Lucia	Saint Lucia
            Saint Lucia	Saint Lucia
            St. Vincent & Grenadines	Saint Vincent and Grenadines
            Türkiye	Türkiye
            Czechia	Czechia
            Soviet Union	Soviet Union
            """)
    void the_jdks_names_codes_and_spanish_names_give_the_standard_name(String spelling, String name) {
        assertEquals(Optional.of(List.of(name)), COUNTRIES.resolve(spelling));
    }

    @Test
    void a_value_naming_one_country_twice_is_that_country_once() {
        assertEquals(Optional.of(List.of("United States")), COUNTRIES.resolve("USA, United States of America"));
        assertEquals(Optional.of(List.of("United States", "Canada")), COUNTRIES.resolve("USA / Canada / US"));
        assertEquals(Optional.of(List.of("Bosnia and Herzegovina", "Croatia")),
                COUNTRIES.resolve("Bosnia & Herzegovina, Croatia"));
    }

    @Test
    void what_is_not_a_country_is_unknown() {
        assertEquals(Optional.empty(), COUNTRIES.resolve("New Line"));
        assertEquals(Optional.empty(), COUNTRIES.resolve("Official site"));
        assertEquals(Optional.empty(), COUNTRIES.resolve("USA, New Line"));
    }

    /** Every spelling of languages.tsv: a spelling added to the table needs a line here. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            Inglés	English
            Anglais	English
            Englisch	English
            Castilian	Spanish
            Castellano	Spanish
            Español	Spanish
            Espagnol	Spanish
            Spanisch	Spanish
            Francés	French
            Français	French
            Alemán	German
            Deutsch	German
            Chinese Mandarin	Chinese
            Chino	Chinese
            Panjabi	Punjabi
            Farsi	Persian
            Flemish	Dutch
            Hebrew	Hebrew
            Hebreo	Hebrew
            Greek, Modern	Greek
            Pilipino	Filipino
            Tagalog	Tagalog
            Yue Chinese	Cantonese
            Chinese Cantonese	Cantonese
            Mandarin Chinese	Mandarin
            Mandarín	Mandarin
            Putonghua	Mandarin
            Dari Persian	Dari
            Afghan Persian	Dari
            Aramaic	Aramaic
            Arameo	Aramaic
            Maya	Mayan
            Mayan languages	Mayan
            None	No linguistic content
            No language	No linguistic content
            No dialogue	No linguistic content
            Sin diálogos	No linguistic content
            ASL	American Sign Language
            Sign Languages	Sign Language
            Lengua de signos	Sign Language
            Lenguaje de signos	Sign Language
            Hawaiian	Hawaiian
            Cherokee	Cherokee
            Navajo	Navajo
            Latin	Latin
            Latín	Latin
            Esperanto	Esperanto
            Yiddish	Yiddish
            fre	French
            ger	German
            chi	Chinese
            cze	Czech
            dut	Dutch
            gre	Greek
            per	Persian
            rum	Romanian
            slo	Slovak
            alb	Albanian
            arm	Armenian
            baq	Basque
            bur	Burmese
            geo	Georgian
            ice	Icelandic
            mac	Macedonian
            mao	Māori
            may	Malay
            tib	Tibetan
            wel	Welsh
            """)
    void each_spelling_of_the_language_table_gives_its_standard_name(String spelling, String name) {
        assertEquals(Optional.of(List.of(name)), LANGUAGES.resolve(spelling));
    }

    @Test
    void the_language_test_above_lists_every_spelling_of_the_table() {
        assertEquals(68, spellingsIn(StandardNames.LANGUAGES));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            en	English
            EN	English
            eng	English
            English	English
            inglés	English
            es	Spanish
            spa	Spanish
            español	Spanish
            fra	French
            Deutsch	German
            Italiano	Italian
            Japanese	Japanese
            japonés	Japanese
            yue	Cantonese
            cmn	Mandarin
            zxx	No linguistic content
            Hindi	Hindi
            Slovenian	Slovenian
            Norwegian	Norwegian
            """)
    void codes_english_spanish_and_own_names_give_the_standard_language_name(String spelling, String name) {
        assertEquals(Optional.of(List.of(name)), LANGUAGES.resolve(spelling));
    }

    @Test
    void every_country_and_language_name_of_the_shared_sets_has_one_standard_name() {
        List<String> countries = List.of("Afghanistan", "Algeria", "Angola", "Argentina", "Aruba", "Australia",
                "Austria", "Bahamas", "Belgium", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Brazil", "Bulgaria",
                "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Cyprus", "Czech Republic", "Denmark",
                "Dominica", "Dominican Republic", "Ecuador", "Egypt", "Fiji", "Finland", "France", "Georgia",
                "Germany", "Greece", "Guadaloupe", "Guyana", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia",
                "Iran", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
                "Kyrgyz Republic", "Kyrgyzstan", "Lebanon", "Libya", "Libyan Arab Jamahiriya", "Lithuania",
                "Luxembourg", "Malaysia", "Malta", "Mexico", "Monaco", "Morocco", "Netherlands", "New Zealand",
                "Nigeria", "Norway", "Pakistan", "Panama", "Peru", "Philippines", "Poland", "Portugal", "Romania",
                "Russia", "Serbia", "Serbia and Montenegro", "Singapore", "Slovakia", "Slovenia", "South Africa",
                "South Korea", "Soviet Union", "Spain", "Sweden", "Switzerland", "Taiwan", "Thailand", "Tunisia",
                "Turkey", "UK", "USA", "Ukraine", "United Arab Emirates", "United Kingdom", "United States of America",
                "West Germany");
        assertEquals(95, countries.size());
        // USA = United States of America, UK = United Kingdom, Kyrgyz Republic = Kyrgyzstan, Libya = Libyan Arab Jamahiriya
        assertEquals(91, countries.stream().map(c -> COUNTRIES.resolve(c).orElseThrow()).distinct().count());
        List<String> languages = List.of("Arabic", "Aramaic", "Bosnian", "Cantonese", "Chinese", "Czech", "Danish",
                "Dari", "Dutch", "Dzongkha", "English", "Filipino", "French", "German", "Greek", "Hebrew", "Hindi",
                "Hungarian", "Icelandic", "Indonesian", "Italian", "Japanese", "Kannada", "Kazakh", "Korean",
                "Mandarin", "Maya", "Mongolian", "None", "Norwegian", "Panjabi", "Persian", "Polish", "Portuguese",
                "Romanian", "Russian", "Slovenian", "Spanish", "Swahili", "Swedish", "Tamil", "Telugu", "Thai",
                "Urdu", "Vietnamese", "Zulu");
        assertEquals(46, languages.size());
        assertEquals(46, languages.stream().map(l -> LANGUAGES.resolve(l).orElseThrow()).distinct().count());
        assertEquals(Optional.empty(), LANGUAGES.resolve("Aboriginal"));
    }
}
