package nl.samenspel.bench.uitwisseling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Toewijzing;

/**
 * The bench's data, made before anything is timed. The master data (aanbieders, producten,
 * tarieven, contracten) are the demo generator's files ({@code JeugdhulpDemo.genereer(seed,
 * 2500).schrijfCsv(map, null)}, as the system test loads them). The allocations are the
 * generator's own allocations of a second, larger run with the same seed (the same catalogue,
 * checked; at most 100,000, used in turn when more are needed), so every product, provider, date
 * and volume is one the module accepts; each is made an allocation of Deventer (0150) with a new
 * number 1..n. The client column is the generator's
 * BSN (test BSNs 999xxxxxx, elfproef valid), so the node pseudonymises every record.
 */
final class Gegevens {

    static final String GEMEENTE = "0150";
    /** The region's pseudonym key at the node (Base64 in etc/samenspel-pseudoniem.sleutel), 52 bytes. */
    static final byte[] SLEUTEL = "bench uitwisseling: regionale pseudoniemsleutel, 52 b".getBytes(StandardCharsets.US_ASCII);
    /** The most allocations taken from one generator run (see {@link #maak}). */
    static final int SJABLONEN = 100_000;
    static final List<String> STAMSOORTEN = List.of("aanbieders", "producten", "tarieven", "contracten");
    /** The columns of the generator's toewijzingen.csv with BSNs (JeugdhulpCsv), in its order. */
    static final List<String> KOP = List.of("gemeente", "toewijzingnummer", "bsn", "agb", "categorie", "productcode", "ingangsdatum",
            "einddatum", "volume", "eenheid", "frequentie", "budget", "aanmelddatum", "verwijzer");

    /** A file as dropped into the inbox. */
    record Bestand(String naam, byte[] inhoud, int records) {
    }

    /**
     * One JEUGDHULP.TOEWIJZING row as the CSV import stores it: every column an allocation import
     * fills (no TOEWIJZINGSDATUM: the CSV has no such column; START_ZORG, STOP_ZORG, STOP_REDEN are
     * for later files), the client as the pseudonym HMAC-SHA256(key, BSN).
     */
    record Rij(String gemeente, long nummer, String client, String agb, String categorie, String code, LocalDate toewijzingsdatum,
               LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget, LocalDate aanmelddatum,
               String verwijzer) implements Basislijn.Rij {
    }

    final Map<String, byte[]> stam = new LinkedHashMap<>();
    final List<Bestand> doorvoer;
    final List<Bestand> latentie;
    /** Files like the throughput files, with other numbers, for a warm-up round before the measured one. */
    final List<Bestand> opwarmen;
    final List<Rij> rijen;
    final long bytesDoorvoer;
    final String herkomst;

    private Gegevens(List<Bestand> doorvoer, List<Bestand> latentie, List<Bestand> opwarmen, List<Rij> rijen, String herkomst) {
        this.opwarmen = opwarmen;
        this.doorvoer = doorvoer;
        this.latentie = latentie;
        this.rijen = rijen;
        this.bytesDoorvoer = doorvoer.stream().mapToLong(b -> b.inhoud().length).sum();
        this.herkomst = herkomst;
    }

    static Gegevens maak(long seed, int aantal, int bestanden, int latentieBestanden, int latentieRecords, int opwarmBestanden, Path map)
            throws IOException {
        long t0 = System.nanoTime();
        JeugdhulpDemo klein = JeugdhulpDemo.genereer(seed, 2_500);
        Path stamMap = map.resolve("stam");
        Mappen.verwijder(stamMap);
        klein.schrijfCsv(stamMap, null);
        int perBestand = aantal / bestanden;
        int nodig = aantal + latentieBestanden * latentieRecords + opwarmBestanden * perBestand;
        // The generator's test BSNs are 999xxxxxx (about 90,900 valid ones); above roughly 110,000 allocations it needs more
        // clients than that and Bsn.nieuw() loops for ever. So at most SJABLONEN allocations are generated, and used in turn.
        JeugdhulpDemo groot = JeugdhulpDemo.genereer(seed, Math.min(nodig, SJABLONEN));
        zelfdeCatalogus(klein, groot);
        List<Toewijzing> sjablonen = groot.toewijzingen();
        List<Toewijzing> bron = new java.util.AbstractList<>() {
            @Override
            public Toewijzing get(int i) {
                return sjablonen.get(i % sjablonen.size());
            }

            @Override
            public int size() {
                return nodig;
            }
        };
        long genereerMs = (System.nanoTime() - t0) / 1_000_000;

        Map<String, String> pseudoniemen = new HashMap<>();
        List<Rij> rijen = new ArrayList<>(aantal);
        List<Bestand> doorvoer = new ArrayList<>(bestanden);
        int van = 0;
        for (int b = 0; b < bestanden; b++) {
            int tot = (int) ((long) aantal * (b + 1) / bestanden);
            StringBuilder csv = kop(tot - van);
            for (int i = van; i < tot; i++) {
                Toewijzing t = bron.get(i);
                regel(csv, t, i + 1);
                rijen.add(new Rij(GEMEENTE, i + 1, pseudoniemen.computeIfAbsent(t.bsn(), bsn -> JeugdhulpDemo.pseudoniem(SLEUTEL, bsn)),
                        t.agb(), t.categorie(), t.productcode(), null, t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(),
                        t.frequentie(), t.budget(), t.aanmelddatum(), t.verwijzer()));
            }
            doorvoer.add(new Bestand(String.format("toewijzingen-doorvoer-%03d.csv", b + 1), csv.toString().getBytes(StandardCharsets.UTF_8),
                    tot - van));
            van = tot;
        }
        List<Bestand> latentie = new ArrayList<>(latentieBestanden);
        for (int f = 0; f < latentieBestanden; f++) {
            StringBuilder csv = kop(latentieRecords);
            for (int r = 0; r < latentieRecords; r++) {
                int i = aantal + f * latentieRecords + r;
                regel(csv, bron.get(i), i + 1);
            }
            latentie.add(new Bestand(String.format("toewijzingen-latentie-%03d.csv", f + 1), csv.toString().getBytes(StandardCharsets.UTF_8),
                    latentieRecords));
        }
        List<Bestand> opwarmen = new ArrayList<>(opwarmBestanden);
        int eerste = aantal + latentieBestanden * latentieRecords;
        for (int f = 0; f < opwarmBestanden; f++) {
            StringBuilder csv = kop(perBestand);
            for (int r = 0; r < perBestand; r++) {
                int i = eerste + f * perBestand + r;
                regel(csv, bron.get(i), i + 1);
            }
            opwarmen.add(new Bestand(String.format("toewijzingen-opwarmen-%03d.csv", f + 1), csv.toString().getBytes(StandardCharsets.UTF_8),
                    perBestand));
        }
        Gegevens g = new Gegevens(List.copyOf(doorvoer), List.copyOf(latentie), List.copyOf(opwarmen), List.copyOf(rijen), String.format(java.util.Locale.ROOT,
                "JeugdhulpDemo.genereer(%d, 2,500) for the master data, genereer(%d, %,d) for the allocations (same catalogue), used in turn"
                        + " for the %,d needed (each with a new number, gemeente 0150): %.1f s; %,d distinct BSNs among the %,d throughput allocations",
                seed, seed, sjablonen.size(), nodig, genereerMs / 1e3, pseudoniemen.size(), aantal));
        for (String soort : STAMSOORTEN) {
            g.stam.put(soort, Files.readAllBytes(stamMap.resolve(soort + ".csv")));
        }
        // the dropped files as they are, for a look afterwards (the throughput files only when small)
        Path bestandenMap = map.resolve("bestanden");
        Mappen.verwijder(bestandenMap);
        Files.createDirectories(bestandenMap);
        for (Bestand b : latentie) {
            Files.write(bestandenMap.resolve(b.naam()), b.inhoud());
        }
        Files.write(bestandenMap.resolve(doorvoer.get(0).naam()), doorvoer.get(0).inhoud());
        return g;
    }

    /** The allocations must fit the master data loaded: the same providers, products, tariffs and contract years. */
    private static void zelfdeCatalogus(JeugdhulpDemo a, JeugdhulpDemo b) {
        Set<String> contractenA = a.contracten().stream().map(c -> c.agb() + "/" + c.jaar()).collect(Collectors.toSet());
        Set<String> contractenB = b.contracten().stream().map(c -> c.agb() + "/" + c.jaar()).collect(Collectors.toSet());
        if (!a.aanbieders().equals(b.aanbieders()) || !a.producten().equals(b.producten()) || !a.basistarieven().equals(b.basistarieven())
                || !contractenA.equals(contractenB)) {
            throw new IllegalStateException("de generator geeft bij dezelfde seed en een andere omvang een andere catalogus;"
                    + " de bench moet dan de stamgegevens van de grote run laden");
        }
    }

    private static StringBuilder kop(int records) {
        return new StringBuilder(records * 110 + 200).append(String.join(";", KOP)).append('\n');
    }

    /** One line as the generator writes it (JeugdhulpCsv / CsvBestand: ';', ISO dates, null empty), with gemeente and number replaced. */
    private static void regel(StringBuilder csv, Toewijzing t, long nummer) {
        Object[] cellen = {GEMEENTE, nummer, t.bsn(), t.agb(), t.categorie(), t.productcode(), t.ingangsdatum(), t.einddatum(), t.volume(),
                t.eenheid(), t.frequentie(), t.budget(), t.aanmelddatum(), t.verwijzer()};
        for (int i = 0; i < cellen.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cel(cellen[i]));
        }
        csv.append('\n');
    }

    private static String cel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        if (tekst.indexOf(';') >= 0 || tekst.indexOf('"') >= 0 || tekst.indexOf('\n') >= 0 || tekst.indexOf('\r') >= 0) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }
}
