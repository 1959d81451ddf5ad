package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every message of a Wmo dataset is valid iWmo 3.2 against the shared XSDs and carries all of its records. */
class WmoXsdValidatieTest {

    private static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    @TempDir
    static Path uit;
    private static Path xsdMap;
    private static WmoDemo demo;

    @BeforeAll
    static void schrijf() throws IOException {
        xsdMap = Istandaarden.iwmo().orElse(null);
        Assumptions.assumeTrue(xsdMap != null, "iWmo 3.2 XSDs not found: keep shared/istandaarden/iwmo-3.2 in a parent "
                + "folder or set -Distandaarden.dir=<the ijw-3.2 folder beside it>; XSD validation skipped");
        demo = WmoDemo.genereer(42, 400);
        demo.schrijfXml(uit);
    }

    @Test
    void wmo301() throws Exception {
        assertThat(valideer("wmo301")).isGreaterThan(0);
    }

    @Test
    void wmo305() throws Exception {
        assertThat(valideer("wmo305")).isGreaterThan(0);
    }

    @Test
    void wmo307() throws Exception {
        assertThat(valideer("wmo307")).isGreaterThan(0);
    }

    @Test
    void wmo323() throws Exception {
        assertThat(valideer("wmo323")).isGreaterThan(0);
    }

    /** The variety the schema must take: budgets, open-ended allocations, amounts in euros without a tariff, credits. */
    @Test
    void datasetHeeftAlleVormen() {
        assertThat(demo.toewijzingen()).anyMatch(t -> t.budget() != null).anyMatch(t -> t.einddatum() == null)
                .anyMatch(WmoToewijzing::minderjarig);
        assertThat(demo.declaraties()).anyMatch(d -> d.tarief() == null).anyMatch(d -> "C".equals(d.debetCredit()));
    }

    @Test
    void berichtenBevattenAlleGegevens() throws Exception {
        assertThat(tel("wmo301", "ToegewezenProduct", "414")).isEqualTo(demo.toewijzingen().size());
        assertThat(tel("wmo305", "StartProduct", "418"))
                .isEqualTo(demo.toewijzingen().stream().filter(t -> t.startZorg() != null).count());
        assertThat(tel("wmo307", "StopProduct", "420"))
                .isEqualTo(demo.toewijzingen().stream().filter(t -> t.stopZorg() != null).count());

        String ns = Istandaard.IWMO.namespace("wmo323");
        int prestaties = 0;
        int zonderTarief = 0;
        Set<String> nummers = new HashSet<>();
        for (byte[] xml : alle("wmo323")) {
            Document doc = Berichtarchieven.dom(xml);
            assertThat(nummers.add(Berichtarchieven.tekst(doc.getDocumentElement(), ns, "DeclaratieNummer"))).isTrue();
            long saldo = 0;
            NodeList lijst = doc.getElementsByTagNameNS(ns, "Prestatie");
            for (int i = 0; i < lijst.getLength(); i++) {
                Element prestatie = (Element) lijst.item(i);
                Element bedrag = (Element) prestatie.getElementsByTagNameNS(ns, "IngediendBedrag").item(0);
                long b = Long.parseLong(Berichtarchieven.tekst(bedrag, BASIS, "Bedrag"));
                saldo += "D".equals(Berichtarchieven.tekst(bedrag, BASIS, "DebetCredit")) ? b : -b;
                boolean euros = "83".equals(Berichtarchieven.tekst(prestatie, ns, "Eenheid"));
                assertThat(prestatie.getElementsByTagNameNS(ns, "ProductTarief").getLength()).isEqualTo(euros ? 0 : 1);
                zonderTarief += euros ? 1 : 0;
            }
            prestaties += lijst.getLength();
            Element totaal = (Element) doc.getElementsByTagNameNS(ns, "TotaalIngediendBedrag").item(0);
            assertThat(Long.parseLong(Berichtarchieven.tekst(totaal, BASIS, "TotaalBedrag"))).isEqualTo(Math.abs(saldo));
        }
        assertThat(prestaties).isEqualTo(demo.declaraties().size());
        assertThat(zonderTarief).isEqualTo((int) demo.declaraties().stream().filter(d -> d.tarief() == null).count());
    }

    /** An allocation has Omvang or Budget, never both, and a Budget always with an Einddatum. */
    @Test
    void omvangOfBudget() throws Exception {
        String ns = Istandaard.IWMO.namespace("wmo301");
        for (byte[] xml : alle("wmo301")) {
            NodeList producten = Berichtarchieven.dom(xml).getElementsByTagNameNS(ns, "ToegewezenProduct");
            for (int i = 0; i < producten.getLength(); i++) {
                Element p = (Element) producten.item(i);
                boolean omvang = p.getElementsByTagNameNS(ns, "Omvang").getLength() == 1;
                boolean budget = p.getElementsByTagNameNS(ns, "Budget").getLength() == 1;
                assertThat(omvang).isNotEqualTo(budget);
                if (budget) {
                    assertThat(p.getElementsByTagNameNS(ns, "Einddatum").getLength()).isEqualTo(1);
                }
            }
        }
    }

    private long tel(String bericht, String element, String berichtcode) throws Exception {
        String ns = Istandaard.IWMO.namespace(bericht);
        long aantal = 0;
        for (byte[] xml : alle(bericht)) {
            Document doc = Berichtarchieven.dom(xml);
            assertThat(Berichtarchieven.tekst(doc.getDocumentElement(), ns, "BerichtCode")).isEqualTo(berichtcode);
            aantal += doc.getElementsByTagNameNS(ns, element).getLength();
        }
        return aantal;
    }

    private int valideer(String bericht) throws Exception {
        return Berichtarchieven.valideer(xsdMap.resolve(bericht.toUpperCase() + ".xsd"), berichten(bericht));
    }

    private static List<byte[]> alle(String bericht) throws IOException {
        return berichten(bericht).values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<byte[]>> berichten(String bericht) throws IOException {
        return Berichtarchieven.lees(uit, bericht, WmoRegio.alleGemeenten());
    }
}
