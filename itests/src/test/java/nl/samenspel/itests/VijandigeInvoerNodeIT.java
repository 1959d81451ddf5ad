package nl.samenspel.itests;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.inject.Inject;
import nl.samenspel.store.Database;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hostile input at a Deventer node with the region's pseudonym key, through the REST import
 * ({@code POST jeugdhulp/imports/{soort}}): every iJw message (JW301, JW305, JW307, JW323) with a
 * billion laughs, an external entity, a DTD, deep nesting, an error on a one-line message, a
 * failing BSN, a name in a code field, a wrong namespace, a truncated document and bytes that are
 * not UTF-8; ZIP archives that are bombs, nested, with names outside the archive, twice the same
 * name, too many entries, empty or broken; CSV with personal values in the wrong column; query
 * parameters that carry a BSN. Each case is a {@link Geval}: the request, the status, the field or
 * bound the refusal must name, and the personal values planted in the input. For every case:
 * the answer names what it should, the node stays ready, nothing is stored, and no planted value
 * comes back. At the end, the log, the import log and the reports kept beside refused files hold
 * none of the planted values, the log has no {@code Error}, the kept files are {@code 0600}, and
 * the untouched messages the cases were made from are accepted (so each refusal is the case's own).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VijandigeInvoerNodeIT {

    static final int POORT = 18195;
    private static final String DEMO = "samenspel.demo.vijandig";
    /** Lowered from 200,000 (etc/nl.samenspel.invoer.cfg below), so that "more entries than zipBerichten" is a small archive. */
    private static final int ZIP_BERICHTEN = 50;
    private static final String IMPORT = "jeugdhulp/imports/";

    /** The people whose data is planted in the inputs; every BSN passes the elfproef unless it is named "fout". */
    private static final Persoon JW301 = new Persoon("815552798", "Vijandigwoud", "Gifbekerstraat", "7399QZ", "2003-07-19");
    private static final Persoon JW305 = new Persoon("101788721", "Kwaadwilliger", "Valstrikweg", "7398QY", "2004-11-03");
    private static final Persoon JW307 = new Persoon("534451275", "Onheilsbode", "Dolkstraat", "7397QX", "2002-05-27");
    private static final Persoon JW323 = new Persoon("193791754", "Boosaardiger", "Gifmengerslaan", "7396QW", "2001-09-14");
    private static final Persoon CSV = new Persoon("809597925", "Booswicht-Lagendijk", "Kwelgeeststeeg", "7395QV", "2005-01-08");
    /** A BSN in names: of a file, of a ZIP entry, of a query parameter. */
    private static final String BSN_IN_NAAM = "841004766";
    private static final String BSN_IN_PARAMETER = "715500764";
    /** What /etc/passwd starts with: an external entity that was resolved would show it. */
    private static final String PASSWD = "root:x:0:0";

    /** Where the test leaves a copy of the container's log (the container's folder is removed after the run). */
    private static final String LOGKOPIE = "samenspel.itests.logkopie";

    @Inject
    private Database database;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maak("vijandig", false);
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-jeugdhulp", POORT, 18115, 11115, 44565),
                        SamenspelKaraf.kopieVanConfig("vijandig-node")),
                SamenspelKaraf.deventerZonderHub(demo.resolve("pseudoniem.sleutel")),
                // a bound lowered by configuration, as an operator would: the refusal must name it
                editConfigurationFilePut("etc/nl.samenspel.invoer.cfg", "zipBerichten", String.valueOf(ZIP_BERICHTEN)),
                systemProperty(DEMO).value(demo.toString()),
                systemProperty(LOGKOPIE).value(demo.resolveSibling("vijandig-karaf.log").toString())};
    }

    /** A person whose data is planted in an input. */
    private record Persoon(String bsn, String achternaam, String straat, String postcode, String geboortedatum) {
        List<String> waarden() {
            return List.of(bsn, achternaam, straat, postcode, geboortedatum);
        }
    }

    /**
     * One hostile input and what must come of it.
     *
     * @param pad         below /api/v1/, with the query
     * @param genoemd     what the problem body must contain: the field, element path or bound the refusal names
     * @param geplant     personal values in the input that must not come back (nor reach the log, the import log or a report)
     * @param nietGenoemd other text that must not come back (the content of /etc/passwd, a misleading "regel 2")
     * @param hoogstens   the longest the refusal may take; null: no bound beyond the client's time-out
     * @param productfout set when the product is known to answer this case wrongly: the case stays, and fails, with this note
     */
    private record Geval(String naam, String pad, String type, byte[] inhoud, int status, List<String> genoemd, List<String> geplant,
                         List<String> nietGenoemd, Duration hoogstens, String productfout) {

        static Geval van(String naam, String soort, String type, byte[] inhoud, int status, String... genoemd) {
            return new Geval(naam, IMPORT + soort, type, inhoud, status, List.of(genoemd), List.of(), List.of(), null, null);
        }

        Geval geplant(Collection<String> waarden) {
            List<String> alle = new ArrayList<>(geplant);
            alle.addAll(waarden);
            return new Geval(naam, pad, type, inhoud, status, genoemd, List.copyOf(alle), nietGenoemd, hoogstens, productfout);
        }

        Geval geplant(String... waarden) {
            return geplant(List.of(waarden));
        }

        Geval nietGenoemd(String... teksten) {
            return new Geval(naam, pad, type, inhoud, status, genoemd, geplant, List.of(teksten), hoogstens, productfout);
        }

        Geval binnen(Duration tijd) {
            return new Geval(naam, pad, type, inhoud, status, genoemd, geplant, nietGenoemd, tijd, productfout);
        }

        Geval productfout(String waarom) {
            return new Geval(naam, pad, type, inhoud, status, genoemd, geplant, nietGenoemd, hoogstens, waarom);
        }

        Geval query(String query) {
            return new Geval(naam, pad + query, type, inhoud, status, genoemd, geplant, nietGenoemd, hoogstens, productfout);
        }
    }

    /** A valid message of one iJw type, with a person planted, and what its mutations need to know about it. */
    private record Basis(String code, String soort, String xml, List<String> geplant, String datumveld, String datumregex,
                         String codeveld, String coderegex, String bsnveld) {
    }

    @Test
    public void hostileInputIsRefusedNamingTheFieldWhileTheNodeStaysReadyStoresNothingAndEchoesNoPersonalValue() throws Exception {
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/jeugdhulp/tariefkortingen", "/readiness");
        http.wachtOpJson("jeugdhulp/imports", "jeugdhulp/aanbieders");
        http.wachtTotGereed(Duration.ofSeconds(120));
        try {
            corpus();
        } finally {
            SamenspelKaraf.bewaarLog(LOGKOPIE);
        }
    }

    private void corpus() throws Exception {
        Path demo = Path.of(System.getProperty(DEMO));
        List<Basis> basissen = voorbereiden(demo);

        List<Geval> gevallen = new ArrayList<>();
        for (Basis b : basissen) {
            gevallen.addAll(ijwGevallen(b));
        }
        Basis jw301 = basissen.get(0);
        gevallen.addAll(extraXml(jw301, basissen.get(1)));
        gevallen.addAll(zipGevallen(jw301));
        gevallen.addAll(csvGevallen(demo));
        gevallen.addAll(restGevallen(jw301));
        assertTrue("te weinig gevallen: " + gevallen.size(), gevallen.size() >= 45);

        Path afgewezen = Path.of(System.getProperty("karaf.data"), "jeugdhulp", "afgewezen");
        List<String> fouten = new ArrayList<>();
        Set<String> alleGeplant = new LinkedHashSet<>();
        for (Geval g : gevallen) {
            alleGeplant.addAll(g.geplant());
            fouten.addAll(controleer(g));
        }
        System.out.println("VIJANDIG " + gevallen.size() + " gevallen, " + fouten.size() + " afwijking(en)");

        // the untouched messages the cases were made from are accepted: each refusal above was the case's own
        for (Basis b : basissen) {
            Http.Antwoord a = http.post(IMPORT + b.soort() + "?bestand=" + b.code() + ".xml", "application/xml", b.xml().getBytes(UTF_8));
            if (a.status() != 201) {
                fouten.add("controle: de ongewijzigde " + b.code() + " is niet geaccepteerd: " + a.status() + " " + a.body());
            }
            geenGeplant("controle " + b.code(), a.body(), b.geplant(), fouten);
        }
        Http.Antwoord csv = http.post(IMPORT + "toewijzingen?bestand=toewijzingen.csv", "text/csv", csvBestand(demo, Map.of()).getBytes(UTF_8));
        if (csv.status() != 201) {
            fouten.add("controle: de ongewijzigde CSV is niet geaccepteerd: " + csv.status() + " " + csv.body());
        }

        fouten.addAll(afgewezenBestanden(afgewezen, alleGeplant));
        fouten.addAll(importlogboek(alleGeplant));
        fouten.addAll(logboek(alleGeplant));
        assertTrue(fouten.size() + " afwijking(en):\n" + String.join("\n", fouten), fouten.isEmpty());
    }

    // ------------------------------------------------------------------------------------------------------------------
    // the valid messages the cases start from

    /**
     * Loads the master data and the allocations the demo's first JW305, JW307 and JW323 of Deventer
     * refer to; returns those three and one JW301 not loaded yet, each with a person planted.
     */
    private List<Basis> voorbereiden(Path demo) throws IOException {
        Path xml = demo.resolve("xml");
        String start = berichten(xml.resolve("jw305-0150.zip")).values().iterator().next();
        String stop = berichten(xml.resolve("jw307-0150.zip")).values().iterator().next();
        String declaratie = berichten(xml.resolve("jw323-0150.zip")).values().iterator().next();
        Set<String> nodig = new TreeSet<>();
        for (String b : List.of(start, stop, declaratie)) {
            nodig.addAll(nummers(b));
        }
        Map<String, byte[]> vooraf = new LinkedHashMap<>();
        String toewijzing = null;
        for (Map.Entry<String, String> e : berichten(xml.resolve("jw301-0150.zip")).entrySet()) {
            Set<String> eigen = nummers(e.getValue());
            if (eigen.stream().anyMatch(nodig::contains)) {
                vooraf.put(e.getKey(), e.getValue().getBytes(UTF_8));
            } else if (toewijzing == null) {
                toewijzing = e.getValue();
            }
        }
        assertTrue("geen JW301 voor " + nodig, !vooraf.isEmpty() && toewijzing != null);
        stamgegevens(demo.resolve("csv"));
        Http.Antwoord a = http.post(IMPORT + "toewijzingen?bestand=vooraf.zip", "application/zip", zip(vooraf));
        assertEquals(a.body(), 201, a.status());

        return List.of(
                basis("jw301", "toewijzingen", toewijzing, JW301, "ingangsdatum", "(?<=<Ingangsdatum>)[^<]+",
                        "productcode", "(?<=<ijw:Code>)[^<]+", "bsn"),
                basis("jw305", "start-zorg", start, JW305, "begindatum", "(?<=<Begindatum>)[^<]+",
                        "status", "(?<=<StatusAanlevering>)[^<]+", "Client/Bsn"),
                basis("jw307", "stop-zorg", stop, JW307, "einddatum", "(?<=<Einddatum>)[^<]+",
                        "reden", "(?<=<RedenBeeindiging>)[^<]+", "Client/Bsn"),
                basis("jw323", "declaraties", declaratie, JW323, "begindatum", "(?<=<ProductPeriode>\\s{0,40}<ijw:Begindatum>)[^<]+",
                        "productcode", "(?<=<ProductCode>)[^<]+", "Client/Bsn"));
    }

    /**
     * The demo's master data, as {@link Demoimport#stamgegevens} loads it, but only Deventer's
     * budgets: with the exchange configured, a node delivers its own municipality's data only.
     */
    private void stamgegevens(Path csv) throws IOException {
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten")) {
            Demoimport.importeer(http, soort, csv.resolve(soort + ".csv"), "text/csv");
        }
        Files.readAllLines(csv.resolve("tariefkortingen.csv"), UTF_8).stream().skip(1).filter(r -> !r.isBlank()).forEach(regel -> {
            String[] v = regel.split(";");
            Http.Antwoord a = http.post("jeugdhulp/tariefkortingen", "application/json",
                    "{\"jaar\": " + v[0] + ", \"groep\": \"" + v[1] + "\", \"percentage\": \"" + v[2] + "\"}");
            assertEquals(a.body(), 201, a.status());
        });
        List<String> budgetten = Files.readAllLines(csv.resolve("budgetten.csv"), UTF_8);
        String eigen = budgetten.get(0) + "\n" + String.join("\n", budgetten.stream().filter(r -> r.startsWith("0150;")).toList()) + "\n";
        Http.Antwoord a = http.post(IMPORT + "budgetten?bestand=budgetten.csv", "text/csv", eigen);
        assertEquals(a.body(), 201, a.status());
    }

    /** The message with the person's BSN, name, address and birth date in place of the demo's. */
    private static Basis basis(String code, String soort, String bericht, Persoon p, String datumveld, String datumregex, String codeveld,
                               String coderegex, String bsnveld) {
        String xml = vervang(bericht, "(?<=<Bsn>)\\d{9}(?=</Bsn>)", p.bsn());
        xml = xml.replaceAll("(?<=<ijw:Achternaam>)[^<]*", p.achternaam()).replaceAll("(?<=<ijw:Straatnaam>)[^<]*", p.straat())
                .replaceAll("(?<=<ijw:Postcode>)[^<]*", p.postcode())
                .replaceAll("(?<=<Geboortedatum>\\s{0,40}<ijw:Datum>)[^<]*", p.geboortedatum());
        String uit = xml;
        List<String> geplant = p.waarden().stream().filter(uit::contains).toList();
        assertTrue(code + ": geen BSN geplant", geplant.contains(p.bsn()));
        return new Basis(code, soort, uit, geplant, datumveld, datumregex, codeveld, coderegex, bsnveld);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // the cases

    /** The ten hostile forms of one message. */
    private static List<Geval> ijwGevallen(Basis b) {
        String x = b.xml();
        String s = b.soort();
        String c = b.code();
        String t = "application/xml";
        String nummer = "(?<=<ToewijzingNummer>)\\d+";
        List<Geval> uit = new ArrayList<>();
        uit.add(Geval.van(c + " billion laughs", s, t, utf8(vervang(metDoctype(x, MILJARD_LACHEN), nummer, "&lol9;")), 422, "DTD")
                .geplant(b.geplant()).nietGenoemd("ontbreekt").binnen(Duration.ofSeconds(2)));
        uit.add(Geval.van(c + " externe entiteit file:///etc/passwd", s, t, utf8(vervang(metDoctype(x,
                "<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"), "(?<=<ijw:Achternaam>|<DeclaratieNummer>)[^<]+", "&xxe;")),
                422, "DTD").geplant(b.geplant()).nietGenoemd(PASSWD));
        uit.add(Geval.van(c + " externe DTD", s, t, utf8(metDoctype(x, "<!DOCTYPE Bericht SYSTEM \"http://127.0.0.1:9/ijw-3.2.dtd\">")), 422, "DTD")
                .geplant(b.geplant()).binnen(Duration.ofSeconds(2)));
        uit.add(Geval.van(c + " 40 lagen diep", s, t, utf8(naEerste(x, "<Client>", "<Laag>".repeat(40) + "</Laag>".repeat(40))), 422,
                "xmlDiepte").geplant(b.geplant()));
        // one line: the error names a column, not a line the message does not have
        String eenRegel = vervang(x.replaceAll(">\\s+<", "><").strip(), b.datumregex(), "2016-13-45");
        assertTrue(c + " niet op een regel", !eenRegel.contains("\n"));
        uit.add(Geval.van(c + " een regel met een foute datum", s, t, utf8(eenRegel), 422, b.datumveld(), "regel 1, kolom ")
                .geplant(b.geplant()).nietGenoemd("regel 2", "2016-13-45"));
        String foutBsn = Map.of("jw301", "593128856", "jw305", "495465083", "jw307", "324190243", "jw323", "464706748").get(c);
        uit.add(Geval.van(c + " BSN zonder elfproef", s, t, utf8(vervang(x, "(?<=<Bsn>)\\d{9}", foutBsn)), 422, b.bsnveld())
                .geplant(b.geplant()).geplant(foutBsn));
        String naam = Map.of("jw301", "Van Boosdoener", "jw305", "Ter Snoodheid", "jw307", "De Valsaard", "jw323", "Van Arglistig").get(c);
        Geval naamInCode = Geval.van(c + " naam in een codeveld", s, t, utf8(vervang(x, b.coderegex(), naam)), 422, b.codeveld())
                .geplant(b.geplant()).geplant(naam);
        if (c.equals("jw323")) {
            // its own declaration number: were the line accepted, it would not spoil the check of the untouched message at the end
            naamInCode = Geval.van(c + " naam in een codeveld", s, t, utf8(vervang(vervang(x, b.coderegex(), naam),
                    "(?<=<DeclaratieNummer>)[^<]+", "DNVIJAND0001")), 422, b.codeveld()).geplant(b.geplant()).geplant(naam);
            uit.add(Geval.van(c + " naam in DebetCredit", s, t, utf8(vervang(x, "(?<=<ijw:Bedrag>\\d{1,12}</ijw:Bedrag>\\s{0,40}<ijw:DebetCredit>)[^<]+",
                    naam)), 422, "debetcredit").geplant(b.geplant()).geplant(naam));
        }
        uit.add(naamInCode);
        uit.add(Geval.van(c + " verkeerde namespace", s, t, utf8(vervang(x, "xmlns=\"http://www.istandaarden.nl/ijw/3_2/" + c + "/schema\"",
                "xmlns=\"urn:vijandig:" + c + "\"")), 422, "Bericht").geplant(b.geplant()).nietGenoemd("urn:vijandig"));
        uit.add(Geval.van(c + " afgebroken", s, t, utf8(x.substring(0, x.length() / 2)), 422, "/Bericht").geplant(b.geplant()));
        // ISO-8859-1 where UTF-8 is declared: the ü of a name is a byte UTF-8 does not allow
        uit.add(Geval.van(c + " geen UTF-8", s, t, naEerste(x, "<Client>", "<Notitie>Wrokm\u00fcller</Notitie>").getBytes(ISO_8859_1), 422,
                "UTF-8").geplant(b.geplant()).geplant("Wrokm"));
        return uit;
    }

    /** More XML: an entity without a DTD, a field in the wrong namespace, the wrong message, a BSN in the file name. */
    private static List<Geval> extraXml(Basis jw301, Basis jw305) {
        String x = jw301.xml();
        String t = "application/xml";
        List<Geval> uit = new ArrayList<>();
        uit.add(Geval.van("jw301 entiteit zonder DTD", "toewijzingen", t, utf8(vervang(x, "(?<=<ToewijzingNummer>)\\d+", "&vijand;")), 422,
                "entiteit").geplant(jw301.geplant()));
        uit.add(Geval.van("jw301 parameter-entiteit naar /etc/passwd", "toewijzingen", t, utf8(metDoctype(x,
                "<!DOCTYPE Bericht [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>")), 422, "DTD").geplant(jw301.geplant())
                .nietGenoemd(PASSWD));
        uit.add(Geval.van("jw301 veld in de verkeerde namespace", "toewijzingen", t, utf8(vervang(x, "<ijw:Categorie>(\\d+)</ijw:Categorie>",
                "<Categorie>54</Categorie>")), 422, "Categorie").geplant(jw301.geplant()));
        uit.add(Geval.van("jw301 met BerichtCode van jw305", "toewijzingen", t, utf8(vervang(x, "(?<=<BerichtCode>)436", "438")), 422,
                "Header/BerichtCode").geplant(jw301.geplant()));
        uit.add(Geval.van("jw305 als toewijzingen", "toewijzingen", t, utf8(jw305.xml()), 422, "Bericht").geplant(jw305.geplant()));
        uit.add(Geval.van("jw301 met een BSN in de bestandsnaam", "toewijzingen", t, utf8(metDoctype(x, "<!DOCTYPE Bericht>")), 422, "DTD")
                .query("?bestand=" + BSN_IN_NAAM + ".xml").geplant(jw301.geplant()).geplant(BSN_IN_NAAM));
        return uit;
    }

    private static List<Geval> zipGevallen(Basis jw301) throws IOException {
        byte[] bericht = utf8(jw301.xml());
        List<String> p = jw301.geplant();
        String s = "toewijzingen";
        String t = "application/zip";
        List<Geval> uit = new ArrayList<>();
        uit.add(Geval.van("zip-bom: 500 MB nullen", s, t, bom("bom.xml", new byte[0], 500L * 1024 * 1024, (byte) 0), 422, "zipVerhouding")
                .binnen(Duration.ofSeconds(2)));
        // a bomb the XML parser reads on: a root element whose content is 500 MB of spaces
        byte[] kop = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\">");
        uit.add(Geval.van("zip-bom: een bericht van 500 MB spaties", s, t, bom("bericht.xml", kop, 500L * 1024 * 1024, (byte) ' '), 422,
                "zipVerhouding").binnen(Duration.ofSeconds(2)));
        uit.add(Geval.van("zip in zip (naam)", s, t, zip(Map.of("binnen.zip", zip(Map.of("bericht.xml", bericht)))), 422, "zipGenest")
                .geplant(p));
        uit.add(Geval.van("zip in zip (vermomd als .xml)", s, t, zip(Map.of("bericht.xml", zip(Map.of("bericht.xml", bericht)))), 422,
                "zipGenest").geplant(p));
        uit.add(Geval.van("zip met ../../x.xml", s, t, zip(Map.of("../../x.xml", bericht)), 422, "zipPad").geplant(p));
        uit.add(Geval.van("zip met absoluut pad", s, t, zip(Map.of("/etc/samenspel/x.xml", bericht)), 422, "zipPad").geplant(p));
        uit.add(Geval.van("zip met stationsletter", s, t, zip(Map.of("C:\\temp\\x.xml", bericht)), 422, "zipPad").geplant(p));
        Map<String, byte[]> twee = new LinkedHashMap<>();
        twee.put("a.xml", bericht);
        twee.put("b.xml", bericht);
        // ZipOutputStream refuses a name twice: the second name is changed in the bytes
        uit.add(Geval.van("zip met een naam twee keer", s, t, vervang(zip(twee), "b.xml", "a.xml"), 422, "zipDubbel").geplant(p));
        Map<String, byte[]> veel = new LinkedHashMap<>();
        for (int i = 1; i <= ZIP_BERICHTEN + 1; i++) {
            veel.put("bericht-" + i + ".xml", bericht);
        }
        uit.add(Geval.van("zip met " + (ZIP_BERICHTEN + 1) + " berichten", s, t, zip(veel), 422, "zipBerichten").geplant(p));
        uit.add(Geval.van("lege zip", s, t, zip(Map.of()), 422, "zipLeeg"));
        byte[] rommel = new byte[4 + 26 + 200];
        new Random(12).nextBytes(rommel);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, rommel, 0, 4);
        Arrays.fill(rommel, 4, 30, (byte) 0xff);
        uit.add(Geval.van("rommel na PK-kop", s, t, rommel, 422, "zipOnleesbaar"));
        byte[] kapot = zip(Map.of("bericht.xml", bericht));
        for (int i = 60; i < 120; i++) {
            kapot[i] ^= 0x5a;
        }
        uit.add(Geval.van("zip met beschadigde data", s, t, kapot, 422, "zipOnleesbaar").geplant(p));
        uit.add(Geval.van("zip met een BSN in de naam van het bericht", s, t, zip(Map.of("client-" + BSN_IN_NAAM + ".xml",
                utf8(metDoctype(jw301.xml(), "<!DOCTYPE Bericht>")))), 422, "DTD").geplant(p).geplant(BSN_IN_NAAM));
        return uit;
    }

    private List<Geval> csvGevallen(Path demo) throws IOException {
        String s = "toewijzingen";
        String t = "text/csv";
        Persoon p = CSV;
        List<Geval> uit = new ArrayList<>();
        uit.add(Geval.van("csv BSN in de kolom gemeente", s, t, utf8(csvBestand(demo, Map.of("gemeente", p.bsn()))), 422, "gemeente")
                .geplant(p.bsn()));
        uit.add(Geval.van("csv BSN in de kolom agb", s, t, utf8(csvBestand(demo, Map.of("agb", p.bsn()))), 422, "agb").geplant(p.bsn()));
        uit.add(Geval.van("csv naam in de kolom productcode", s, t, utf8(csvBestand(demo, Map.of("productcode", p.achternaam()))), 422,
                "productcode").geplant(p.bsn(), p.achternaam()));
        uit.add(Geval.van("csv geboortedatum als einddatum", s, t, utf8(csvBestand(demo, Map.of("einddatum", p.geboortedatum()))), 422,
                "einddatum").geplant(p.bsn(), p.geboortedatum()));
        uit.add(Geval.van("csv BSN zonder elfproef", s, t, utf8(csvBestand(demo, Map.of("bsn", "589229832"))), 422, "bsn")
                .geplant("589229832"));
        // no header: the first line, with its BSN, is read as the header
        String bestand = csvBestand(demo, Map.of());
        String regel = bestand.substring(bestand.indexOf('\n') + 1);
        uit.add(Geval.van("csv zonder kopregel", s, t, utf8(regel + regel), 422, "kopregel").geplant(p.bsn()));
        uit.add(Geval.van("csv regel van 20.000 tekens", s, t, utf8(csvBestand(demo, Map.of("verwijzer", p.achternaam() + "x".repeat(20_000)))),
                422, "csvRegellengte").geplant(p.bsn(), p.achternaam()));
        uit.add(Geval.van("csv regel met 160 velden", s, t, utf8(bestand.strip() + ";" + (p.achternaam() + ";").repeat(150) + "\n"), 422,
                "csvVelden").geplant(p.bsn(), p.achternaam()));
        uit.add(Geval.van("csv geen UTF-8", s, t, csvBestand(demo, Map.of("verwijzer", "Wrokm\u00fcller")).getBytes(ISO_8859_1), 422, "UTF-8")
                .geplant(p.bsn(), "Wrokm"));
        uit.add(Geval.van("csv open aanhalingsteken", s, t, utf8(csvBestand(demo, Map.of("verwijzer", "\"" + p.achternaam()))), 422, "regel")
                .geplant(p.bsn(), p.achternaam()));
        uit.add(Geval.van("csv start-zorg met een kolom bsn", "start-zorg", t, utf8("gemeente;toewijzingnummer;begindatum;bsn\n0150;1;2015-02-01;"
                + p.bsn() + "\n"), 422, "kolom 4").geplant(p.bsn()));
        return uit;
    }

    private static List<Geval> restGevallen(Basis jw301) {
        byte[] bericht = utf8(jw301.xml());
        String t = "application/xml";
        List<Geval> uit = new ArrayList<>();
        uit.add(Geval.van("queryparameter bsn met een BSN", "toewijzingen", t, bericht, 400, "bsn").query("?bsn=" + BSN_IN_PARAMETER)
                .geplant(jw301.geplant()).geplant(BSN_IN_PARAMETER));
        uit.add(Geval.van("queryparameter met een BSN als naam", "toewijzingen", t, bericht, 400, "naam weggelaten")
                .query("?" + BSN_IN_PARAMETER + "=ja").geplant(jw301.geplant()).geplant(BSN_IN_PARAMETER));
        uit.add(Geval.van("onbekende soort", "personen", t, bericht, 404, "soort").geplant(jw301.geplant()));
        uit.add(Geval.van("lege body", "toewijzingen", t, new byte[0], 400, "body"));
        return uit;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // the checks

    /** Sends one case and returns what is wrong with the outcome; empty when all is well. */
    private List<String> controleer(Geval g) throws SQLException {
        List<String> uit = new ArrayList<>();
        List<Long> voor = opgeslagen();
        long start = System.nanoTime();
        Http.Antwoord a;
        try {
            a = http.post(g.pad(), g.type(), g.inhoud());
        } catch (AssertionError e) {
            uit.add(g.naam() + ": geen antwoord: " + e.getMessage());
            return uit;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String body = a.body();
        System.out.println("VIJANDIG " + a.status() + " " + ms + " ms  " + g.naam() + "  " + afgekort(body.replaceFirst("^.*\"invalidParams\":", "")));
        String kort = body.length() > 700 ? body.substring(0, 700) + "..." : body;
        String naam = g.productfout() == null ? g.naam() : g.naam() + " [BEKENDE PRODUCTFOUT: " + g.productfout() + "]";
        if (a.status() != g.status()) {
            uit.add(naam + ": status " + a.status() + ", verwacht " + g.status() + ": " + kort);
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            uit.add(naam + ": geen problem+json maar " + a.contentType());
        }
        for (String n : g.genoemd()) {
            if (!body.contains(n)) {
                uit.add(naam + ": noemt '" + n + "' niet: " + kort);
            }
        }
        geenGeplant(naam, body, g.geplant(), uit);
        for (String n : g.nietGenoemd()) {
            if (body.contains(n)) {
                uit.add(naam + ": noemt '" + n + "': " + kort);
            }
        }
        if (g.hoogstens() != null && ms > g.hoogstens().toMillis()) {
            uit.add(naam + ": geweigerd na " + ms + " ms, hoogstens " + g.hoogstens().toMillis());
        }
        Http.Antwoord gereed = http.get("readiness");
        if (gereed.status() != 200) {
            uit.add(naam + ": daarna niet gereed: " + gereed.status() + " " + gereed.body());
        }
        List<Long> na = opgeslagen();
        if (!voor.equals(na)) {
            uit.add(naam + ": opgeslagen (toewijzingen, realisaties, starts, stops, geaccepteerde imports) " + voor + " -> " + na);
        }
        return uit;
    }

    private static void geenGeplant(String naam, String tekst, List<String> geplant, List<String> fouten) {
        for (String w : geplant) {
            if (tekst.contains(w)) {
                fouten.add(naam + ": herhaalt de geplante persoonsgegeven '" + w + "'");
            }
        }
    }

    /** What an accepted import changes: allocations, realisations, starts, stops and accepted imports. */
    private List<Long> opgeslagen() throws SQLException {
        List<Long> uit = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String q : List.of("SELECT COUNT(*) FROM JEUGDHULP.TOEWIJZING", "SELECT COUNT(*) FROM JEUGDHULP.REALISATIE",
                    "SELECT COUNT(START_ZORG) FROM JEUGDHULP.TOEWIJZING", "SELECT COUNT(STOP_ZORG) FROM JEUGDHULP.TOEWIJZING",
                    "SELECT COUNT(*) FROM JEUGDHULP.IMPORTLOG WHERE GEACCEPTEERD")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    uit.add(rs.getLong(1));
                }
            }
        }
        return uit;
    }

    /**
     * A node keeps a refused upload for its owner to correct (docs/privacy.md): that copy holds the
     * input, so it is the owner's only, {@code 0600} in a {@code 0700} folder. The report beside it
     * holds none of the planted values.
     */
    private static List<String> afgewezenBestanden(Path map, Set<String> geplant) throws IOException {
        List<String> uit = new ArrayList<>();
        if (!Files.isDirectory(map)) {
            uit.add("geen map " + map + " met afgewezen uploads");
            return uit;
        }
        String mapRechten = PosixFilePermissions.toString(Files.getPosixFilePermissions(map));
        if (!mapRechten.equals("rwx------")) {
            uit.add(map + " heeft rechten " + mapRechten + ", verwacht rwx------");
        }
        int bestanden = 0;
        try (Stream<Path> inhoud = Files.list(map)) {
            for (Path p : inhoud.toList()) {
                bestanden++;
                String rechten = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (!rechten.equals("rw-------")) {
                    uit.add("afgewezen/" + p.getFileName() + " heeft rechten " + rechten + ", verwacht rw-------");
                }
                for (String w : geplant) {
                    if (p.getFileName().toString().contains(w)) {
                        uit.add("afgewezen/" + p.getFileName() + ": de naam bevat een geplante waarde");
                    }
                }
                if (p.getFileName().toString().endsWith(".rapport.txt")) {
                    geenGeplant("afgewezen/" + p.getFileName(), Files.readString(p, UTF_8), List.copyOf(geplant), uit);
                }
            }
        }
        System.out.println("VIJANDIG afgewezen/: " + bestanden + " bestanden");
        return uit;
    }

    /** The import log (file names and reports) holds none of the planted values. */
    private List<String> importlogboek(Set<String> geplant) throws SQLException {
        List<String> uit = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID, BESTAND, RAPPORT FROM JEUGDHULP.IMPORTLOG")) {
            while (rs.next()) {
                String tekst = rs.getString(2) + "\n" + rs.getString(3);
                geenGeplant("importlogboek " + rs.getLong(1), tekst, List.copyOf(geplant), uit);
            }
        }
        return uit;
    }

    /** The container's log: none of the planted values, no content of /etc/passwd, no Error. */
    private static List<String> logboek(Set<String> geplant) throws IOException {
        List<String> uit = new ArrayList<>();
        Path map = Path.of(System.getProperty("karaf.data"), "log");
        List<Path> logs;
        try (Stream<Path> s = Files.list(map)) {
            logs = s.filter(p -> p.getFileName().toString().startsWith("karaf.log")).toList();
        }
        assertTrue("geen karaf.log in " + map, !logs.isEmpty());
        Pattern fouten = Pattern.compile("OutOfMemoryError|StackOverflowError");
        for (Path log : logs) {
            List<String> regels = Files.readAllLines(log, ISO_8859_1);
            for (int i = 0; i < regels.size(); i++) {
                String r = regels.get(i);
                for (String w : geplant) {
                    if (r.contains(w)) {
                        uit.add(log.getFileName() + ":" + (i + 1) + " bevat de geplante waarde '" + w + "': " + afgekort(r));
                    }
                }
                if (r.contains(PASSWD)) {
                    uit.add(log.getFileName() + ":" + (i + 1) + " bevat /etc/passwd: " + afgekort(r));
                }
                if (fouten.matcher(r).find()) {
                    uit.add(log.getFileName() + ":" + (i + 1) + ": " + afgekort(r));
                }
            }
        }
        return uit;
    }

    private static String afgekort(String r) {
        return r.length() > 300 ? r.substring(0, 300) + "..." : r;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // building inputs

    private static final String MILJARD_LACHEN = miljardLachen();

    private static String miljardLachen() {
        StringBuilder b = new StringBuilder("<!DOCTYPE Bericht [\n  <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String vorige = i == 1 ? "lol" : "lol" + (i - 1);
            b.append("  <!ENTITY lol").append(i).append(" \"").append(("&" + vorige + ";").repeat(10)).append("\">\n");
        }
        return b.append("]>").toString();
    }

    /** A toewijzingen CSV of the demo's header and one Deventer line with a new number and the planted BSN, with fields changed. */
    private static String csvBestand(Path demo, Map<String, String> wijzig) {
        List<String> regels;
        try {
            regels = Files.readAllLines(demo.resolve("csv").resolve("toewijzingen.csv"), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> kop = List.of(regels.get(0).split(";", -1));
        String[] velden = regels.stream().filter(r -> r.startsWith("0150;")).findFirst().orElseThrow().split(";", -1);
        velden[kop.indexOf("toewijzingnummer")] = "900101";
        velden[kop.indexOf("bsn")] = CSV.bsn();
        wijzig.forEach((k, v) -> velden[kop.indexOf(k)] = v);
        return regels.get(0) + "\n" + String.join(";", velden) + "\n";
    }

    private static Map<String, String> berichten(Path zip) throws IOException {
        Map<String, String> uit = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                uit.put(e.getName(), new String(in.readAllBytes(), UTF_8));
            }
        }
        return uit;
    }

    private static Set<String> nummers(String bericht) {
        Set<String> uit = new TreeSet<>();
        Matcher m = Pattern.compile("<ToewijzingNummer>(\\d+)</ToewijzingNummer>").matcher(bericht);
        while (m.find()) {
            uit.add(m.group(1));
        }
        return uit;
    }

    private static String metDoctype(String xml, String doctype) {
        int i = xml.indexOf("?>");
        return xml.substring(0, i + 2) + "\n" + doctype + xml.substring(i + 2);
    }

    private static String naEerste(String xml, String na, String invoegen) {
        int i = xml.indexOf(na);
        assertTrue("geen " + na, i >= 0);
        return xml.substring(0, i + na.length()) + invoegen + xml.substring(i + na.length());
    }

    /** Replaces the first match, literally; a pattern that matches nothing is a mistake in the test. */
    private static String vervang(String tekst, String regex, String door) {
        Matcher m = Pattern.compile(regex).matcher(tekst);
        assertTrue("niets gevonden voor " + regex, m.find());
        return tekst.substring(0, m.start()) + door + tekst.substring(m.end());
    }

    private static byte[] vervang(byte[] zip, String oud, String nieuw) {
        return new String(zip, ISO_8859_1).replace(oud, nieuw).getBytes(ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> inhoud) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Map.Entry<String, byte[]> e : inhoud.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return uit.toByteArray();
    }

    /** A ZIP bomb built here: one entry of {@code kop} and then {@code bytes} times {@code vul}, deflated as tightly as deflate can. */
    private static byte[] bom(String naam, byte[] kop, long bytes, byte vul) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(naam));
            zip.write(kop);
            byte[] blok = new byte[1024 * 1024];
            Arrays.fill(blok, vul);
            for (long n = 0; n < bytes; n += blok.length) {
                zip.write(blok, 0, (int) Math.min(blok.length, bytes - n));
            }
            zip.closeEntry();
        }
        return uit.toByteArray();
    }
}
