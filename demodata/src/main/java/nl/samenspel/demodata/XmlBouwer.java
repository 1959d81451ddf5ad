package nl.samenspel.demodata;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one iJw or iWmo message with StAX, indented for people reading the demo files.
 * Elements a message schema declares go in the message namespace (the default namespace);
 * children of the basisschema's composite types go in the basisschema namespace (prefix ijw
 * or iwmo), because both schemas are elementFormDefault="qualified".
 */
final class XmlBouwer {

    private static final XMLOutputFactory FABRIEK = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final XMLStreamWriter schrijver;
    private final Istandaard standaard;
    private final String berichtNs;
    private final String basisNs;
    private final String basisPrefix;
    private int diepte;
    private boolean heeftKinderen;

    /** Starts a document of {@code standaard} with its root element {@code Bericht} in the message namespace. */
    XmlBouwer(Istandaard standaard, String berichtNs) {
        this.standaard = standaard;
        this.berichtNs = berichtNs;
        this.basisNs = standaard.basisschema();
        this.basisPrefix = standaard.prefix();
        try {
            schrijver = FABRIEK.createXMLStreamWriter(buffer, "UTF-8");
            schrijver.writeStartDocument("UTF-8", "1.0");
            schrijver.writeCharacters("\n");
            schrijver.writeStartElement("", "Bericht", berichtNs);
            schrijver.writeDefaultNamespace(berichtNs);
            schrijver.writeNamespace(basisPrefix, basisNs);
            diepte = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standard the message belongs to; the header takes its XSD versions from it. */
    Istandaard standaard() {
        return standaard;
    }

    /** Opens an element of the message schema. */
    XmlBouwer open(String naam) {
        return start("", naam, berichtNs);
    }

    /** Opens a child of a basisschema composite type. */
    XmlBouwer openBasis(String naam) {
        return start(basisPrefix, naam, basisNs);
    }

    XmlBouwer blad(String naam, Object waarde) {
        return blad("", naam, berichtNs, waarde);
    }

    XmlBouwer bladBasis(String naam, Object waarde) {
        return blad(basisPrefix, naam, basisNs, waarde);
    }

    XmlBouwer sluit() {
        try {
            diepte--;
            if (heeftKinderen) {
                inspringen();
            }
            schrijver.writeEndElement();
            heeftKinderen = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the root and returns the UTF-8 bytes of the whole message. */
    byte[] klaar() {
        try {
            while (diepte > 0) {
                sluit();
            }
            // the closing newline before the end of the document: Woodstox releases its buffer at writeEndDocument
            schrijver.writeCharacters("\n");
            schrijver.writeEndDocument();
            schrijver.close();
            return buffer.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlBouwer start(String prefix, String naam, String ns) {
        try {
            inspringen();
            schrijver.writeStartElement(prefix, naam, ns);
            diepte++;
            heeftKinderen = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlBouwer blad(String prefix, String naam, String ns, Object waarde) {
        if (waarde == null) {
            throw new IllegalArgumentException("no value for " + naam);
        }
        try {
            inspringen();
            schrijver.writeStartElement(prefix, naam, ns);
            schrijver.writeCharacters(waarde.toString());
            schrijver.writeEndElement();
            heeftKinderen = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void inspringen() throws XMLStreamException {
        schrijver.writeCharacters("\n" + "  ".repeat(diepte));
    }
}
