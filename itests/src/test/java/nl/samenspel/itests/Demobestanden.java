package nl.samenspel.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import nl.samenspel.demodata.Declaratieregel;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Product;
import nl.samenspel.demodata.Toewijzing;

/**
 * Runs outside the container, while Pax Exam configures it: writes the generated youth-care
 * demo files and, from the generator's own records, the figures the tests expect
 * ({@code verwacht.properties}). The tests inside the container read both from disk
 * ({@link Demoverwachting}); this class itself is never loaded there, where the generator is absent.
 */
final class Demobestanden {

    static final int JAAR = 2016;
    /** The test region's pseudonym key, as Base64 in {@code pseudoniem.sleutel}. */
    static final byte[] SLEUTEL = "itests: regionale sleutel, minstens 32 bytes lang".getBytes(StandardCharsets.US_ASCII);

    private Demobestanden() {
    }

    /**
     * The protected-housing demo files of 2015-2017 (15 members) with pseudonyms, and the
     * figures of 2016 recomputed from the generator's records: placements per herkomst- and
     * vestigingsgemeente and cost per herkomstgemeente.
     */
    static Path maakBeschermdWonen(String naam) {
        Path map = Path.of(System.getProperty("samenspel.werkmap"), "demo-bw-" + naam).toAbsolutePath();
        try {
            nl.samenspel.demodata.BeschermdWonenDemo demo = nl.samenspel.demodata.BeschermdWonenDemo.genereer(2016,
                    nl.samenspel.demodata.BeschermdWonenDemo.Periode.JAREN_2015_2017, 1_500, 40);
            demo.schrijfCsv(map.resolve("csv"), SLEUTEL);
            Map<String, Long> uit = new TreeMap<>();
            for (nl.samenspel.demodata.Plaatsing p : demo.plaatsingen()) {
                java.time.LocalDate van = java.time.LocalDate.of(JAAR, 1, 1);
                java.time.LocalDate tot = java.time.LocalDate.of(JAAR, 12, 31);
                if (p.ingangsdatum().isAfter(tot) || (p.einddatum() != null && p.einddatum().isBefore(van))) {
                    continue;
                }
                java.time.LocalDate a = p.ingangsdatum().isBefore(van) ? van : p.ingangsdatum();
                java.time.LocalDate b = p.einddatum() == null || p.einddatum().isAfter(tot) ? tot : p.einddatum();
                long dagen = java.time.temporal.ChronoUnit.DAYS.between(a, b) + 1;
                long kosten = p.tariefeenheid().equals("dag") ? p.tarief() * dagen
                        : java.math.BigDecimal.valueOf(p.tarief() * dagen * 12).divide(java.math.BigDecimal.valueOf(365), 0,
                        java.math.RoundingMode.HALF_UP).longValueExact();
                uit.merge("kosten." + p.herkomstgemeente(), kosten, Long::sum);
                uit.merge("kosten.regio", kosten, Long::sum);
                uit.merge("plaatsingen." + p.herkomstgemeente() + "." + p.vestigingsgemeente(), 1L, Long::sum);
                uit.merge("vestiging." + p.vestigingsgemeente(), 1L, Long::sum);
                uit.merge("plaatsingen.regio", 1L, Long::sum);
            }
            Properties p = new Properties();
            uit.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
            try (Writer w = Files.newBufferedWriter(map.resolve("verwacht.properties"), StandardCharsets.UTF_8)) {
                p.store(w, "verwachte cijfers beschermd wonen " + JAAR + " (itests Demobestanden)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** The protected-housing demo files of 2015-2017 with BSNs, as a municipality's own system exports them (the system test). */
    static Path beschermdWonenMetBsn(String naam) {
        Path map = Path.of(System.getProperty("samenspel.werkmap"), "demo-bw-bsn-" + naam).toAbsolutePath();
        try {
            nl.samenspel.demodata.BeschermdWonenDemo.genereer(2016, nl.samenspel.demodata.BeschermdWonenDemo.Periode.JAREN_2015_2017, 1_500, 40)
                    .schrijfCsv(map, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** @param metSleutel true: the CSVs carry pseudonyms (what a hub receives); false: BSNs (a node's own files) */
    static Path maak(String naam, boolean metSleutel) {
        Path map = Path.of(System.getProperty("samenspel.werkmap"), "demo-jeugdhulp-" + naam).toAbsolutePath();
        try {
            JeugdhulpDemo demo = JeugdhulpDemo.genereer(2016, 2_500);
            demo.schrijfCsv(map.resolve("csv"), metSleutel ? SLEUTEL : null);
            demo.schrijfXml(map.resolve("xml"));
            Files.writeString(map.resolve("pseudoniem.sleutel"), Base64.getEncoder().encodeToString(SLEUTEL) + "\n");
            schrijfVerwachting(demo, map.resolve("verwacht.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static void schrijfVerwachting(JeugdhulpDemo demo, Path bestand) throws IOException {
        Map<String, Boolean> regionaal = new HashMap<>();
        for (Product p : demo.producten()) {
            regionaal.put(p.categorie() + "/" + p.code(), p.isRegionaal());
        }
        Map<String, String> agb = new HashMap<>();
        demo.toewijzingen().forEach(t -> agb.put(t.gemeente() + "/" + t.toewijzingnummer(), t.agb()));
        Map<String, Long> uit = new TreeMap<>();
        for (Declaratieregel d : demo.declaraties()) {
            if (d.begindatum().getYear() != JAAR) {
                continue;
            }
            String soort = regionaal.get(d.categorie() + "/" + d.productcode()) ? "regionaal" : "lokaal";
            uit.merge("gerealiseerd." + soort + "." + d.gemeente(), d.saldo(), Long::sum);
            uit.merge("gerealiseerd.agb." + agb.get(d.gemeente() + "/" + d.toewijzingnummer()), d.saldo(), Long::sum);
            uit.merge("gerealiseerd.regio", d.saldo(), Long::sum);
        }
        Map<String, Set<String>> clienten = new HashMap<>();
        Set<String> regio = new HashSet<>();
        for (Toewijzing t : demo.toewijzingen()) {
            boolean inJaar = t.ingangsdatum().getYear() <= JAAR && (t.einddatum() == null || t.einddatum().getYear() >= JAAR);
            if (inJaar) {
                clienten.computeIfAbsent(t.gemeente(), g -> new HashSet<>()).add(t.bsn());
                regio.add(t.bsn());
            }
            uit.merge("toewijzingen." + t.gemeente(), 1L, Long::sum);
        }
        clienten.forEach((g, s) -> uit.put("clienten." + g, (long) s.size()));
        uit.put("clienten.regio", (long) regio.size());
        demo.budgetten().stream().filter(b -> b.jaar() == JAAR).forEach(b -> uit.put("budget.regionaal." + b.gemeente(), b.regionaal()));
        Properties p = new Properties();
        uit.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        // the pseudonyms a node with the test key must store for Deventer's clients
        StringBuilder deventer = new StringBuilder();
        demo.toewijzingen().stream().filter(t -> t.gemeente().equals("0150")).map(t -> JeugdhulpDemo.pseudoniem(SLEUTEL, t.bsn()))
                .distinct().sorted().forEach(s -> deventer.append(s).append(','));
        p.setProperty("pseudoniemen.0150", deventer.toString());
        try (Writer w = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
            p.store(w, "verwachte cijfers " + JAAR + ", herberekend uit de generator (itests Demobestanden)");
        }
    }

    /**
     * The Wmo demo files of 2015-2017 and 2024-2026 (CSV with BSNs or, {@code metSleutel}, pseudonyms;
     * and iWmo messages), and what the tests expect, recomputed from the generator's records:
     * declared amounts per provider and year, realised cost per gemeente in 2025 (declared, use,
     * taakgericht sums), Kampen's allocations and their pseudonyms.
     */
    static Path maakWmo(String naam, boolean metSleutel) {
        Path map = Path.of(System.getProperty("samenspel.werkmap"), "demo-wmo-" + naam).toAbsolutePath();
        try {
            nl.samenspel.demodata.WmoDemo demo = nl.samenspel.demodata.WmoDemo.genereer(2016, 600);
            demo.schrijfCsv(map.resolve("csv"), metSleutel ? SLEUTEL : null);
            demo.schrijfXml(map.resolve("xml"));
            Files.writeString(map.resolve("pseudoniem.sleutel"), Base64.getEncoder().encodeToString(SLEUTEL) + "\n");
            Map<String, Long> uit = new TreeMap<>();
            for (nl.samenspel.demodata.WmoDeclaratieregel d : demo.declaraties()) {
                long saldo = "C".equals(d.debetCredit()) ? -d.bedrag() : d.bedrag();
                uit.merge("besteed." + d.agb() + "." + d.begindatum().getYear(), saldo, Long::sum);
                uit.merge("gerealiseerd." + d.gemeente() + "." + d.begindatum().getYear(), saldo, Long::sum);
            }
            demo.gebruik().forEach(g -> uit.merge("gerealiseerd." + g.gemeente() + "." + g.maand().getYear(), g.bedrag(), Long::sum));
            demo.contracten().stream().filter(k -> k.soort().equals(nl.samenspel.demodata.WmoContract.TAAKGERICHT))
                    .forEach(k -> uit.merge("gerealiseerd." + k.gemeente() + "." + k.jaar(), k.bedrag(), Long::sum));
            demo.toewijzingen().forEach(t -> uit.merge("toewijzingen." + t.gemeente(), 1L, Long::sum));
            Properties p = new Properties();
            uit.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
            StringBuilder kampen = new StringBuilder();
            demo.toewijzingen().stream().filter(t -> t.gemeente().equals("0166")).map(t -> JeugdhulpDemo.pseudoniem(SLEUTEL, t.bsn()))
                    .distinct().sorted().forEach(x -> kampen.append(x).append(','));
            p.setProperty("pseudoniemen.0166", kampen.toString());
            try (Writer w = Files.newBufferedWriter(map.resolve("verwacht.properties"), StandardCharsets.UTF_8)) {
                p.store(w, "verwachte cijfers Wmo, herberekend uit de generator (itests Demobestanden)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
