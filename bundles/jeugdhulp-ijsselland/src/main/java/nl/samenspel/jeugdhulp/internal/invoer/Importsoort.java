package nl.samenspel.jeugdhulp.internal.invoer;

import java.util.List;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.module.Istandaardsoort;
import nl.samenspel.module.toewijzing.Leveringlezer;

/** The kinds of file the module reads (docs/jeugdhulp.md), with their CSV columns, iJw message and reader. */
public enum Importsoort implements Istandaardsoort {
    AANBIEDERS(Vorm.csv("aanbieders", List.of("agb", "naam"), List.of(), Lezer.van(Recordlezer::aanbieder))),
    PRODUCTEN(Vorm.csv("producten", List.of("categorie", "code", "omschrijving", "eenheid", "uitvoeringsvariant", "inkoop"),
            List.of("kortingsgroep", "ingangsdatum", "wijziging"), Lezer.van(Recordlezer::product))),
    TARIEVEN(Vorm.csv("tarieven", List.of("categorie", "code", "ingangsdatum", "tarief"), List.of("einddatum"), Lezer.van(Recordlezer::tarief))),
    CONTRACTEN(Vorm.csv("contracten", List.of("agb", "jaar", "budgetplafond"), List.of("wijziging"), Lezer.van(Recordlezer::contract))),
    BUDGETTEN(Vorm.csv("budgetten", List.of("gemeente", "jaar", "totaal", "regionaal", "lokaal"), List.of(), Lezer.van(Recordlezer::budget)).naarDeHub()),
    /** Either a {@code bsn} or a {@code client} column; see {@link nl.samenspel.invoer.CsvBestand}. */
    TOEWIJZINGEN(Vorm.metClient("toewijzingen", List.of("gemeente", "toewijzingnummer", "agb", "categorie", "productcode", "ingangsdatum"),
            List.of("toewijzingsdatum", "einddatum", "volume", "eenheid", "frequentie", "budget", "aanmelddatum", "verwijzer", "wijziging"),
            Ijwberichten.JW301, Recordlezer::toewijzing).naarDeHub()),
    /** {@code status} (iJw StatusAanlevering) 2 changes a stored start, 3 withdraws it; the exchange form carries it. */
    START_ZORG(Vorm.bericht("start-zorg", List.of("gemeente", "toewijzingnummer", "begindatum"), List.of("status"), Ijwberichten.JW305,
            Lezer.van(Leveringlezer::startZorg)).naarDeHub()),
    STOP_ZORG(Vorm.bericht("stop-zorg", List.of("gemeente", "toewijzingnummer", "einddatum", "reden"), List.of("status"), Ijwberichten.JW307,
            Lezer.van(Recordlezer::stopZorg)).naarDeHub()),
    DECLARATIES(Vorm.bericht("declaraties", List.of("gemeente", "toewijzingnummer", "declaratienummer", "begindatum", "einddatum", "bedrag",
            "debetcredit"), List.of(), Ijwberichten.JW323, Lezer.van(Recordlezer::declaratie)).naarDeHub());

    /** How the module's files are read: its iJw messages, and its document named where a kind is CSV only. */
    public static final Invoerbestand BESTAND = new Invoerbestand(Ijwberichten.LEZER, "docs/jeugdhulp.md");

    private final Vorm vorm;

    Importsoort(Vorm vorm) {
        this.vorm = vorm;
    }

    @Override
    public Vorm vorm() {
        return vorm;
    }
}
