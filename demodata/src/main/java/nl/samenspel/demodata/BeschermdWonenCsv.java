package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CSV files of docs/beschermd-wonen.md. */
final class BeschermdWonenCsv {

    /** Every file {@link #schrijf} writes, in the order it writes them. */
    static final List<String> BESTANDEN = List.of("voorzieningen.csv", "aanmeldingen.csv", "plaatsingen.csv");

    private final BeschermdWonenDemo demo;

    BeschermdWonenCsv(BeschermdWonenDemo demo) {
        this.demo = demo;
    }

    void schrijf(Path map, byte[] sleutel) throws IOException {
        Files.createDirectories(map);
        try (CsvBestand csv = new CsvBestand(map.resolve("voorzieningen.csv"), List.of("code", "naam", "agb",
                "vestigingsgemeente", "soort", "capaciteit", "ingangsdatum", "einddatum"))) {
            for (Voorziening v : demo.voorzieningen()) {
                csv.rij(v.code(), v.naam(), v.agb(), v.vestigingsgemeente(), v.soort(), v.capaciteit(),
                        v.ingangsdatum(), v.einddatum());
            }
        }
        String clientKolom = sleutel == null ? "bsn" : "client";
        try (CsvBestand csv = new CsvBestand(map.resolve("aanmeldingen.csv"),
                List.of("herkomstgemeente", "aanmeldingnummer", clientKolom, "datum", "vorm"))) {
            for (Aanmelding a : demo.aanmeldingen()) {
                csv.rij(a.herkomstgemeente(), a.aanmeldingnummer(), client(a.bsn(), sleutel), a.datum(), a.vorm());
            }
        }
        // no vestigingsgemeente column: the module takes it from the facility, so it cannot disagree
        try (CsvBestand csv = new CsvBestand(map.resolve("plaatsingen.csv"), List.of("herkomstgemeente",
                "plaatsingnummer", clientKolom, "voorziening", "vorm", "ingangsdatum", "einddatum", "tarief",
                "tariefeenheid", "eindreden", "overgangsrecht", "overboeking", "aanmelding"))) {
            for (Plaatsing p : demo.plaatsingen()) {
                csv.rij(p.herkomstgemeente(), p.plaatsingnummer(), client(p.bsn(), sleutel), p.voorziening(), p.vorm(),
                        p.ingangsdatum(), p.einddatum(), p.tarief(), p.tariefeenheid(), p.eindreden(),
                        jaNee(p.overgangsrecht()), jaNee(p.overboeking()), p.aanmelding());
            }
        }
    }

    /** A node's file carries BSNs; with a key it carries the pseudonym a node would make. */
    private static String client(String bsn, byte[] sleutel) {
        return sleutel == null ? bsn : JeugdhulpDemo.pseudoniem(sleutel, bsn);
    }

    private static String jaNee(boolean waarde) {
        return waarde ? "ja" : "nee";
    }
}
