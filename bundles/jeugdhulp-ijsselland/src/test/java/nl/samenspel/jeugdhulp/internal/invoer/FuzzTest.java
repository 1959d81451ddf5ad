package nl.samenspel.jeugdhulp.internal.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.invoer.Gelezen;
import nl.samenspel.invoer.Regelfout;
import nl.samenspel.testsupport.Mutatie;
import nl.samenspel.testsupport.Testbestanden;

/**
 * Arbitrary bytes and mutated valid files (CSV, a JW301 and a JW323 message, archives of them)
 * through the module's {@link Importsoort#BESTAND} with its record reader: each ends in records
 * or in at least one named refusal, never in an exception, and no report repeats a BSN of the input.
 */
class FuzzTest {

    /** What an iJw reader may trip over besides any reader's ({@link Mutatie#STUKJES}): its elements, namespaces and numbers. */
    private static final List<String> IJW = List.of(";", "\"", "\n", "<", ">", "&", "&x;", "&amp;", "&#0;", "]]>", "<![CDATA[x]]>",
            "<!DOCTYPE a [<!ENTITY x \"xx\">]>", "<?xml version=\"1.0\"?>", "<a>", "</a>", "<Bsn>111222333</Bsn>",
            "<ToegewezenProduct>", "</ToegewezenProduct>", "<Prestatie>", "<Client>", "\u0000", "\uFEFF", "é", "PK\u0003\u0004",
            "111222333", "123456782", "xmlns=\"urn:x\"", "xmlns:ijw=\"urn:y\"", "<ijw:Categorie>45</ijw:Categorie>", "2016-13-45");

    private static final Invoerlimieten STANDAARD = Invoerlimieten.standaard();

    @Property(tries = 300)
    void arbitraryBytes(@ForAll("bytes") byte[] invoer, @ForAll("kop") String kop) {
        byte[] metKop = concat(kop.getBytes(StandardCharsets.UTF_8), invoer);
        beide(metKop);
    }

    @Property(tries = 500)
    void mutatedMessages(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties) {
        beide(Mutatie.pasToe(Monsters.utf8(Monsters.jw301()), mutaties, IJW));
        beide(Mutatie.pasToe(Monsters.utf8(Monsters.jw323()), mutaties, IJW));
    }

    @Property(tries = 300)
    void mutatedCsv(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties) {
        beide(Mutatie.pasToe(Monsters.utf8(Monsters.CSV), mutaties, IJW));
    }

    @Property(tries = 300)
    void mutatedArchives(@ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties,
            @ForAll @IntRange(min = 0, max = 2) int vorm) throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        inhoud.put("jw301-" + Monsters.BSN + ".xml", Monsters.utf8(Monsters.jw301()));
        inhoud.put("berichten/", new byte[0]);
        inhoud.put("berichten/jw323.xml", Monsters.utf8(Monsters.jw323()));
        byte[] zip = switch (vorm) {
            case 0 -> Mutatie.pasToe(Testbestanden.zip(inhoud), mutaties, IJW);
            case 1 -> {
                Map<String, byte[]> beschadigd = new LinkedHashMap<>();
                inhoud.forEach((k, v) -> beschadigd.put(k, v.length == 0 ? v : Mutatie.pasToe(v, mutaties, IJW)));
                yield Testbestanden.zip(beschadigd);
            }
            default -> {
                Map<String, byte[]> genest = new LinkedHashMap<>(inhoud);
                genest.put("binnen.xml", Mutatie.pasToe(Testbestanden.zip(inhoud), mutaties, IJW));
                yield Testbestanden.zip(genest);
            }
        };
        beide(zip);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    /** How arbitrary bytes start, so that each reader gets its share: nothing (CSV), XML, a message's root, a ZIP header. */
    @Provide
    Arbitrary<String> kop() {
        return Arbitraries.of("", "<", "<?xml version=\"1.0\"?>", "<Bericht xmlns=\"" + Ijwberichten.JW301.namespace() + "\">", "PK\3\4",
                "gemeente;toewijzingnummer;bsn\n");
    }

    private static void beide(byte[] invoer) {
        controleer(invoer, Monsters.toewijzingen("f.xml", invoer, STANDAARD));
        controleer(invoer, Monsters.declaraties("f.xml", invoer, STANDAARD));
    }

    /** Accepted records, or named refusals; and no BSN of the input in any report. */
    private static void controleer(byte[] invoer, Gelezen<?> g) {
        if (g.fouten().isEmpty()) {
            assertThat(g.regels()).allSatisfy(r -> assertThat(r.waarde()).isNotNull());
        }
        List<String> bsns = bsns(invoer);
        for (Regelfout f : g.fouten()) {
            assertThat(f.plaats()).isNotBlank();
            assertThat(f.melding()).isNotBlank();
            for (String bsn : bsns) {
                assertThat(f.toString()).doesNotContain(bsn);
            }
        }
    }

    /** The samples' BSNs and every valid nine-digit run in the input ({@link Mutatie#bsns}). */
    private static List<String> bsns(byte[] invoer) {
        List<String> uit = new ArrayList<>(List.of(Monsters.BSN, Monsters.BSN2));
        uit.addAll(Mutatie.bsns(invoer));
        return uit;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.writeBytes(a);
        uit.writeBytes(b);
        return uit.toByteArray();
    }
}
