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
}
