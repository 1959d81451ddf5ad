package nl.samenspel.wmo.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.samenspel.demodata.WmoDemo;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.wmo.internal.Testomgeving;
import nl.samenspel.wmo.internal.invoer.Wmosoort;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DEELNEMERJAAR (V5), the months each known participant was known in per gemeente and year, is kept
 * by the import in the transaction that stores the participants: after files in parts, overlapping
 * and sent twice, it equals what the rows of DEELNEMER say, and the distinct participants of every
 * half-year and year counted from it are those counted from the rows.
 */
class DeelnemerjaarTest {

    @TempDir
    Path map;

    @Test
    void theMonthsOfEveryParticipantAreThoseOfItsRowsAndTheCountsAgree() throws Exception {
        Path csv = Testomgeving.csv(WmoDemo.genereer(2018, 400), map);
        DataSource ds = Testdatabase.gemigreerd(WmoOpslag.SCHEMA, "db/wmo");
        WmoOpslag opslag = new WmoOpslag(ds);
        Importdienst dienst = Testomgeving.dienst(opslag, map.resolve("afgewezen"));
        for (String soort : List.of("aanbieders", "producten", "tarieven", "contracten", "budgetten", "gebruik")) {
            Testomgeving.aanvaard(dienst, soort, csv.resolve(soort + ".csv"));
        }
        List<String> regels = Files.readAllLines(csv.resolve("deelnemers.csv"), StandardCharsets.UTF_8);
        assertThat(regels).hasSizeGreaterThan(200);
        int derde = regels.size() / 3;
        // the first two thirds, then the last two thirds (the middle third again), then all of it once more
        aanvaard(dienst.importeer(Wmosoort.DEELNEMERS, "deelnemers-1.csv", deel(regels, 1, 2 * derde)), "first part");
        klopt(ds, opslag);
        aanvaard(dienst.importeer(Wmosoort.DEELNEMERS, "deelnemers-2.csv", deel(regels, derde, regels.size())), "second part");
        klopt(ds, opslag);
        dienst.importeer(Wmosoort.DEELNEMERS, "deelnemers.csv", deel(regels, 1, regels.size()));
        klopt(ds, opslag);
        // what the migration fills for participants stored before it is the same
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM WMO.DEELNEMERJAAR");
        }
        migratie(ds, "INSERT INTO DEELNEMERJAAR");
        klopt(ds, opslag);
    }

    /**
     * The statement of V5__monitoring.sql that starts with {@code begin}, run as Flyway runs it (schema
     * WMO): what the migration fills for the rows stored before it.
     */
    static void migratie(DataSource ds, String begin) throws Exception {
        String sql;
        try (var in = DeelnemerjaarTest.class.getResourceAsStream("/db/wmo/V5__monitoring.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String zonderCommentaar = sql.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        String statement = java.util.Arrays.stream(zonderCommentaar.split(";")).map(String::strip).filter(s -> s.startsWith(begin)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no statement " + begin + " in V5__monitoring.sql"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SCHEMA WMO");
            s.executeUpdate(statement);
        }
    }

    private static byte[] deel(List<String> regels, int van, int tot) {
        StringBuilder uit = new StringBuilder(regels.get(0)).append('\n');
        for (String r : regels.subList(Math.max(van, 1), tot)) {
            uit.append(r).append('\n');
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void aanvaard(Importresultaat r, String wat) {
        assertThat(r.fouten()).as(wat).isEmpty();
        assertThat(r.geaccepteerd()).as(wat).isTrue();
    }

    private static void klopt(DataSource ds, WmoOpslag opslag) throws SQLException {
        // from the rows: per gemeente, year and client the months as bits
        Map<String, Integer> verwacht = new TreeMap<>();
        Map<String, Map<YearMonth, Set<String>>> perMaand = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT GEMEENTE, MAAND, CLIENT FROM WMO.DEELNEMER")) {
            while (rs.next()) {
                YearMonth maand = YearMonth.from(rs.getDate(2).toLocalDate());
                verwacht.merge(rs.getString(1) + "/" + maand.getYear() + "/" + rs.getString(3), 1 << (maand.getMonthValue() - 1), (a, b) -> a | b);
                perMaand.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).computeIfAbsent(maand, m -> new HashSet<>()).add(rs.getString(3));
            }
        }
        Map<String, Integer> opgeslagen = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT GEMEENTE, JAAR, CLIENT, MAANDEN FROM WMO.DEELNEMERJAAR")) {
            while (rs.next()) {
                opgeslagen.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), rs.getInt(4));
            }
        }
        assertThat(opgeslagen).isNotEmpty().isEqualTo(verwacht);
        Set<Integer> jaren = new HashSet<>();
        perMaand.values().forEach(m -> m.keySet().forEach(x -> jaren.add(x.getYear())));
        for (int jaar : jaren) {
            for (int[] periode : new int[][] {{1, 6}, {7, 12}, {1, 12}, {3, 3}}) {
                YearMonth van = YearMonth.of(jaar, periode[0]);
                YearMonth tot = YearMonth.of(jaar, periode[1]);
                Map<String, Integer> uitRijen = new HashMap<>();
                perMaand.forEach((g, maanden) -> {
                    Set<String> clienten = new HashSet<>();
                    maanden.forEach((m, c) -> {
                        if (!m.isBefore(van) && !m.isAfter(tot)) {
                            clienten.addAll(c);
                        }
                    });
                    if (!clienten.isEmpty()) {
                        uitRijen.put(g, clienten.size());
                    }
                });
                assertThat(opslag.cijfers().bekendeDeelnemers(van, tot)).as("%s to %s", van, tot).isEqualTo(uitRijen);
            }
        }
    }
}
