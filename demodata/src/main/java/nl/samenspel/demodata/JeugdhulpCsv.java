package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CSV files of docs/jeugdhulp.md, plus tariefkortingen.csv for the cuts. */
final class JeugdhulpCsv {

    /** Every file {@link #schrijf} writes, in the order it writes them. */
    static final List<String> BESTANDEN = List.of("aanbieders.csv", "producten.csv", "tarieven.csv",
            "tariefkortingen.csv", "contracten.csv", "budgetten.csv", "toewijzingen.csv", "start-zorg.csv",
            "stop-zorg.csv", "declaraties.csv");

    private final JeugdhulpDemo demo;

    JeugdhulpCsv(JeugdhulpDemo demo) {
        this.demo = demo;
    }

    void schrijf(Path map, byte[] sleutel) throws IOException {
        Files.createDirectories(map);
        try (CsvBestand csv = new CsvBestand(map.resolve("aanbieders.csv"), List.of("agb", "naam"))) {
            for (Aanbieder a : demo.aanbieders()) {
                csv.rij(a.agb(), a.naam());
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("producten.csv"), List.of("categorie", "code",
                "omschrijving", "eenheid", "uitvoeringsvariant", "inkoop", "kortingsgroep"))) {
            for (Product p : demo.producten()) {
                csv.rij(p.categorie(), p.code(), p.omschrijving(), p.eenheid(), p.uitvoeringsvariant(),
                        p.inkoop(), p.kortingsgroep());
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("tarieven.csv"),
                List.of("categorie", "code", "ingangsdatum", "einddatum", "tarief"))) {
            for (Tarief t : demo.basistarieven()) {
                csv.rij(t.categorie(), t.code(), t.ingangsdatum(), t.einddatum(), t.tarief());
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("tariefkortingen.csv"), List.of("jaar", "groep", "percentage"))) {
            for (Tariefkorting k : demo.kortingen()) {
                csv.rij(k.jaar(), k.groep(), k.percentage());
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("contracten.csv"), List.of("agb", "jaar", "budgetplafond"))) {
            for (Contract c : demo.contracten()) {
                csv.rij(c.agb(), c.jaar(), c.budgetplafond());
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("budgetten.csv"),
                List.of("gemeente", "jaar", "totaal", "regionaal", "lokaal"))) {
            for (Budget b : demo.budgetten()) {
                csv.rij(b.gemeente(), b.jaar(), b.totaal(), b.regionaal(), b.lokaal());
            }
        }
        schrijfToewijzingen(map, sleutel);
        schrijfStartStop(map);
        try (CsvBestand csv = new CsvBestand(map.resolve("declaraties.csv"), List.of("gemeente", "toewijzingnummer",
                "declaratienummer", "begindatum", "einddatum", "bedrag", "debetcredit"))) {
            for (Declaratieregel d : demo.declaraties()) {
                csv.rij(d.gemeente(), d.toewijzingnummer(), d.declaratienummer(), d.begindatum(), d.einddatum(),
                        d.bedrag(), d.debetCredit());
            }
        }
    }

    /** A node's file carries BSNs; with a key it carries the pseudonym a node would make. */
    private void schrijfToewijzingen(Path map, byte[] sleutel) throws IOException {
        String clientKolom = sleutel == null ? "bsn" : "client";
        try (CsvBestand csv = new CsvBestand(map.resolve("toewijzingen.csv"), List.of("gemeente", "toewijzingnummer",
                clientKolom, "agb", "categorie", "productcode", "ingangsdatum", "einddatum", "volume", "eenheid",
                "frequentie", "budget", "aanmelddatum", "verwijzer"))) {
            for (Toewijzing t : demo.toewijzingen()) {
                String client = sleutel == null ? t.bsn() : JeugdhulpDemo.pseudoniem(sleutel, t.bsn());
                csv.rij(t.gemeente(), t.toewijzingnummer(), client, t.agb(), t.categorie(), t.productcode(),
                        t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(), t.frequentie(), t.budget(),
                        t.aanmelddatum(), t.verwijzer());
            }
        }
    }

    private void schrijfStartStop(Path map) throws IOException {
        try (CsvBestand csv = new CsvBestand(map.resolve("start-zorg.csv"),
                List.of("gemeente", "toewijzingnummer", "begindatum"))) {
            for (Toewijzing t : demo.toewijzingen()) {
                if (t.startZorg() != null) {
                    csv.rij(t.gemeente(), t.toewijzingnummer(), t.startZorg());
                }
            }
        }
        try (CsvBestand csv = new CsvBestand(map.resolve("stop-zorg.csv"),
                List.of("gemeente", "toewijzingnummer", "einddatum", "reden"))) {
            for (Toewijzing t : demo.toewijzingen()) {
                if (t.stopZorg() != null) {
                    csv.rij(t.gemeente(), t.toewijzingnummer(), t.stopZorg(), t.stopReden());
                }
            }
        }
    }
}
