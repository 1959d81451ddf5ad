package nl.samenspel.jeugdhulp.internal.invoer;

import java.util.List;
import java.util.Optional;
import nl.samenspel.invoer.CsvBestand;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.invoer.Istandaardbericht;
import nl.samenspel.module.Invoersoort;

/** The kinds of file the module reads (docs/jeugdhulp.md), with their CSV columns and iJw message. */
public enum Importsoort implements Invoersoort, Invoerbestand.Soort {
    AANBIEDERS("aanbieders", List.of("agb", "naam"), List.of(), null),
    PRODUCTEN("producten", List.of("categorie", "code", "omschrijving", "eenheid", "uitvoeringsvariant", "inkoop"),
            List.of("kortingsgroep", "ingangsdatum", "wijziging"), null),
    TARIEVEN("tarieven", List.of("categorie", "code", "ingangsdatum", "tarief"), List.of("einddatum"), null),
    CONTRACTEN("contracten", List.of("agb", "jaar", "budgetplafond"), List.of("wijziging"), null),
    BUDGETTEN("budgetten", List.of("gemeente", "jaar", "totaal", "regionaal", "lokaal"), List.of(), null),
    /** Either a {@code bsn} or a {@code client} column; see {@link CsvBestand}. */
    TOEWIJZINGEN("toewijzingen", List.of("gemeente", "toewijzingnummer", "agb", "categorie", "productcode", "ingangsdatum"),
            List.of("toewijzingsdatum", "einddatum", "volume", "eenheid", "frequentie", "budget", "aanmelddatum", "verwijzer", "wijziging"),
            Ijwberichten.JW301),
    /** {@code status} (iJw StatusAanlevering) 2 changes a stored start, 3 withdraws it; the exchange form carries it. */
    START_ZORG("start-zorg", List.of("gemeente", "toewijzingnummer", "begindatum"), List.of("status"), Ijwberichten.JW305),
    STOP_ZORG("stop-zorg", List.of("gemeente", "toewijzingnummer", "einddatum", "reden"), List.of("status"), Ijwberichten.JW307),
    DECLARATIES("declaraties", List.of("gemeente", "toewijzingnummer", "declaratienummer", "begindatum", "einddatum", "bedrag",
            "debetcredit"), List.of(), Ijwberichten.JW323);

    /** How the module's files are read: its iJw messages, and its document named where a kind is CSV only. */
    public static final Invoerbestand BESTAND = new Invoerbestand(Ijwberichten.LEZER, "docs/jeugdhulp.md");

    private final String code;
    private final List<String> verplicht;
    private final List<String> optioneel;
    private final Istandaardbericht.Type bericht;

    Importsoort(String code, List<String> verplicht, List<String> optioneel, Istandaardbericht.Type bericht) {
        this.code = code;
        this.verplicht = verplicht;
        this.optioneel = optioneel;
        this.bericht = bericht;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public boolean naarHub() {
        return nl.samenspel.jeugdhulp.internal.uitwisseling.Uitwisselvorm.naarHub(this);
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
        return new CsvBestand.Kolommen(verplicht, optioneel, this == TOEWIJZINGEN ? List.of(CsvBestand.BSN, CsvBestand.CLIENT) : List.of());
    }

    /** The iJw message carrying this kind, if any. */
    @Override
    public Optional<Istandaardbericht.Type> bericht() {
        return Optional.ofNullable(bericht);
    }

    public static Optional<Importsoort> vanCode(String code) {
        return Invoersoort.vanCode(Importsoort.class, code);
    }

    public static List<String> codes() {
        return Invoersoort.codes(Importsoort.class);
    }
}
