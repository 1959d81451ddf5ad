package nl.samenspel.wmo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.invoer.Wmosoort;

/**
 * A small Wmo dataset written out by hand, so every figure a test expects can be recomputed on paper
 * (docs/wmo.md, "Monitoring"): two providers, five products (hours, a DIAH trajectory, maatwerk and
 * algemene dagbesteding, a rolstoel), tariffs with the 2016-style cut, ceilings and a taakgericht sum.
 */
public final class Wmodata {

    public static final String THUIS = "12345678";
    public static final String DAGBESTEDING = "87654321";

    public static final String AANBIEDERS = """
            agb;naam
            12345678;Thuiszorg IJssel-Vecht
            87654321;Dagbesteding De Brug
            """;

    public static final String PRODUCTEN = """
            categorie;code;omschrijving;eenheid;uitvoeringsvariant;voorziening;kortingsgroep
            01;HH1;Hulp bij het huishouden (uren);04;inspanningsgericht;maatwerk;diah
            02;BGT;Begeleiding traject;82;outputgericht;maatwerk;diah
            07;DBM;Dagbesteding maatwerk;16;inspanningsgericht;maatwerk;
            07;DBA;Dagbesteding algemeen;82;outputgericht;algemeen;
            11;RS1;Rolstoel;82;outputgericht;maatwerk;
            10;WT1;Wijkteam Zwolle;82;taakgericht;maatwerk;
            """;

    /** € 30 an hour, cut to € 27 from 2025-07-01; a trajectory € 1,500; a dagdeel € 40; a rolstoel € 900. */
    public static final String TARIEVEN = """
            categorie;code;ingangsdatum;einddatum;tarief
            01;HH1;2024-01-01;2025-06-30;3000
            01;HH1;2025-07-01;;2700
            02;BGT;2024-01-01;;150000
            07;DBM;2024-01-01;;4000
            11;RS1;2024-01-01;;90000
            """;

    /** A ceiling of € 4,500 on the whole of Thuiszorg's contract, € 1,000 on its hours, and a € 120,000 wijkteam for Zwolle. */
    public static final String CONTRACTEN = """
            agb;jaar;soort;bedrag;categorie;productcode;gemeente
            12345678;2025;bestedingsruimte;450000;;;
            12345678;2025;bestedingsruimte;100000;01;HH1;
            87654321;2025;bestedingsruimte;5000000;;;
            12345678;2025;taakgericht;12000000;10;WT1;0193
            """;

    public static final String BUDGETTEN = """
            gemeente;jaar;budget
            0193;2025;50000000
            0166;2025;500000
            """;

    private Wmodata() {
    }

    public static void laadStamgegevens(Importdienst dienst) throws Exception {
        for (Object[] bestand : new Object[][] {{Wmosoort.AANBIEDERS, AANBIEDERS}, {Wmosoort.PRODUCTEN, PRODUCTEN},
            {Wmosoort.TARIEVEN, TARIEVEN}, {Wmosoort.CONTRACTEN, CONTRACTEN}, {Wmosoort.BUDGETTEN, BUDGETTEN}}) {
            Importresultaat r = Testomgeving.lees(dienst, (Wmosoort) bestand[0], (String) bestand[1]);
            assertThat(r.fouten()).as(((Wmosoort) bestand[0]).code()).isEmpty();
            assertThat(r.geaccepteerd()).isTrue();
        }
    }
}
