package nl.samenspel.beschermdwonen.internal.invoer;

import java.util.List;
import nl.samenspel.module.Istandaardsoort;

/** The kinds of file the module reads (docs/beschermd-wonen.md): CSV only, with their columns and reader. */
public enum Bwsoort implements Istandaardsoort {
    VOORZIENINGEN(Vorm.csv("voorzieningen", List.of("code", "naam", "agb", "vestigingsgemeente", "soort", "capaciteit", "ingangsdatum"),
            List.of("einddatum", "wijziging"), Lezer.van(Recordlezer::voorziening))),
    AANMELDINGEN(Vorm.metClient("aanmeldingen", List.of("herkomstgemeente", "aanmeldingnummer", "datum", "vorm"), List.of("wijziging"), null,
            Recordlezer::aanmelding).naarDeHub()),
    PLAATSINGEN(Vorm.metClient("plaatsingen", List.of("herkomstgemeente", "plaatsingnummer", "voorziening", "vorm", "ingangsdatum", "tarief",
            "tariefeenheid"), List.of("einddatum", "eindreden", "overgangsrecht", "overboeking", "aanmelding", "wijziging"), null,
            Recordlezer::plaatsing).naarDeHub());

    private final Vorm vorm;

    Bwsoort(Vorm vorm) {
        this.vorm = vorm;
    }

    @Override
    public Vorm vorm() {
        return vorm;
    }
}
