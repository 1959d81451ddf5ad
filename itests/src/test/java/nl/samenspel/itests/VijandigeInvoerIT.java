package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
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
 * The corpus of bad inputs against the hub (issue 12; {@link Corpus}): every case gets its
 * refusal, naming the field or bound; the hub stays ready after each; nothing is stored; no
 * personal value of the input is echoed in an answer; and at the end no planted value is in the
 * log or anywhere in the data directory, and no {@code Error} was logged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VijandigeInvoerIT {

    static final int POORT = 18188;
    private static final String CONFIG = "samenspel.vijandig.config";

    @Inject
    private Database database;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path config = SamenspelKaraf.kopieVanConfig("vijandig");
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18110, 11110, 44560), config),
                org.ops4j.pax.exam.CoreOptions.systemProperty(CONFIG).value(config.toString()),
                // no automatic reload: each case reloads the register itself, and restores the file before the next
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut("etc/nl.samenspel.register.cfg", "bewaken", "false")};
    }

    @Test
    public void everyBadInputIsRefusedByNameAndLeavesNothingBehind() throws Exception {
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/beschermd-wonen/imports/{soort}", "/vereveningen");
        http.wachtTotGereed(java.time.Duration.ofSeconds(120));
        List<Corpus.Geval> gevallen = new ArrayList<>(Corpus.bestanden());
        gevallen.addAll(Corpus.verzoeken());
        assertTrue("een corpus van ten minste 250 gevallen, niet " + gevallen.size(), gevallen.size() >= 250);
        Map<String, Long> voor = tellingen();
        List<String> mislukt = new ArrayList<>();
        for (Corpus.Geval g : gevallen) {
            Http.Antwoord a = stuur(g);
            List<String> bezwaren = new ArrayList<>();
            if (a.status() != g.status()) {
                bezwaren.add("status " + a.status() + ", verwacht " + g.status());
            }
            if (!a.body().contains(g.genoemd())) {
                bezwaren.add("noemt '" + g.genoemd() + "' niet");
            }
            if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
                bezwaren.add("geen problem+json maar " + a.contentType());
            }
            for (String waarde : g.geplant()) {
                if (a.body().contains(waarde)) {
                    bezwaren.add("herhaalt een persoonsgegeven");
                }
            }
            Http.Antwoord gereed = http.anoniem().get("readiness");
            if (gereed.status() != 200) {
                bezwaren.add("daarna niet gereed: " + gereed.body());
            }
            Map<String, Long> na = tellingen();
            if (!na.equals(voor)) {
                bezwaren.add("er is opgeslagen: " + voor + " -> " + na);
                voor = na;
            }
            if (!bezwaren.isEmpty()) {
                mislukt.add(g.naam() + ": " + String.join("; ", bezwaren) + " | " + kort(a.body()));
            }
        }
        assertTrue(mislukt.size() + " van " + gevallen.size() + " gevallen mislukt:\n" + String.join("\n", mislukt), mislukt.isEmpty());
        nietsPersoonlijksBewaardOfGelogd(gevallen);
    }

    /** A broken regional-config file is refused whole by a reload, naming the file or bound; the previous register stays. */
    @Test
    public void aBrokenRegionalConfigurationIsRefusedWholeAndThePreviousRegisterStays() throws Exception {
        http.wachtTotGereed(java.time.Duration.ofSeconds(120));
        String actief = http.get("register").json().get("versie").asText();
        List<String> mislukt = new ArrayList<>();
        for (Corpus.Configgeval g : Corpus.configuratie()) {
            Http.Antwoord a = metBestand(g, () -> http.post("register/herladen", "application/json", ""));
            List<String> bezwaren = new ArrayList<>();
            if (a.status() != 422 || !a.body().contains(g.genoemd())) {
                bezwaren.add("status " + a.status() + ", noemt '" + g.genoemd() + "' " + (a.body().contains(g.genoemd()) ? "wel" : "niet"));
            }
            if (a.body().contains(Corpus.BSN)) {
                bezwaren.add("herhaalt een persoonsgegeven");
            }
            if (!http.get("register").json().get("versie").asText().equals(actief)) {
                bezwaren.add("het actieve register is veranderd");
            }
            if (http.anoniem().get("readiness").status() != 200) {
                bezwaren.add("daarna niet gereed");
            }
            if (!bezwaren.isEmpty()) {
                mislukt.add(g.naam() + ": " + String.join("; ", bezwaren) + " | " + kort(a.body()));
            }
        }
        assertEquals(200, http.post("register/herladen", "application/json", "").status());
        assertTrue(String.join("\n", mislukt), mislukt.isEmpty());
    }

    /** A broken model file is refused by the run that would use it, naming the file and field; no run is stored. */
    @Test
    public void aBrokenModelFileIsRefusedByTheRunThatWouldUseItNamingTheField() throws Exception {
        http.wachtOpPaden("/vereveningen");
        http.wachtTotGereed(java.time.Duration.ofSeconds(120));
        long runsVoor = runs();
        List<String> mislukt = new ArrayList<>();
        for (Corpus.Configgeval g : Corpus.modelbestanden()) {
            Http.Antwoord a = metBestand(g, () -> http.post("vereveningen", "application/json",
                    "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2016,\"modelbestand\":true}"));
            if (a.status() != 400 || !a.body().contains(g.genoemd()) || a.body().contains(Corpus.BSN)) {
                mislukt.add(g.naam() + ": status " + a.status() + " | " + kort(a.body()));
            }
        }
        assertEquals("geen run opgeslagen", runsVoor, runs());
        assertTrue(String.join("\n", mislukt), mislukt.isEmpty());
    }

    /** Puts the case's file over the original in this hub's copy of regional-config, asks, and puts the original back. */
    private static Http.Antwoord metBestand(Corpus.Configgeval g, java.util.function.Supplier<Http.Antwoord> vraag) throws IOException {
        Path bestand = Path.of(System.getProperty(CONFIG)).resolve(g.bestand());
        byte[] origineel = Files.readAllBytes(bestand);
        try {
            Files.write(bestand, g.inhoud());
            return vraag.get();
        } finally {
            Files.write(bestand, origineel);
        }
    }

    private long runs() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM VEREVENING.RUN")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Http.Antwoord stuur(Corpus.Geval g) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(http.basis() + g.pad()));
        if (g.body() != null) {
            verzoek.header("Content-Type", g.contentType()).method(g.methode(), HttpRequest.BodyPublishers.ofByteArray(g.body()));
        } else {
            verzoek.method(g.methode(), HttpRequest.BodyPublishers.noBody());
        }
        return http.stuur(verzoek);
    }

    /** Rows of every table of the modules, the import logs aside: a refusal must leave them as they were. */
    private Map<String, Long> tellingen() throws Exception {
        Map<String, Long> uit = new TreeMap<>();
        try (Connection c = database.dataSource().getConnection()) {
            List<String> tabellen = new ArrayList<>();
            for (String schema : List.of("JEUGDHULP", "BESCHERMDWONEN")) {
                try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        String tabel = rs.getString("TABLE_NAME");
                        if (!tabel.equals("IMPORTLOG") && !tabel.toLowerCase().startsWith("flyway")) {
                            tabellen.add(schema + "." + tabel);
                        }
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String tabel : tabellen) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tabel)) {
                        rs.next();
                        uit.put(tabel, rs.getLong(1));
                    }
                }
            }
        }
        assertFalse("de tabellen van de modules", uit.isEmpty());
        return uit;
    }

    /** The log and the whole data directory (Derby's files too) hold none of the planted values, and no Error was logged. */
    private void nietsPersoonlijksBewaardOfGelogd(List<Corpus.Geval> gevallen) throws IOException {
        Set<String> geplant = new LinkedHashSet<>(Corpus.PERSOONLIJK);
        gevallen.forEach(g -> geplant.addAll(g.geplant()));
        Path data = Path.of(System.getProperty("karaf.data"));
        List<String> vondsten = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(data)) {
            for (Path p : paden.filter(Files::isRegularFile).toList()) {
                String inhoud;
                try {
                    inhoud = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    continue; // a file that vanished or is locked while walking (Derby's temporaries)
                }
                for (String waarde : geplant) {
                    if (inhoud.contains(waarde) || inhoud.contains(new String(waarde.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        vondsten.add(data.relativize(p) + " bevat een geplant persoonsgegeven (" + (waarde.matches("\\d+") ? "BSN" : "tekst") + ")");
                    }
                }
                if (p.toString().endsWith(".log") && (inhoud.contains("OutOfMemoryError") || inhoud.contains("StackOverflowError"))) {
                    vondsten.add(data.relativize(p) + " meldt een Error");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertEquals(String.join("\n", vondsten), 0, vondsten.size());
    }

    private static String kort(String tekst) {
        return tekst.length() > 300 ? tekst.substring(0, 300) + "..." : tekst;
    }
}
