package nl.samenspel.wmo.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOEWIJZING.GEDECLAREERD (V5), the sum of an allocation's lines the trajectories read, is kept by
 * every import path in the transaction that stores the lines: after WMO323 messages, CSV on a node,
 * files received from a node at the hub, a correction of an allocation that already has lines, a
 * refused file and a file sent twice, it equals the sum of the allocation's REALISATIE rows for
 * every allocation.
 */
class GedeclareerdTest {

    @TempDir
    Path map;

    @Test
    void theDeclaredSumOfEveryAllocationIsTheSumOfItsLinesAfterEveryImportPath() throws Exception {
        WmoDemo demo = WmoDemo.genereer(2017, 300);
        Path csv = Testomgeving.csv(demo, map);
        Path xml = map.resolve("xml");
        demo.schrijfXml(xml);
        DataSource ds = Testdatabase.gemigreerd(WmoOpslag.SCHEMA, "db/wmo");
        WmoOpslag opslag = new WmoOpslag(ds);
        Importdienst knooppunt = Testomgeving.dienst(opslag, map.resolve("afgewezen"));
        // the hub: no pseudonym key, it receives what a node has read and pseudonymised
        Importdienst hub = new Importdienst(opslag, Testregister.registerService(Testregister.REGISTER), Testomgeving.REGIO,
                map.resolve("hub"), null, Invoerlimieten.standaard());
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten")) {
            Testomgeving.aanvaard(knooppunt, soort, csv.resolve(soort + ".csv"));
        }
        List<String> gemeenten;
        try (Stream<Path> zips = Files.list(xml)) {
            gemeenten = zips.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("wmo301-")).map(n -> n.substring(7, 11)).sorted()
                    .toList();
        }
        assertThat(gemeenten).hasSizeGreaterThan(2);
        // the last gemeente's allocations and lines come as CSV, the others' as messages
        String laatste = gemeenten.get(gemeenten.size() - 1);
        for (String g : gemeenten.subList(0, gemeenten.size() - 1)) {
            aanvaard(knooppunt.importeer(Wmosoort.TOEWIJZINGEN, "wmo301-" + g + ".zip", Files.readAllBytes(xml.resolve("wmo301-" + g + ".zip"))), g);
        }
        aanvaard(knooppunt.importeer(Wmosoort.TOEWIJZINGEN, "toewijzingen.csv", alleen(csv.resolve("toewijzingen.csv"), laatste, 0, 1)), laatste);
        aanvaard(knooppunt.importeer(Wmosoort.START_ZORG, "start-zorg.csv", Files.readAllBytes(csv.resolve("start-zorg.csv"))), "starts");
        aanvaard(knooppunt.importeer(Wmosoort.STOP_ZORG, "stop-zorg.csv", Files.readAllBytes(csv.resolve("stop-zorg.csv"))), "stops");
        for (String g : gemeenten.subList(0, gemeenten.size() - 1)) {
            aanvaard(knooppunt.importeer(Wmosoort.DECLARATIES, "wmo323-" + g + ".zip", Files.readAllBytes(xml.resolve("wmo323-" + g + ".zip"))), g);
        }
        klopt(ds);
        // the last gemeente's lines: the first half on the node, the second half received from a node at the hub
        byte[] eersteHelft = alleen(csv.resolve("declaraties.csv"), laatste, 0, 2);
        byte[] tweedeHelft = alleen(csv.resolve("declaraties.csv"), laatste, 1, 2);
        aanvaard(knooppunt.importeer(Wmosoort.DECLARATIES, "declaraties-1.csv", eersteHelft), "first half");
        klopt(ds);
        // a correction of an allocation that has lines keeps its number, its start and stop, and its lines
        String lijn = correctie(csv.resolve("toewijzingen.csv"), laatste);
        aanvaard(knooppunt.importeer(Wmosoort.TOEWIJZINGEN, "correctie.csv", lijn.getBytes(StandardCharsets.UTF_8)), "correction");
        aanvaard(hub.importeer(Wmosoort.DECLARATIES, "declaraties-2.csv", tweedeHelft, new Afzending(laatste, (c, id, records) -> { })),
                "second half at the hub");
        Map<String, long[]> voor = klopt(ds);
        // sent twice, and a file with one bad line: whatever becomes of them, the sums stay those of the lines
        knooppunt.importeer(Wmosoort.DECLARATIES, "declaraties-1.csv", eersteHelft);
        String fout = new String(eersteHelft, StandardCharsets.UTF_8) + laatste + ";99999999;X1;2025-01-01;2025-01-31;1;82;100;100;D\n";
        Importresultaat geweigerd = knooppunt.importeer(Wmosoort.DECLARATIES, "fout.csv", fout.getBytes(StandardCharsets.UTF_8));
        assertThat(geweigerd.geaccepteerd()).isFalse();
        Map<String, long[]> na = klopt(ds);
        assertThat(na.keySet()).isEqualTo(voor.keySet());
        long metRegels = na.values().stream().filter(s -> s[1] != 0).count();
        assertThat(metRegels).as("allocations with lines").isGreaterThan(100);
        // what the migration sums for lines stored before it is the same
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE WMO.TOEWIJZING SET GEDECLAREERD = 0");
        }
        DeelnemerjaarTest.migratie(ds, "UPDATE TOEWIJZING T SET GEDECLAREERD");
        assertThat(klopt(ds).keySet()).isEqualTo(voor.keySet());
    }

    private static void aanvaard(Importresultaat r, String wat) {
        assertThat(r.fouten()).as(wat).isEmpty();
        assertThat(r.geaccepteerd()).as(wat).isTrue();
    }

    /** The header and the lines of one gemeente of a CSV file, every {@code elke}-th from the {@code rest}-th. */
    private static byte[] alleen(Path bestand, String gemeente, int rest, int elke) throws Exception {
        List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
        StringBuilder uit = new StringBuilder(regels.get(0)).append('\n');
        int i = 0;
        for (String r : regels.subList(1, regels.size())) {
            if (r.startsWith(gemeente + ";") && i++ % elke == rest) {
                uit.append(r).append('\n');
            }
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One of the gemeente's allocations with a volume, once more with the volume one higher, as a correction. */
    private static String correctie(Path toewijzingen, String gemeente) throws Exception {
        List<String> regels = Files.readAllLines(toewijzingen, StandardCharsets.UTF_8);
        List<String> kop = List.of(regels.get(0).split(";", -1));
        int volume = kop.indexOf("volume");
        for (String r : regels.subList(1, regels.size())) {
            String[] v = r.split(";", -1);
            if (v[0].equals(gemeente) && !v[volume].isEmpty()) {
                v[volume] = String.valueOf(Integer.parseInt(v[volume]) + 1);
                return regels.get(0) + ";wijziging\n" + String.join(";", v) + ";correctie\n";
            }
        }
        throw new IllegalStateException("no allocation of " + gemeente + " with a volume");
    }

    /** Per allocation {GEDECLAREERD, the sum of its lines}, after checking that they are equal for every allocation. */
    private static Map<String, long[]> klopt(DataSource ds) throws SQLException {
        Map<String, long[]> uit = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT T.GEMEENTE, T.NUMMER, T.GEDECLAREERD, (SELECT COALESCE(SUM(R.BEDRAG), 0) FROM WMO.REALISATIE R"
                     + " WHERE R.GEMEENTE = T.GEMEENTE AND R.NUMMER = T.NUMMER) FROM WMO.TOEWIJZING T")) {
            while (rs.next()) {
                uit.put(rs.getString(1) + "/" + rs.getLong(2), new long[] {rs.getLong(3), rs.getLong(4)});
            }
        }
        List<String> anders = new ArrayList<>();
        uit.forEach((k, v) -> {
            if (v[0] != v[1]) {
                anders.add(k + ": " + v[0] + " kept, " + v[1] + " in its lines");
            }
        });
        assertThat(anders).isEmpty();
        assertThat(uit).isNotEmpty();
        return uit;
    }
}
