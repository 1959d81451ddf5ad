package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CSV files of docs/wmo.md: comma separated, one file per kind, only the columns the format knows. */
final class WmoCsv {

    /** Every file {@link #schrijf} writes, in the order it writes them. */
    static final List<String> BESTANDEN = List.of("aanbieders.csv", "producten.csv", "tarieven.csv", "contracten.csv",
            "budgetten.csv", "toewijzingen.csv", "start-zorg.csv", "stop-zorg.csv", "declaraties.csv", "gebruik.csv", "deelnemers.csv");

    private final WmoDemo demo;

    WmoCsv(WmoDemo demo) {
        this.demo = demo;
    }

    void schrijf(Path map, byte[] sleutel) throws IOException {
        Files.createDirectories(map);
        try (CsvBestand csv = csv(map, "aanbieders.csv", "agb", "naam")) {
            for (Aanbieder a : demo.aanbieders()) {
                csv.rij(a.agb(), a.naam());
            }
        }
        try (CsvBestand csv = csv(map, "producten.csv", "categorie", "code", "omschrijving", "eenheid",
                "uitvoeringsvariant", "voorziening", "kortingsgroep", "ingangsdatum")) {
            for (WmoProduct p : demo.producten()) {
                csv.rij(p.categorie(), p.code(), p.omschrijving(), p.eenheid(), p.uitvoeringsvariant(), p.voorziening(),
                        p.kortingsgroep(), p.ingangsdatum());
            }
        }
        try (CsvBestand csv = csv(map, "tarieven.csv", "categorie", "code", "ingangsdatum", "einddatum", "tarief")) {
            for (Tarief t : demo.tarieven()) {
                csv.rij(t.categorie(), t.code(), t.ingangsdatum(), t.einddatum(), t.tarief());
            }
        }
        try (CsvBestand csv = csv(map, "contracten.csv", "agb", "jaar", "soort", "bedrag", "categorie", "productcode",
                "gemeente")) {
            for (WmoContract c : demo.contracten()) {
                csv.rij(c.agb(), c.jaar(), c.soort(), c.bedrag(), c.categorie(), c.productcode(), c.gemeente());
            }
        }
        try (CsvBestand csv = csv(map, "budgetten.csv", "gemeente", "jaar", "budget")) {
            for (WmoBudget b : demo.budgetten()) {
                csv.rij(b.gemeente(), b.jaar(), b.budget());
            }
        }
        schrijfToewijzingen(map, sleutel);
        schrijfStartStop(map);
        try (CsvBestand csv = csv(map, "declaraties.csv", "gemeente", "toewijzingnummer", "declaratienummer",
                "begindatum", "einddatum", "volume", "eenheid", "tarief", "bedrag", "debetcredit", "categorie",
                "productcode")) {
            for (WmoDeclaratieregel d : demo.declaraties()) {
                csv.rij(d.gemeente(), d.toewijzingnummer(), d.declaratienummer(), d.begindatum(), d.einddatum(),
                        d.volume(), d.eenheid(), d.tarief(), d.bedrag(), d.debetCredit(), d.categorie(), d.productcode());
            }
        }
        try (CsvBestand csv = csv(map, "gebruik.csv", "gemeente", "agb", "categorie", "productcode", "maand",
                "deelnemers", "bedrag")) {
            for (Gebruik g : demo.gebruik()) {
                csv.rij(g.gemeente(), g.agb(), g.categorie(), g.productcode(), g.maand(), g.deelnemers(), g.bedrag());
            }
        }
        // known participants: a BSN in a node's file, the pseudonym with a key
        try (CsvBestand csv = csv(map, "deelnemers.csv", "gemeente", "agb", "categorie", "productcode", "maand",
                sleutel == null ? "bsn" : "client")) {
            for (Deelnemer d : demo.deelnemers()) {
                csv.rij(d.gemeente(), d.agb(), d.categorie(), d.productcode(), d.maand(), sleutel == null ? d.bsn() : Pseudoniem.van(sleutel, d.bsn()));
            }
        }
    }

    /**
     * A node's file carries the BSN and the birth date (the node turns it into
     * {@code minderjarig}); with a key it carries what the node sends on: the pseudonym and
     * {@code minderjarig}, never the birth date.
     */
    private void schrijfToewijzingen(Path map, byte[] sleutel) throws IOException {
        boolean knooppunt = sleutel == null;
        try (CsvBestand csv = csv(map, "toewijzingen.csv", "gemeente", "toewijzingnummer", knooppunt ? "bsn" : "client",
                "agb", "categorie", "productcode", "toewijzingsdatum", "ingangsdatum", "einddatum", "volume", "eenheid",
                "frequentie", "budget", "aanvraagdatum", knooppunt ? "geboortedatum" : "minderjarig")) {
            for (WmoToewijzing t : demo.toewijzingen()) {
                String client = knooppunt ? t.bsn() : Pseudoniem.van(sleutel, t.bsn());
                Object leeftijd = knooppunt ? t.geboortedatum() : (t.minderjarig() ? "ja" : "nee");
                csv.rij(t.gemeente(), t.toewijzingnummer(), client, t.agb(), t.categorie(), t.productcode(),
                        t.toewijzingsdatum(), t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(), t.frequentie(),
                        t.budget(), t.aanvraagdatum(), leeftijd);
            }
        }
    }

    private void schrijfStartStop(Path map) throws IOException {
        try (CsvBestand csv = csv(map, "start-zorg.csv", "gemeente", "toewijzingnummer", "begindatum")) {
            for (WmoToewijzing t : demo.toewijzingen()) {
                if (t.startZorg() != null) {
                    csv.rij(t.gemeente(), t.toewijzingnummer(), t.startZorg());
                }
            }
        }
        try (CsvBestand csv = csv(map, "stop-zorg.csv", "gemeente", "toewijzingnummer", "einddatum", "reden")) {
            for (WmoToewijzing t : demo.toewijzingen()) {
                if (t.stopZorg() != null) {
                    csv.rij(t.gemeente(), t.toewijzingnummer(), t.stopZorg(), t.stopReden());
                }
            }
        }
    }

    private static CsvBestand csv(Path map, String naam, String... kolommen) throws IOException {
        return new CsvBestand(map.resolve(naam), List.of(kolommen));
    }
}
