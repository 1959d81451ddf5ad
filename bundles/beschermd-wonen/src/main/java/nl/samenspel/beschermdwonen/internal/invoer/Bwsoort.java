package nl.samenspel.beschermdwonen.internal.invoer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.module.Invoersoort;

/** The kinds of file the module reads (docs/beschermd-wonen.md), with their CSV columns. */
public enum Bwsoort implements Invoersoort {
    VOORZIENINGEN("voorzieningen", new CsvBestand.Kolommen(
            List.of("code", "naam", "agb", "vestigingsgemeente", "soort", "capaciteit", "ingangsdatum"), List.of("einddatum", "wijziging"))),
    AANMELDINGEN("aanmeldingen", new CsvBestand.Kolommen(
            List.of("herkomstgemeente", "aanmeldingnummer", "datum", "vorm"), List.of("wijziging"), List.of(CsvBestand.BSN, CsvBestand.CLIENT))),
    PLAATSINGEN("plaatsingen", new CsvBestand.Kolommen(
            List.of("herkomstgemeente", "plaatsingnummer", "voorziening", "vorm", "ingangsdatum", "tarief", "tariefeenheid"),
            List.of("einddatum", "eindreden", "overgangsrecht", "overboeking", "aanmelding", "wijziging"),
            List.of(CsvBestand.BSN, CsvBestand.CLIENT)));

    private final String code;
    private final CsvBestand.Kolommen kolommen;

    Bwsoort(String code, CsvBestand.Kolommen kolommen) {
        this.code = code;
        this.kolommen = kolommen;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public boolean naarHub() {
        return nl.samenspel.beschermdwonen.internal.uitwisseling.Uitwisselvorm.naarHub(this);
    }

    public CsvBestand.Kolommen kolommen() {
        return kolommen;
    }

    public static Optional<Bwsoort> vanCode(String code) {
        return Invoersoort.vanCode(Bwsoort.class, code);
    }

    public static List<String> codes() {
        return Invoersoort.codes(Bwsoort.class);
    }
}
