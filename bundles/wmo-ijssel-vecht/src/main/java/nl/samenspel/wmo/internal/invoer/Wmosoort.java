package nl.samenspel.wmo.internal.invoer;

import java.util.List;
import nl.samenspel.invoer.Invoerbestand;
import nl.samenspel.module.Istandaardsoort;
import nl.samenspel.module.toewijzing.Leveringlezer;

/** The kinds of file the Wmo module reads (docs/wmo.md), with their CSV columns, iWmo message and reader. */
public enum Wmosoort implements Istandaardsoort {
    AANBIEDERS(Vorm.csv("aanbieders", List.of("agb", "naam"), List.of(), Lezer.van(Recordlezer::aanbieder))),
    PRODUCTEN(Vorm.csv("producten", List.of("categorie", "code", "omschrijving", "eenheid", "uitvoeringsvariant", "voorziening"),
            List.of("kortingsgroep", "ingangsdatum", "wijziging"), Lezer.van(Recordlezer::product))),
    TARIEVEN(Vorm.csv("tarieven", List.of("categorie", "code", "ingangsdatum", "tarief"), List.of("einddatum"), Lezer.van(Recordlezer::tarief))),
    CONTRACTEN(Vorm.csv("contracten", List.of("agb", "jaar", "soort", "bedrag"), List.of("categorie", "productcode", "gemeente", "wijziging"),
            Lezer.van(Recordlezer::contract))),
    BUDGETTEN(Vorm.csv("budgetten", List.of("gemeente", "jaar", "budget"), List.of(), Lezer.van(Recordlezer::budget)).naarDeHub()),
    /** Either a {@code bsn} or a {@code client} column; {@code geboortedatum} only becomes {@code minderjarig}. */
    TOEWIJZINGEN(Vorm.metClient("toewijzingen", List.of("gemeente", "toewijzingnummer", "agb", "categorie", "productcode", "ingangsdatum"),
            List.of("toewijzingsdatum", "einddatum", "volume", "eenheid", "frequentie", "budget", "aanvraagdatum", "minderjarig",
                    "wijziging", "geboortedatum"), Iwmoberichten.WMO301, Recordlezer::toewijzing).naarDeHub()),
    /** {@code status} (StatusAanlevering) 2 changes a stored start, 3 withdraws it. */
    START_ZORG(Vorm.bericht("start-zorg", List.of("gemeente", "toewijzingnummer", "begindatum"), List.of("status"), Iwmoberichten.WMO305,
            Lezer.van(Leveringlezer::startZorg)).naarDeHub()),
    STOP_ZORG(Vorm.bericht("stop-zorg", List.of("gemeente", "toewijzingnummer", "einddatum", "reden"), List.of("status"), Iwmoberichten.WMO307,
            Lezer.van(Recordlezer::stopZorg)).naarDeHub()),
    DECLARATIES(Vorm.bericht("declaraties", List.of("gemeente", "toewijzingnummer", "declaratienummer", "begindatum", "einddatum", "volume",
            "eenheid", "bedrag", "debetcredit"), List.of("tarief", "categorie", "productcode"), Iwmoberichten.WMO323,
            Lezer.van(Recordlezer::declaratie)).naarDeHub()),
    GEBRUIK(Vorm.csv("gebruik", List.of("gemeente", "agb", "categorie", "productcode", "maand", "deelnemers", "bedrag"), List.of("wijziging"),
            Lezer.van(Recordlezer::gebruik)).naarDeHub()),
    /** The participants of an algemene voorziening its provider knows, per month; a {@code bsn} or a {@code client} column. */
    DEELNEMERS(Vorm.metClient("deelnemers", List.of("gemeente", "agb", "categorie", "productcode", "maand"), List.of(), null,
            Recordlezer::deelnemer).naarDeHub());

    /** Reads a file of any kind: CSV, or a message or ZIP of messages of the kind's iWmo type. */
    public static final Invoerbestand BESTAND = new Invoerbestand(Iwmoberichten.LEZER, "docs/wmo.md");

    private final Vorm vorm;

    Wmosoort(Vorm vorm) {
        this.vorm = vorm;
    }

    @Override
    public Vorm vorm() {
        return vorm;
    }
}
