package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Every message of a small dataset is valid iJw 3.2 against the shared XSDs. */
class XsdValidatieTest {

    private static final String BASIS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
    private static final List<String> BERICHTEN = List.of("jw301", "jw305", "jw307", "jw323");

    @TempDir
    static Path uit;
    private static Path xsdMap;
    private static JeugdhulpDemo demo;

    @BeforeAll
    static void schrijf() throws IOException {
        xsdMap = Istandaarden.map().orElse(null);
        Assumptions.assumeTrue(xsdMap != null, "iJw 3.2 XSDs not found: set -Distandaarden.dir=<folder with "
                + "JW301.xsd> or keep shared/istandaarden/ijw-3.2 in a parent folder; XSD validation skipped");
        demo = JeugdhulpDemo.genereer(42, 300);
        demo.schrijfXml(uit);
    }

    @Test
    void jw301() throws Exception {
        assertThat(valideer("jw301")).isGreaterThan(0);
    }

    @Test
    void jw305() throws Exception {
        assertThat(valideer("jw305")).isGreaterThan(0);
    }

    @Test
    void jw307() throws Exception {
        assertThat(valideer("jw307")).isGreaterThan(0);
    }

    @Test
    void jw323() throws Exception {
        assertThat(valideer("jw323")).isGreaterThan(0);
    }

    @Test
    void berichtenBevattenAlleGegevens() throws Exception {
        Map<String, List<byte[]>> alle = new LinkedHashMap<>();
        for (String bericht : BERICHTEN) {
            alle.put(bericht, berichten(bericht).values().stream().flatMap(List::stream).toList());
        }
        int producten = 0;
        for (byte[] xml : alle.get("jw301")) {
            producten += lees(xml).getElementsByTagNameNS(IjwBericht.namespace("jw301"), "ToegewezenProduct").getLength();
        }
        assertThat(producten).isEqualTo(demo.toewijzingen().size());
        int starts = 0;
        for (byte[] xml : alle.get("jw305")) {
            starts += lees(xml).getElementsByTagNameNS(IjwBericht.namespace("jw305"), "StartProduct").getLength();
        }
        assertThat(starts).isEqualTo(demo.toewijzingen().stream().filter(t -> t.startZorg() != null).count());
        int stops = 0;
        for (byte[] xml : alle.get("jw307")) {
            stops += lees(xml).getElementsByTagNameNS(IjwBericht.namespace("jw307"), "StopProduct").getLength();
        }
        assertThat(stops).isEqualTo(demo.toewijzingen().stream().filter(t -> t.stopZorg() != null).count());

        int prestaties = 0;
        Set<String> declaratienummers = new HashSet<>();
        for (byte[] xml : alle.get("jw323")) {
            Document doc = lees(xml);
            String ns = IjwBericht.namespace("jw323");
            assertThat(declaratienummers.add(tekst(doc.getDocumentElement(), ns, "DeclaratieNummer"))).isTrue();
            long saldo = 0;
            NodeList lijst = doc.getElementsByTagNameNS(ns, "IngediendBedrag");
            for (int i = 0; i < lijst.getLength(); i++) {
                Element bedrag = (Element) lijst.item(i);
                long b = Long.parseLong(tekst(bedrag, BASIS, "Bedrag"));
                saldo += "D".equals(tekst(bedrag, BASIS, "DebetCredit")) ? b : -b;
            }
            prestaties += lijst.getLength();
            Element totaal = (Element) doc.getElementsByTagNameNS(ns, "TotaalIngediendBedrag").item(0);
            assertThat(Long.parseLong(tekst(totaal, BASIS, "TotaalBedrag"))).isEqualTo(Math.abs(saldo));
            assertThat(tekst(totaal, BASIS, "DebetCredit")).isEqualTo(saldo >= 0 ? "D" : "C");
        }
        assertThat(prestaties).isEqualTo(demo.declaraties().size());
    }

    @Test
    void basisschemaElementInBerichtNamespaceWordtAfgewezen() throws Exception {
        byte[] goed = berichten("jw301").values().stream().flatMap(List::stream).findFirst().orElseThrow();
        String fout = new String(goed, StandardCharsets.UTF_8).replace("ijw:Categorie", "Categorie");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsdMap.resolve("JW301.xsd").toFile()).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(goed)));
        assertThatThrownBy(() -> validator.validate(
                new StreamSource(new ByteArrayInputStream(fout.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(SAXException.class);
    }

    private int valideer(String bericht) throws Exception {
        return Berichtarchieven.valideer(xsdMap.resolve(bericht.toUpperCase() + ".xsd"), berichten(bericht));
    }

    private static Map<String, List<byte[]>> berichten(String bericht) throws IOException {
        return Berichtarchieven.lees(uit, bericht, Gemeente.IJSSELLAND);
    }

    private static Document lees(byte[] xml) throws Exception {
        return Berichtarchieven.dom(xml);
    }

    private static String tekst(Element ouder, String ns, String naam) {
        return Berichtarchieven.tekst(ouder, ns, naam);
    }
}
