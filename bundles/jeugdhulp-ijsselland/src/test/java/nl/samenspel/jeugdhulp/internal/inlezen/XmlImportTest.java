package nl.samenspel.jeugdhulp.internal.inlezen;

import nl.samenspel.invoer.Importresultaat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.demodata.JeugdhulpDemo;
import nl.samenspel.demodata.Toewijzing;
import nl.samenspel.jeugdhulp.internal.Testomgeving;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.jeugdhulp.internal.monitoring.Monitoring;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same dataset as iJw 3.2 messages (ZIP archives of JW301, JW305, JW307, JW323 per
 * gemeente) gives the same allocations, starts, stops and costs as the CSV files, and
 * nothing personal ends up in the database.
 */
class XmlImportTest {


    @TempDir
    Path map;

    @Test
    void messagesGiveTheSameFiguresAsCsv() throws Exception {
        JeugdhulpDemo demo = Demolader.metBerichten(200, map);

        JeugdhulpOpslag viaCsv = Testomgeving.opslag();
        Importdienst csv = Demolader.knooppunt(demo, viaCsv, map);
        Demolader.laadZorgCsv(csv, map.resolve("csv"));

        JeugdhulpOpslag viaXml = Testomgeving.opslag();
        Importdienst xml = Demolader.knooppunt(demo, viaXml, map);
        Set<String> gemeenten = demo.toewijzingen().stream().map(Toewijzing::gemeente).collect(Collectors.toSet());
        for (String bericht : List.of("jw301", "jw305", "jw307", "jw323")) {
            Importsoort soort = switch (bericht) {
                case "jw301" -> Importsoort.TOEWIJZINGEN;
                case "jw305" -> Importsoort.START_ZORG;
                case "jw307" -> Importsoort.STOP_ZORG;
                default -> Importsoort.DECLARATIES;
            };
            for (String gemeente : gemeenten) {
                Path zip = map.resolve("xml").resolve(bericht + "-" + gemeente + ".zip");
                if (aantalBerichten(zip) == 0) {
                    // a small dataset can have a gemeente without stops; an empty archive is refused, rightly
                    assertThat(xml.importeer(soort, zip.getFileName().toString(), Files.readAllBytes(zip)).fouten())
                            .singleElement().satisfies(f -> assertThat(f.melding()).contains("geen berichten"));
                    continue;
                }
                Demolader.accepteer(xml, soort, zip);
            }
        }

        Monitoring a = new Monitoring(viaCsv);
        Monitoring b = new Monitoring(viaXml);
        for (int jaar = 2015; jaar <= 2017; jaar++) {
            Overzichten.Budgetoverzicht x = a.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, jaar);
            Overzichten.Budgetoverzicht y = b.budgetten(Testomgeving.REGISTER, Testomgeving.REGIO, jaar);
            assertThat(y).as("budgetten " + jaar).isEqualTo(x);
            assertThat(b.plafonds(jaar)).as("plafonds " + jaar).isEqualTo(a.plafonds(jaar));
        }
        // a JW301 carries no referral: those starts count apart, not as a waiting time of zero
        Overzichten.Wachttijden w = b.wachttijden(2016, null);
        assertThat(w.categorieen()).isEmpty();
        assertThat(w.zonderAanmelddatum()).isEqualTo(a.wachttijden(2016, null).totaal().aantal());

        Set<String> bsns = demo.toewijzingen().stream().map(Toewijzing::bsn).collect(Collectors.toSet());
        Set<String> negenCijfers = new java.util.HashSet<>();
        for (String tekst : alleTekst(viaXml)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?=(\\d{9}))").matcher(tekst);
            while (m.find()) {
                negenCijfers.add(m.group(1));
            }
            assertThat(tekst).doesNotContain("Testclient").doesNotContain("Teststraat");
        }
        // every run of nine digits in any stored text, also inside a pseudonym, is no client's BSN
        assertThat(negenCijfers).doesNotContainAnyElementsOf(bsns);
    }

    /** Every character column of every table of the schema, as stored. */
    private static List<String> alleTekst(JeugdhulpOpslag opslag) throws Exception {
        List<String> uit = new ArrayList<>();
        java.lang.reflect.Method m = nl.samenspel.module.Moduleopslag.class.getDeclaredMethod("dataSource");
        m.setAccessible(true);
        try (Connection c = ((javax.sql.DataSource) m.invoke(opslag)).getConnection(); Statement s = c.createStatement()) {
            for (String tabel : List.of("TOEWIJZING", "REALISATIE", "IMPORTLOG", "AANBIEDER", "PRODUCT", "TARIEF")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM JEUGDHULP." + tabel)) {
                    int kolommen = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= kolommen; i++) {
                            String w = rs.getString(i);
                            if (w != null) {
                                uit.add(w);
                            }
                        }
                    }
                }
            }
        }
        return uit;
    }

    @Test
    void wrongNamespaceIsRefusedWithTheElementNamed() throws Exception {
        JeugdhulpDemo demo = Demolader.metBerichten(60, map);
        Importdienst dienst = Demolader.knooppunt(demo, Testomgeving.opslag(), map);
        String gemeente = demo.toewijzingen().get(0).gemeente();
        byte[] bericht = Demolader.eersteBericht(map, "jw301", gemeente);
        String tekst = new String(bericht, StandardCharsets.UTF_8);
        // Product/Categorie belongs to the basisschema; put it in the message namespace
        String fout = tekst.replaceFirst("<ijw:Categorie>(\\d+)</ijw:Categorie>", "<Categorie>$1</Categorie>");
        assertThat(fout).isNotEqualTo(tekst);
        Importresultaat r = dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", fout.getBytes(StandardCharsets.UTF_8));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.fouten()).anySatisfy(f -> {
            assertThat(f.veld()).isEqualTo("Categorie");
            assertThat(f.melding()).contains("basisschema");
            assertThat(f.plaats()).contains("ToegewezenProduct 1");
        });
        // the untouched message is accepted
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "jw301.xml", bericht).geaccepteerd()).isTrue();
        // a JW305 offered as allocations is named as the wrong message
        byte[] start = Demolader.eersteBericht(map, "jw305", gemeente);
        assertThat(dienst.importeer(Importsoort.TOEWIJZINGEN, "start.xml", start).fouten())
                .anySatisfy(f -> assertThat(f.melding()).contains("geen JW301-bericht"));
    }

    private static int aantalBerichten(Path zip) throws Exception {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.size();
        }
    }
}
