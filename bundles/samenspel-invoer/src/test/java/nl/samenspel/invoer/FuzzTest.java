package nl.samenspel.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.testsupport.Mutatie;
import nl.samenspel.testsupport.Testbestanden;

/**
 * Arbitrary bytes and mutated valid samples, through the CSV reader, the archive reader and the
 * message reader: each ends in records or in at least one named refusal, never in an exception,
 * and no report repeats a BSN that was in the input.
 */
class FuzzTest {

    private static final CsvBestand.Kolommen KOLOMMEN = new CsvBestand.Kolommen(List.of("gemeente", "nummer", "datum"),
            List.of("naam", "eenheid", "soort", "bedrag"), List.of("bsn", "client"));

    /** Valid BSNs (elfproef), and a name, in the places a person's data is. */
    private static final String CSV = "gemeente;nummer;bsn;datum;naam;eenheid;soort;bedrag\n"
            + "0193;1;111222333;2016-03-01;Jansen;04;a;1250\n"
            + "0150;2;123456782;2016-04-01;\"de Vries; J.\";01;b;99\n"
            + "0148;3;999999990;2016-05-01;\"Pietersen \"\"PJ\"\"\";14;a;0\n";

    @Property(tries = 400)
    void csvArbitraryBytes(@ForAll("bytes") byte[] invoer) {
        csv(invoer);
    }

    @Property(tries = 400)
    void csvMutatedSamples(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties) {
        csv(Mutatie.pasToe(CSV.getBytes(StandardCharsets.UTF_8), mutaties));
    }

    @Property(tries = 300)
    void archiveArbitraryBytes(@ForAll("bytes") byte[] invoer) {
        byte[] metKop = new byte[invoer.length + 4];
        System.arraycopy("PK\3\4".getBytes(StandardCharsets.ISO_8859_1), 0, metKop, 0, 4);
        System.arraycopy(invoer, 0, metKop, 4, invoer.length);
        archief(metKop);
        archief(invoer);
    }

    @Property(tries = 400)
    void archiveMutatedSamples(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties,
            @ForAll @IntRange(min = 0, max = 2) int vorm) throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("toewijzingen-111222333.csv", CSV.getBytes(StandardCharsets.UTF_8));
        inhoud.put("map/", new byte[0]);
        inhoud.put("tweede 123456782.csv", CSV.getBytes(StandardCharsets.UTF_8));
        byte[] zip = switch (vorm) {
            case 0 -> Mutatie.pasToe(Testbestanden.zip(inhoud), mutaties); // the archive's bytes damaged
            case 1 -> { // the entries damaged, the archive intact
                Map<String, byte[]> beschadigd = new LinkedHashMap<>();
                inhoud.forEach((k, v) -> beschadigd.put(k, v.length == 0 ? v : Mutatie.pasToe(v, mutaties)));
                yield Testbestanden.zip(beschadigd);
            }
            default -> { // an archive inside, damaged
                Map<String, byte[]> genest = new LinkedHashMap<>(inhoud);
                genest.put("binnen.csv", Mutatie.pasToe(Testbestanden.zip(inhoud), mutaties));
                yield Testbestanden.zip(genest);
            }
        };
        archief(zip);
    }

    /** Mutated messages of both standards, and archives of them, through the message reader as a module uses it. */
    @Property(tries = 300)
    void messageMutatedSamples(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties,
            @ForAll @IntRange(min = 0, max = 2) int vorm) throws IOException {
        byte[] jw323 = Berichtmonsters.utf8(Berichtmonsters.jw323());
        byte[] wmo301 = Berichtmonsters.utf8(Berichtmonsters.toewijzing(Berichtmonsters.WMO301));
        bericht(Berichtmonsters.JW323, Mutatie.pasToe(jw323, mutaties));
        bericht(Berichtmonsters.WMO301, Mutatie.pasToe(wmo301, mutaties));
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("wmo301-111222333.xml", wmo301);
        inhoud.put("wmo301.xml", vorm == 0 ? wmo301 : Mutatie.pasToe(wmo301, mutaties));
        bericht(Berichtmonsters.WMO301, vorm == 1 ? Testbestanden.zip(inhoud) : Mutatie.pasToe(Testbestanden.zip(inhoud), mutaties));
    }

    private static void bericht(Istandaardbericht.Type type, byte[] invoer) {
        Gelezen<Map<String, Object>> g = Berichtmonsters.lees(type, "f.xml", invoer, Invoerlimieten.standaard());
        if (g.fouten().isEmpty()) {
            assertThat(g.regels()).allSatisfy(r -> assertThat(r.waarde()).isNotNull());
        }
        controleer(invoer, g.fouten());
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    /** A kind's reader as a module writes one: every typed getter, the client column through the pseudonym maker. */
    private static void lezer(Veldlezer v, java.util.Set<String> kolommen) {
        v.gemeente("gemeente");
        v.geheel("nummer", true, 0, 999_999_999L);
        v.client(CsvBestand.clientkolom(kolommen), b -> "p".repeat(64));
        v.datum("datum", true);
        v.tekst("naam", false, 40);
        v.uitLijst("eenheid", false, Map.of("01", "minuut", "04", "uur", "14", "etmaal"), "iJw-eenheid");
        v.keuze("soort", false, c -> c.equals("a") || c.equals("b") ? Optional.of(c) : Optional.empty(), List.of("a", "b"));
        v.bedrag("bedrag", false);
    }

    private static void csv(byte[] invoer) {
        List<Regelfout> fouten = new ArrayList<>();
        List<String> gelezen = new ArrayList<>();
        String tekst = CsvBestand.utf8(invoer, fouten);
        if (tekst != null) {
            CsvBestand.lees(tekst, KOLOMMEN, Invoerlimieten.standaard(), fouten, (v, k) -> {
                lezer(v, k);
                if (v.foutloos()) {
                    gelezen.add(v.plaats());
                }
            });
        }
        controleer(invoer, fouten);
    }

    private static void archief(byte[] zip) {
        List<Regelfout> fouten = new ArrayList<>();
        int berichten = Archief.lees("a.zip", zip, Invoerlimieten.standaard(), fouten, (bron, in) -> {
            String tekst = CsvBestand.utf8(leesAlles(in), fouten);
            if (tekst != null) {
                CsvBestand.lees(tekst, KOLOMMEN, Invoerlimieten.standaard(), fouten, FuzzTest::lezer);
            }
        });
        assertThat(berichten).isGreaterThanOrEqualTo(0);
        controleer(zip, fouten);
    }

    private static byte[] leesAlles(java.io.InputStream in) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        in.transferTo(uit);
        return uit.toByteArray();
    }

    /** Every refusal is named (a place and a reason), and none repeats a BSN of the input. */
    static void controleer(byte[] invoer, List<Regelfout> fouten) {
        List<String> bsns = Mutatie.bsns(invoer);
        for (Regelfout f : fouten) {
            assertThat(f.plaats()).isNotBlank();
            assertThat(f.melding()).isNotBlank();
            for (String bsn : bsns) {
                assertThat(f.toString()).doesNotContain(bsn);
            }
        }
    }
}
