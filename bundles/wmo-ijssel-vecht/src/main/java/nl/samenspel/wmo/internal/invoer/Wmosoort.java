package nl.samenspel.wmo.internal.invoer;

import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.module.Invoersoort;

/** The kinds of file the Wmo module reads (docs/wmo.md), with their CSV columns and iWmo message. */
public enum Wmosoort implements Invoersoort, Invoerbestand.Soort {
    AANBIEDERS("aanbieders", List.of("agb", "naam"), List.of(), null, false),
    PRODUCTEN("producten", List.of("categorie", "code", "omschrijving", "eenheid", "uitvoeringsvariant", "voorziening"),
            List.of("kortingsgroep", "ingangsdatum", "wijziging"), null, false),
    TARIEVEN("tarieven", List.of("categorie", "code", "ingangsdatum", "tarief"), List.of("einddatum"), null, false),
    CONTRACTEN("contracten", List.of("agb", "jaar", "soort", "bedrag"), List.of("categorie", "productcode", "gemeente", "wijziging"), null,
            false),
    BUDGETTEN("budgetten", List.of("gemeente", "jaar", "budget"), List.of(), null, true),
    /** Either a {@code bsn} or a {@code client} column; {@code geboortedatum} only becomes {@code minderjarig}. */
    TOEWIJZINGEN("toewijzingen", List.of("gemeente", "toewijzingnummer", "agb", "categorie", "productcode", "ingangsdatum"),
            List.of("toewijzingsdatum", "einddatum", "volume", "eenheid", "frequentie", "budget", "aanvraagdatum", "minderjarig",
                    "wijziging", "geboortedatum"), Iwmoberichten.WMO301, true),
    /** {@code status} (StatusAanlevering) 2 changes a stored start, 3 withdraws it. */
    START_ZORG("start-zorg", List.of("gemeente", "toewijzingnummer", "begindatum"), List.of("status"), Iwmoberichten.WMO305, true),
    STOP_ZORG("stop-zorg", List.of("gemeente", "toewijzingnummer", "einddatum", "reden"), List.of("status"), Iwmoberichten.WMO307, true),
    DECLARATIES("declaraties", List.of("gemeente", "toewijzingnummer", "declaratienummer", "begindatum", "einddatum", "volume", "eenheid",
            "bedrag", "debetcredit"), List.of("tarief", "categorie", "productcode"), Iwmoberichten.WMO323, true),
    GEBRUIK("gebruik", List.of("gemeente", "agb", "categorie", "productcode", "maand", "deelnemers", "bedrag"), List.of("wijziging"), null,
            true),
    /** The participants of an algemene voorziening its provider knows, per month; a {@code bsn} or a {@code client} column. */
    DEELNEMERS("deelnemers", List.of("gemeente", "agb", "categorie", "productcode", "maand"), List.of(), null, true);

    private final String code;
    private final List<String> verplicht;
    private final List<String> optioneel;
    private final Istandaardbericht.Type bericht;
    private final boolean naarHub;

    Wmosoort(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht, boolean naarHub) {
        this.code = code;
        this.verplicht = verplicht;
        this.optioneel = optioneel;
        this.bericht = bericht;
        this.naarHub = naarHub;
    }

    @Override
    public String code() {
        return code;
    }

    /** What a gemeente delivers goes to the hub; master data is the hub's own and goes the other way. */
    @Override
    public boolean naarHub() {
        return naarHub;
    }

    public List<String> verplicht() {
        return verplicht;
    }

    public List<String> optioneel() {
        return optioneel;
    }

    /** The CSV columns; allocations have a {@code bsn} or a {@code client} column. */
    @Override
    public CsvBestand.Kolommen kolommen() {
        return new CsvBestand.Kolommen(verplicht, optioneel, this == TOEWIJZINGEN || this == DEELNEMERS
                ? List.of(CsvBestand.BSN, CsvBestand.CLIENT) : List.of());
    }

    /** Reads a file of any kind: CSV, or a message or ZIP of messages of the kind's iWmo type. */
    public static final Invoerbestand BESTAND = new Invoerbestand(Iwmoberichten.LEZER, "docs/wmo.md");

    /** The iWmo message carrying this kind, if any. */
    @Override
    public Optional<Istandaardbericht.Type> bericht() {
        return Optional.ofNullable(bericht);
    }
}
