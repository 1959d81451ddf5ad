package nl.samenspel.bench.jeugdhulp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Tariefkorting;
import nl.samenspel.demodata.Toewijzing;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;

/**
 * Everything a measured run needs, prepared before any timing: the files as bytes in memory
 * (read from the generator's output on disk), and the same allocations as typed rows with the
 * pseudonyms already computed, for the JDBC baseline. The generator itself is dropped after this.
 */
final class Dataset {

    /** The key the node would have; the pseudonym is HMAC-SHA256(key, BSN) as in PseudoniemComponent. */
    static final byte[] SLEUTEL = "een regionale benchmarksleutel van minstens 32 bytes".getBytes(StandardCharsets.US_ASCII);

    /** Loaded before every measured run, in this order (as Demolader does), cuts after the tariffs. */
    static final List<Importsoort> STAM_VOOR_KORTINGEN = List.of(Importsoort.AANBIEDERS, Importsoort.PRODUCTEN, Importsoort.TARIEVEN);
    static final List<Importsoort> STAM_NA_KORTINGEN = List.of(Importsoort.CONTRACTEN, Importsoort.BUDGETTEN);

    /** A file as uploaded. */
    record Bestand(String naam, byte[] inhoud) {
    }

    /**
     * One TOEWIJZING row with every column an import fills (START_ZORG, STOP_ZORG, STOP_REDEN
     * are filled by later JW305/JW307 files, never by an allocation import).
     */
    record Rij(String gemeente, long nummer, String client, String agb, String categorie, String code, LocalDate toewijzingsdatum,
               LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget,
               LocalDate aanmelddatum, String verwijzer) implements Basislijn.Rij {

        /** The row as the check reads it back: one line, nulls empty. */
        String regel() {
            return gemeente + "|" + nummer + "|" + client + "|" + agb + "|" + categorie + "|" + code + "|" + tekst(toewijzingsdatum) + "|"
                    + ingang + "|" + tekst(einde) + "|" + tekst(volume) + "|" + tekst(eenheid) + "|" + tekst(frequentie) + "|"
                    + tekst(budget) + "|" + tekst(aanmelddatum) + "|" + tekst(verwijzer);
        }

        static String tekst(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    final int aantal;
    final long seed;
    final Map<Importsoort, Bestand> stamgegevens = new LinkedHashMap<>();
    final List<Tariefkorting> kortingen;
    /** toewijzingen.csv with a bsn column, as a node imports it. */
    final Bestand csv;
    /** jw301-&lt;gemeente&gt;.zip, in name order: the order they are imported in. */
    final List<Bestand> jw301;
    /** The rows the CSV import stores, in the order it inserts them (no toewijzingsdatum: the CSV has no such column). */
    final List<Rij> rijenCsv;
    /** The rows the JW301 import stores, in the order it inserts them (no aanmelddatum/verwijzer: JW301 has neither). */
    final List<Rij> rijenJw301;
    final String verwachtCsv;
    final String verwachtJw301;
    final long generatieMs;
    final String herkomst;
    /** The BSN of every row, in CSV order: what the importer pseudonymises, one call per record. */
    final List<String> bsns;

    private Dataset(int aantal, long seed, List<Tariefkorting> kortingen, Bestand csv, List<Bestand> jw301, List<Rij> rijenCsv,
                    List<Rij> rijenJw301, long generatieMs, String herkomst, List<String> bsns) {
        this.herkomst = herkomst;
        this.bsns = bsns;
        this.aantal = aantal;
        this.seed = seed;
        this.kortingen = kortingen;
        this.csv = csv;
        this.jw301 = jw301;
        this.rijenCsv = rijenCsv;
        this.rijenJw301 = rijenJw301;
        this.verwachtCsv = digest(rijenCsv);
        this.verwachtJw301 = digest(rijenJw301);
        this.generatieMs = generatieMs;
    }

    static Dataset maak(long seed, int aantal, Path map) throws IOException {
        long t0 = System.nanoTime();
        JeugdhulpDemo demo = JeugdhulpDemo.genereer(seed, aantal);
        long genereerMs = (System.nanoTime() - t0) / 1_000_000;
        Path csvMap = map.resolve("csv");
        Path xmlMap = map.resolve("xml");
        // the generator gives the same bytes for the same seed and size: files of an earlier run are reused
        Path gereed = map.resolve("gereed.txt");
        String kenmerk = "seed " + seed + ", " + aantal + " allocations, generator " + generatorKenmerk();
        boolean hergebruikt = Files.exists(gereed) && Files.readString(gereed).equals(kenmerk);
        if (!hergebruikt) {
            Mappen.verwijder(map);
            demo.schrijfCsv(csvMap, null);
            demo.schrijfXml(xmlMap);
            Files.writeString(gereed, kenmerk);
        }

        List<Toewijzing> toewijzingen = demo.toewijzingen();
        List<Rij> rijenCsv = new ArrayList<>(toewijzingen.size());
        Map<String, String> pseudoniemen = new java.util.HashMap<>();
        for (Toewijzing t : toewijzingen) {
            String client = pseudoniemen.computeIfAbsent(t.bsn(), b -> JeugdhulpDemo.pseudoniem(SLEUTEL, b));
            rijenCsv.add(new Rij(t.gemeente(), t.toewijzingnummer(), client, t.agb(), t.categorie(), t.productcode(), null,
                    t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(), t.frequentie(), t.budget(), t.aanmelddatum(), t.verwijzer()));
        }
        // JW301: one archive per gemeente, one message per provider and client in data order (the generator's
        // Groepering), the records of a message in data order; the archives are imported in name order.
        List<Bestand> jw301 = new ArrayList<>();
        List<Rij> rijenJw301 = new ArrayList<>(toewijzingen.size());
        try (Stream<Path> zips = Files.list(xmlMap)) {
            for (Path zip : zips.filter(p -> p.getFileName().toString().matches("jw301-\\d{4}\\.zip")).sorted().toList()) {
                String naam = zip.getFileName().toString();
                jw301.add(new Bestand(naam, Files.readAllBytes(zip)));
                String gemeente = naam.substring(6, 10);
                Map<String, List<Toewijzing>> berichten = new LinkedHashMap<>();
                for (Toewijzing t : toewijzingen) {
                    if (t.gemeente().equals(gemeente)) {
                        berichten.computeIfAbsent(t.agb() + "/" + t.bsn(), k -> new ArrayList<>()).add(t);
                    }
                }
                for (List<Toewijzing> bericht : berichten.values()) {
                    for (Toewijzing t : bericht) {
                        rijenJw301.add(new Rij(t.gemeente(), t.toewijzingnummer(), pseudoniemen.get(t.bsn()), t.agb(), t.categorie(),
                                t.productcode(), t.toewijzingsdatum(), t.ingangsdatum(), t.einddatum(), t.volume(), t.eenheid(),
                                t.frequentie(), t.budget(), null, null));
                    }
                }
            }
        }
        List<Tariefkorting> kortingen = List.copyOf(demo.kortingen());
        Bestand csv = lees(csvMap.resolve("toewijzingen.csv"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Dataset d = new Dataset(aantal, seed, kortingen, csv, List.copyOf(jw301), List.copyOf(rijenCsv), List.copyOf(rijenJw301), ms,
                String.format(java.util.Locale.ROOT, "generated in %.1f s, files %s, rows prepared; %.1f s in all (not timed)",
                        genereerMs / 1e3, hergebruikt ? "reused from " + map : "written to " + map, ms / 1e3),
                toewijzingen.stream().map(Toewijzing::bsn).toList());
        for (Importsoort soort : Stream.concat(STAM_VOOR_KORTINGEN.stream(), STAM_NA_KORTINGEN.stream()).toList()) {
            d.stamgegevens.put(soort, lees(csvMap.resolve(soort.code() + ".csv")));
        }
        if (d.rijenCsv.size() != aantal || d.rijenJw301.size() != aantal) {
            throw new IllegalStateException("expected " + aantal + " rows, CSV " + d.rijenCsv.size() + ", JW301 " + d.rijenJw301.size());
        }
        return d;
    }

    /** The generator jar's size and time: a rebuilt generator may write other bytes. */
    private static String generatorKenmerk() {
        try {
            Path jar = Path.of(JeugdhulpDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getFileName() + " " + Files.size(jar) + " bytes " + Files.getLastModifiedTime(jar);
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Bestand lees(Path p) throws IOException {
        return new Bestand(p.getFileName().toString(), Files.readAllBytes(p));
    }

    /** Messages (zip entries) in all JW301 archives. */
    int jw301Berichten() {
        int n = 0;
        for (Bestand b : jw301) {
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(b.inhoud()))) {
                while (zip.getNextEntry() != null) {
                    n++;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return n;
    }

    /**
     * How many stored rows the JW301 import reads back in all, as a multiple of the total: before
     * each archive the store step loads every allocation already stored (the earlier archives).
     */
    double jw301Terugleesfactor() {
        Map<String, Long> perGemeente = new java.util.TreeMap<>();
        rijenJw301.forEach(r -> perGemeente.merge(r.gemeente(), 1L, Long::sum));
        long opgeslagen = 0;
        long gelezen = 0;
        for (Bestand b : jw301) {
            gelezen += opgeslagen;
            opgeslagen += perGemeente.getOrDefault(b.naam().substring(6, 10), 0L);
        }
        return (double) gelezen / aantal;
    }

    long jw301Bytes() {
        return jw301.stream().mapToLong(b -> b.inhoud().length).sum();
    }

    /** SHA-256 over the rows sorted by the primary key: what a correct import leaves in TOEWIJZING. */
    static String digest(List<Rij> rijen) {
        List<Rij> gesorteerd = new ArrayList<>(rijen);
        gesorteerd.sort(Comparator.comparing(Rij::gemeente).thenComparingLong(Rij::nummer));
        MessageDigest md = sha256();
        for (Rij r : gesorteerd) {
            md.update(r.regel().getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
