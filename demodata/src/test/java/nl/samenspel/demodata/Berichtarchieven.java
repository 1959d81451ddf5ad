package nl.samenspel.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** Reads the per-gemeente message archives the datasets write and checks them against an XSD; shared by the iJw and iWmo tests. */
final class Berichtarchieven {

    private Berichtarchieven() {
    }

    /** Messages per ZIP archive ({@code <bericht>-<gemeente>.zip}) of one type, in entry order; entry names must be unique. */
    static Map<String, List<byte[]>> lees(Path map, String bericht, List<Gemeente> gemeenten) throws IOException {
        Map<String, List<byte[]>> perArchief = new LinkedHashMap<>();
        for (Gemeente g : gemeenten) {
            String naam = bericht + "-" + g.code() + ".zip";
            List<byte[]> inhoud = new ArrayList<>();
            Set<String> namen = new HashSet<>();
            try (ZipFile zip = new ZipFile(map.resolve(naam).toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    assertThat(namen.add(entry.getName())).as(entry.getName()).isTrue();
                    inhoud.add(zip.getInputStream(entry).readAllBytes());
                }
            }
            perArchief.put(naam, inhoud);
        }
        return perArchief;
    }

    /** Validates every message against {@code xsd}; fails naming the first invalid one, else returns how many there were. */
    static int valideer(Path xsd, Map<String, List<byte[]>> berichten) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile())
                .newValidator();
        int aantal = 0;
        List<String> fouten = new ArrayList<>();
        for (Map.Entry<String, List<byte[]>> e : berichten.entrySet()) {
            for (byte[] xml : e.getValue()) {
                assertThat(new String(xml, 0, 38, StandardCharsets.UTF_8))
                        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
                try {
                    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
                } catch (SAXException fout) {
                    fouten.add(e.getKey() + ": " + fout.getMessage());
                }
                aantal++;
            }
        }
        if (!fouten.isEmpty()) {
            fail(fouten.size() + " invalid messages against " + xsd.getFileName() + ", first: " + fouten.get(0));
        }
        return aantal;
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
        fabriek.setNamespaceAware(true);
        return fabriek.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String tekst(Element ouder, String ns, String naam) {
        return ouder.getElementsByTagNameNS(ns, naam).item(0).getTextContent();
    }
}
