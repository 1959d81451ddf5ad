package nl.samenspel.bench.wmo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.demodata.WmoToewijzing;
import nl.samenspel.wmo.internal.invoer.Wmosoort;

/**
 * The import bench's input, prepared before any timing: N allocations (default 100,000) as a node
 * receives them, as iWmo 3.2 WMO301 messages in one ZIP per gemeente and as one
 * {@code toewijzingen.csv} with a {@code bsn} column, both as bytes in memory; the master data
 * they are checked against; and the same allocations as typed rows with their pseudonyms
 * computed, in the order the import inserts them, for the JDBC baseline and the content check.
 *
 * <p>The generator ({@code WmoDemo.genereer}) draws at most 50,000 clients, about 80,000
 * allocations. So two datasets are drawn with seeds S and S+1 (each about N/2 allocations), and the
 * second one's toewijzingnummers are raised by {@value #VERSCHUIVING} (8 digits, as iWmo allows);
 * its messages join the first one's in the same archive per gemeente, its CSV lines the same file.
 * The surplus over N is taken out as whole messages of one allocation of the second dataset, spread
 * evenly over it. The generator's XML and CSV are otherwise untouched. Master data (providers,
 * products, tariffs, contracts, budgets) are the first dataset's files.
 */
final class Importgegevens {

    /** What the second dataset's toewijzingnummers are raised by: the per-gemeente numbers of both stay distinct. */
    static final long VERSCHUIVING = 1_000_000;
    /** The generator's allocations per client (80,191 for 50,000 clients): what the parts are sized by, with 2 % margin. */
    static final double PER_CLIENT = 1.60;
    static final List<Wmosoort> STAMGEGEVENS = List.of(Wmosoort.AANBIEDERS, Wmosoort.PRODUCTEN, Wmosoort.TARIEVEN, Wmosoort.CONTRACTEN,
            Wmosoort.BUDGETTEN);
    private static final Pattern NUMMER = Pattern.compile("<ToewijzingNummer>(\\d+)</ToewijzingNummer>");
    private static final LocalDateTime VASTE_TIJD = LocalDateTime.of(2018, 1, 1, 0, 0);

    /** The columns of WMO.TOEWIJZING an allocation import fills, IMPORT_ID aside (START_ZORG, STOP_ZORG, STOP_REDEN come later). */
    static final Basislijn.Tabel TABEL = new Basislijn.Tabel("WMO", "TOEWIJZING", List.of("GEMEENTE", "NUMMER", "CLIENT", "AGB", "CATEGORIE",
            "CODE", "TOEWIJZINGSDATUM", "INGANG", "EINDE", "VOLUME", "EENHEID", "FREQUENTIE", "BUDGET", "AANVRAAGDATUM", "MINDERJARIG"));

    /** A file as uploaded. */
    record Bestand(String naam, byte[] inhoud) {
    }

    /** One TOEWIJZING row with every column an allocation import fills. */
    record Rij(String gemeente, long nummer, String client, String agb, String categorie, String code, LocalDate toewijzingsdatum,
               LocalDate ingang, LocalDate einde, Integer volume, String eenheid, String frequentie, Long budget, LocalDate aanvraagdatum,
               Boolean minderjarig) implements Basislijn.Waarden {

        @Override
        public Object[] waarden() {
            return new Object[] {gemeente, nummer, client, agb, categorie, code, toewijzingsdatum, ingang, einde, volume, eenheid, frequentie,
                budget, aanvraagdatum, minderjarig};
        }

        /** The row as the content check reads it back: one line, nulls empty. */
        String regel() {
            StringBuilder sb = new StringBuilder();
            for (Object o : waarden()) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(o == null ? "" : o.toString());
            }
            return sb.toString();
        }

        String sleutel() {
            return gemeente + "/" + nummer;
        }
    }

    final int aantal;
    final long seed;
    final List<Bestand> stamgegevens;
    final Bestand csv;
    /** wmo301-&lt;gemeente&gt;.zip in name order: the order they are imported in. */
    final List<Bestand> wmo301;
    final int berichten;
    final List<Rij> rijenCsv;
    final List<Rij> rijenWmo301;
    final String verwachtCsv;
    final String verwachtWmo301;
    final List<String> bsns;
    final String herkomst;

    private Importgegevens(int aantal, long seed, List<Bestand> stamgegevens, Bestand csv, List<Bestand> wmo301, int berichten, List<Rij> rijenCsv,
                           List<Rij> rijenWmo301, List<String> bsns, String herkomst) {
        this.aantal = aantal;
        this.seed = seed;
        this.stamgegevens = stamgegevens;
        this.csv = csv;
        this.wmo301 = wmo301;
        this.berichten = berichten;
        this.rijenCsv = rijenCsv;
        this.rijenWmo301 = rijenWmo301;
        this.verwachtCsv = digest(rijenCsv);
        this.verwachtWmo301 = digest(rijenWmo301);
        this.bsns = bsns;
        this.herkomst = herkomst;
    }

    static Importgegevens maak(long seed, int aantal, Path map) throws IOException {
        long t0 = System.nanoTime();
        int clienten = (int) Math.ceil(aantal / 2.0 / PER_CLIENT * 1.02);
        List<WmoDemo> delen = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            delen.add(WmoDemo.genereer(seed + k, clienten));
        }
        int gegenereerd = delen.stream().mapToInt(d -> d.toewijzingen().size()).sum();
        if (gegenereerd < aantal) {
            throw new IllegalStateException("the two datasets of " + clienten + " clients hold " + gegenereerd + " allocations, fewer than " + aantal);
        }
        long genereerMs = (System.nanoTime() - t0) / 1_000_000;
        Path samen = map.resolve("samengevoegd");
        Path gereed = map.resolve("gereed.txt");
        String kenmerk = "seed " + seed + " and " + (seed + 1) + ", " + clienten + " clients each, " + aantal + " allocations, generator "
                + generatorKenmerk();
        boolean hergebruikt = Files.exists(gereed) && Files.readString(gereed).equals(kenmerk);
        if (!hergebruikt) {
            Mappen.verwijder(map);
            for (int k = 0; k < 2; k++) {
                System.out.printf(Locale.ROOT, "#   writing dataset %d (seed %d, %,d allocations) as CSV and iWmo messages ...%n", k + 1, seed + k,
                        delen.get(k).toewijzingen().size());
                delen.get(k).schrijfCsv(map.resolve("deel-" + k).resolve("csv"), null);
                delen.get(k).schrijfXml(map.resolve("deel-" + k).resolve("xml"));
            }
            voegSamen(map, samen, gegenereerd - aantal);
            for (int k = 0; k < 2; k++) {
                Mappen.verwijder(map.resolve("deel-" + k));
            }
            Files.writeString(gereed, kenmerk);
        }

        // the files as bytes, and the order in which the import meets the allocations
        List<Bestand> zips = new ArrayList<>();
        List<String> volgordeXml = new ArrayList<>();
        int berichten = 0;
        try (Stream<Path> s = Files.list(samen)) {
            for (Path zip : s.filter(p -> p.getFileName().toString().matches("wmo301-\\d{4}\\.zip")).sorted().toList()) {
                Bestand b = lees(zip);
                zips.add(b);
                String gemeente = b.naam().substring(7, 11);
                for (byte[] bericht : berichten(b.inhoud())) {
                    berichten++;
                    Matcher m = NUMMER.matcher(new String(bericht, StandardCharsets.UTF_8));
                    while (m.find()) {
                        volgordeXml.add(gemeente + "/" + m.group(1));
                    }
                }
            }
        }
        Bestand csv = lees(samen.resolve("toewijzingen.csv"));
        List<String> volgordeCsv = csv(csv.inhoud()).stream().skip(1).map(r -> {
            String[] v = r.split(";", 3);
            return v[0] + "/" + v[1];
        }).toList();

        Map<String, WmoToewijzing> perSleutel = new HashMap<>();
        Map<String, Long> nummers = new HashMap<>();
        for (int k = 0; k < 2; k++) {
            for (WmoToewijzing t : delen.get(k).toewijzingen()) {
                long nummer = t.toewijzingnummer() + k * VERSCHUIVING;
                perSleutel.put(t.gemeente() + "/" + nummer, t);
                nummers.put(t.gemeente() + "/" + nummer, nummer);
            }
        }
        Map<String, String> pseudoniemen = new HashMap<>();
        List<Rij> rijenCsv = new ArrayList<>(aantal);
        List<Rij> rijenXml = new ArrayList<>(aantal);
        for (String sleutel : volgordeCsv) {
            rijenCsv.add(rij(perSleutel.get(sleutel), nummers.get(sleutel), pseudoniemen, true));
        }
        for (String sleutel : volgordeXml) {
            rijenXml.add(rij(perSleutel.get(sleutel), nummers.get(sleutel), pseudoniemen, false));
        }
        if (rijenCsv.size() != aantal || rijenXml.size() != aantal || !new HashSet<>(volgordeCsv).equals(new HashSet<>(volgordeXml))) {
            throw new IllegalStateException("expected the same " + aantal + " allocations, CSV " + rijenCsv.size() + ", WMO301 " + rijenXml.size());
        }
        List<Bestand> stam = new ArrayList<>();
        for (Wmosoort soort : STAMGEGEVENS) {
            stam.add(lees(samen.resolve(soort.code() + ".csv")));
        }
        List<String> bsns = volgordeCsv.stream().map(s -> perSleutel.get(s).bsn()).toList();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String herkomst = String.format(Locale.ROOT, "generated in %.1f s, files %s, rows prepared; %.1f s in all (not timed)", genereerMs / 1e3,
                hergebruikt ? "reused from " + samen : "written to " + samen, ms / 1e3);
        return new Importgegevens(aantal, seed, List.copyOf(stam), csv, List.copyOf(zips), berichten, List.copyOf(rijenCsv), List.copyOf(rijenXml),
                bsns, herkomst);
    }

    /**
     * The allocation as the import stores it: the client's pseudonym, {@code minderjarig} from the
     * birth date on the ingangsdatum as the module decides it; the WMO301 has no application date.
     */
    private static Rij rij(WmoToewijzing t, long nummer, Map<String, String> pseudoniemen, boolean csv) {
        String client = pseudoniemen.computeIfAbsent(t.bsn(), b -> JeugdhulpDemo.pseudoniem(Omgeving.SLEUTEL, b));
        boolean minderjarig = Period.between(t.geboortedatum(), t.ingangsdatum()).getYears() < 18;
        return new Rij(t.gemeente(), nummer, client, t.agb(), t.categorie(), t.productcode(), t.toewijzingsdatum(), t.ingangsdatum(),
                t.einddatum(), t.volume(), t.eenheid(), t.frequentie(), t.budget(), csv ? t.aanvraagdatum() : null, minderjarig);
    }

    /**
     * Writes {@code samen}: per gemeente one wmo301 archive with the first dataset's messages and then
     * the second's (numbers raised, entry names prefixed {@code B-}), less {@code teVeel} messages of
     * one allocation of the second dataset spread evenly over it; toewijzingen.csv the same way; the
     * first dataset's master data.
     */
    private static void voegSamen(Path map, Path samen, int teVeel) throws IOException {
        Files.createDirectories(samen);
        Map<String, List<byte[][]>> perGemeente = new TreeMap<>();
        for (int k = 0; k < 2; k++) {
            try (Stream<Path> s = Files.list(map.resolve("deel-" + k).resolve("xml"))) {
                for (Path zip : s.filter(p -> p.getFileName().toString().matches("wmo301-\\d{4}\\.zip")).sorted().toList()) {
                    List<byte[][]> lijst = perGemeente.computeIfAbsent(zip.getFileName().toString(), z -> new ArrayList<>());
                    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                            byte[] inhoud = in.readAllBytes();
                            if (k == 1) {
                                inhoud = verschuif(inhoud);
                            }
                            lijst.add(new byte[][] {((k == 1 ? "B-" : "") + e.getName()).getBytes(StandardCharsets.UTF_8), inhoud});
                        }
                    }
                }
            }
        }
        // which messages of the second dataset go: those of exactly one allocation, every n-th
        List<byte[][]> enkel = new ArrayList<>();
        perGemeente.values().forEach(l -> l.stream().filter(b -> new String(b[0], StandardCharsets.UTF_8).startsWith("B-"))
                .filter(b -> aantalNummers(b[1]) == 1).forEach(enkel::add));
        if (enkel.size() < teVeel) {
            throw new IllegalStateException(teVeel + " allocations too many, only " + enkel.size() + " messages of one allocation to take out");
        }
        Set<byte[][]> weg = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> wegSleutels = new HashSet<>();
        for (int i = 0; i < teVeel; i++) {
            weg.add(enkel.get((int) ((long) i * enkel.size() / teVeel)));
        }
        for (Map.Entry<String, List<byte[][]>> e : perGemeente.entrySet()) {
            String gemeente = e.getKey().substring(7, 11);
            try (OutputStream uit = Files.newOutputStream(samen.resolve(e.getKey())); ZipOutputStream zip = new ZipOutputStream(uit)) {
                for (byte[][] b : e.getValue()) {
                    if (weg.contains(b)) {
                        Matcher m = NUMMER.matcher(new String(b[1], StandardCharsets.UTF_8));
                        m.find();
                        wegSleutels.add(gemeente + "/" + m.group(1));
                        continue;
                    }
                    ZipEntry entry = new ZipEntry(new String(b[0], StandardCharsets.UTF_8));
                    entry.setTimeLocal(VASTE_TIJD);
                    zip.putNextEntry(entry);
                    zip.write(b[1]);
                    zip.closeEntry();
                }
            }
        }
        // the CSV: the first dataset's lines, then the second's with raised numbers, less the same allocations
        List<String> regels = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<String> deel = csv(Files.readAllBytes(map.resolve("deel-" + k).resolve("csv").resolve("toewijzingen.csv")));
            if (k == 0) {
                regels.addAll(deel);
                continue;
            }
            for (String r : deel.subList(1, deel.size())) {
                String[] v = r.split(";", 3);
                long nummer = Long.parseLong(v[1]) + VERSCHUIVING;
                if (!wegSleutels.contains(v[0] + "/" + nummer)) {
                    regels.add(v[0] + ";" + nummer + ";" + v[2]);
                }
            }
        }
        Files.writeString(samen.resolve("toewijzingen.csv"), String.join("\n", regels) + "\n", StandardCharsets.UTF_8);
        for (Wmosoort soort : STAMGEGEVENS) {
            Files.copy(map.resolve("deel-0").resolve("csv").resolve(soort.code() + ".csv"), samen.resolve(soort.code() + ".csv"));
        }
    }

    /** The message with every ToewijzingNummer raised by {@link #VERSCHUIVING}. */
    private static byte[] verschuif(byte[] bericht) {
        Matcher m = NUMMER.matcher(new String(bericht, StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "<ToewijzingNummer>" + (Long.parseLong(m.group(1)) + VERSCHUIVING) + "</ToewijzingNummer>");
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int aantalNummers(byte[] bericht) {
        Matcher m = NUMMER.matcher(new String(bericht, StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The lines of a CSV file, comment and empty lines left out. */
    private static List<String> csv(byte[] inhoud) {
        return new String(inhoud, StandardCharsets.UTF_8).lines().filter(r -> !r.isBlank() && !r.startsWith("#")).toList();
    }

    /** The entries of an archive, as the importer unzips them. */
    static List<byte[]> berichten(byte[] zip) {
        List<byte[]> uit = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                uit.add(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit;
    }

    private static String generatorKenmerk() {
        try {
            Path jar = Path.of(WmoDemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getFileName() + " " + Files.size(jar) + " bytes " + Files.getLastModifiedTime(jar);
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Bestand lees(Path p) throws IOException {
        return new Bestand(p.getFileName().toString(), Files.readAllBytes(p));
    }

    long wmo301Bytes() {
        return wmo301.stream().mapToLong(b -> b.inhoud().length).sum();
    }

    long wmo301Uitgepakt() {
        return wmo301.stream().flatMap(b -> berichten(b.inhoud()).stream()).mapToLong(b -> b.length).sum();
    }

    /** Allocations per gemeente in the CSV rows, for the header. */
    String perGemeente() {
        Map<String, Long> n = new TreeMap<>();
        rijenCsv.forEach(r -> n.merge(r.gemeente(), 1L, Long::sum));
        return String.join(", ", n.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
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
