package nl.samenspel.jeugdhulp.internal.invoer;

import nl.samenspel.invoer.Regelfout;
import nl.samenspel.invoer.Veldlezer;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.samenspel.api.privacy.Bsn;

/**
 * Streams one iJw 3.2 message with StAX and hands each product record (ToegewezenProduct,
 * StartProduct, StopProduct, Prestatie) to the caller as fields named like the CSV columns.
 * Only the elements listed here are read; names, birth dates and addresses are skipped
 * unread. Checks the namespaces the standard prescribes: the message's own elements in the
 * message namespace, children of the basisschema's composite types in the basisschema namespace.
 */
public final class IjwBericht {

    static final String BASIS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    /** The messages this module reads, with their BerichtCode and record element. */
    public enum Type {
        JW301("jw301", "436", "Client/ToegewezenProducten/ToegewezenProduct", "Afzender", "Ontvanger"),
        JW305("jw305", "438", "Client/StartProducten/StartProduct", "Ontvanger", "Afzender"),
        JW307("jw307", "440", "Client/StopProducten/StopProduct", "Ontvanger", "Afzender"),
        JW323("jw323", "490", "Declaratie/Clienten/Client/Prestaties/Prestatie", "Ontvanger", "Afzender");

        private final String code;
        private final String berichtCode;
        /** Where the records are, below the root element. */
        private final String recordPad;
        private final String record;
        private final String gemeenteVeld;
        private final String agbVeld;

        Type(String code, String berichtCode, String recordPad, String gemeenteVeld, String agbVeld) {
            this.code = code;
            this.berichtCode = berichtCode;
            this.recordPad = recordPad;
            this.record = recordPad.substring(recordPad.lastIndexOf('/') + 1);
            this.gemeenteVeld = gemeenteVeld;
            this.agbVeld = agbVeld;
        }

        public String namespace() {
            return "http://www.istandaarden.nl/ijw/3_2/" + code + "/schema";
        }

        public String code() {
            return code.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** Record fields: path below the record element → (CSV column, in the basisschema namespace?). */
    private static final Map<Type, Map<String, Veld>> VELDEN = Map.of(
            Type.JW301, Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "Product/Categorie", new Veld("categorie", true),
                    "Product/Code", new Veld("productcode", true),
                    "Toewijzingsdatum", new Veld("toewijzingsdatum", false),
                    "Ingangsdatum", new Veld("ingangsdatum", false),
                    "Einddatum", new Veld("einddatum", false),
                    "Omvang/Volume", new Veld("volume", true),
                    "Omvang/Eenheid", new Veld("eenheid", true),
                    "Omvang/Frequentie", new Veld("frequentie", true),
                    "Budget", new Veld("budget", false)),
            Type.JW305, Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "Begindatum", new Veld("begindatum", false),
                    "StatusAanlevering", new Veld("status", false)),
            Type.JW307, Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "Einddatum", new Veld("einddatum", false),
                    "RedenBeeindiging", new Veld("reden", false),
                    "StatusAanlevering", new Veld("status", false)),
            Type.JW323, Map.of(
                    "ToewijzingNummer", new Veld("toewijzingnummer", false),
                    "ProductCategorie", new Veld("categorie", false),
                    "ProductCode", new Veld("productcode", false),
                    "ProductPeriode/Begindatum", new Veld("begindatum", true),
                    "ProductPeriode/Einddatum", new Veld("einddatum", true),
                    "IngediendBedrag/Bedrag", new Veld("bedrag", true),
                    "IngediendBedrag/DebetCredit", new Veld("debetcredit", true)));

    /** Message-level fields, by path from the root's child. */
    private static final Map<String, Veld> KOP = Map.of(
            "Header/BerichtCode", new Veld("berichtcode", false),
            "Header/Afzender", new Veld("Afzender", false),
            "Header/Ontvanger", new Veld("Ontvanger", false),
            "Client/Bsn", new Veld("bsn", false),
            "Declaratie/DeclaratieNummer", new Veld("declaratienummer", false),
            "Declaratie/TotaalIngediendBedrag/TotaalBedrag", new Veld("totaalbedrag", true),
            "Declaratie/TotaalIngediendBedrag/DebetCredit", new Veld("totaaldc", true),
            "Declaratie/Clienten/Client/Bsn", new Veld("bsn", false));

    private record Veld(String kolom, boolean basis) {
    }

    /**
     * Per message type, every path below the root that leads to something read. Any other
     * element is skipped with its whole subtree, unread: that is where names, birth dates and
     * addresses are, and skipping them is most of the parsing time saved.
     */
    private static final Map<Type, java.util.Set<String>> RELEVANT = relevantePaden();

    private static Map<Type, java.util.Set<String>> relevantePaden() {
        Map<Type, java.util.Set<String>> uit = new java.util.EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            java.util.Set<String> paden = new java.util.HashSet<>();
            java.util.List<String> volledig = new java.util.ArrayList<>(KOP.keySet());
            VELDEN.get(type).keySet().forEach(v -> volledig.add(type.recordPad + "/" + v));
            for (String pad : volledig) {
                for (int i = pad.indexOf('/'); i >= 0; i = pad.indexOf('/', i + 1)) {
                    paden.add(pad.substring(0, i));
                }
                paden.add(pad);
            }
            uit.put(type, java.util.Set.copyOf(paden));
        }
        return uit;
    }

    private IjwBericht() {
    }

    private static final XMLInputFactory FABRIEK = veiligeFabriek();

    private static XMLInputFactory veiligeFabriek() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no DTDs, no external entities: a message is data, never a reason to open a file or a URL
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** The class name of the StAX implementation in use. */
    public static String parser() {
        return FABRIEK.getClass().getName();
    }

    /** Reads one message; every record goes to {@code perRecord}, every error to {@code fouten}. */
    public static void lees(InputStream in, String bron, Type type, List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
        XMLStreamReader r = null;
        try {
            r = FABRIEK.createXMLStreamReader(in, "UTF-8");
            new Lezer(r, bron, type, fouten, perRecord).lees();
        } catch (Afgebroken e) {
            fouten.add(new Regelfout(bron, "Bericht", "geen " + type.code() + "-bericht: verwacht het root-element Bericht in namespace "
                    + type.namespace()));
        } catch (XMLStreamException e) {
            int regel = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            fouten.add(new Regelfout(bron + (regel > 0 ? " (regel " + regel + ")" : ""), "", "geen goed gevormde XML: "
                    + e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    /** The state of reading one message. */
    private static final class Lezer {
        private final XMLStreamReader r;
        private final String bron;
        private final Type type;
        private final java.util.Set<String> relevant;
        private final List<Regelfout> fouten;
        private final Consumer<Veldlezer> perRecord;
        /** The paths of the open elements that are read; skipped subtrees only count their depth. */
        private final Deque<String> paden = new ArrayDeque<>();
        private int overslaan;
        private final Map<String, String> kop = new HashMap<>();
        private Map<String, String> record;
        private int recordNummer;
        private int recordRegel;
        private Veld huidig;
        private final StringBuilder tekst = new StringBuilder();
        private long somPrestaties;

        Lezer(XMLStreamReader r, String bron, Type type, List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
            this.r = r;
            this.bron = bron;
            this.type = type;
            this.relevant = RELEVANT.get(type);
            this.fouten = fouten;
            this.perRecord = perRecord;
        }

        void lees() throws XMLStreamException {
            int voor = fouten.size();
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> begin();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (huidig != null) {
                            tekst.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> einde();
                    default -> { }
                }
            }
            if (fouten.size() == voor) {
                controleerTotaal();
            }
        }

        private void begin() {
            if (overslaan > 0) {
                overslaan++;
                return;
            }
            String naam = r.getLocalName();
            if (paden.isEmpty()) {
                if (!("Bericht".equals(naam) && type.namespace().equals(r.getNamespaceURI()))) {
                    throw new Afgebroken();
                }
                paden.push("");
                return;
            }
            String ouder = paden.peek();
            String pad = ouder.isEmpty() ? naam : ouder + "/" + naam;
            if (!relevant.contains(pad)) {
                overslaan = 1;
                return;
            }
            paden.push(pad);
            if (pad.equals(type.recordPad)) {
                record = new HashMap<>();
                recordNummer++;
                recordRegel = r.getLocation().getLineNumber();
                return;
            }
            huidig = record != null ? VELDEN.get(type).get(pad.substring(type.recordPad.length() + 1)) : KOP.get(pad);
            if (huidig != null) {
                String verwacht = huidig.basis ? BASIS : type.namespace();
                if (!verwacht.equals(r.getNamespaceURI())) {
                    fouten.add(new Regelfout(plaats(), naam, "element in namespace '" + r.getNamespaceURI() + "', verwacht '" + verwacht + "'"));
                }
                tekst.setLength(0);
            }
        }

        private void einde() {
            if (overslaan > 0) {
                overslaan--;
                return;
            }
            String pad = paden.pop();
            if (huidig != null) {
                (record != null ? record : kop).put(huidig.kolom, tekst.toString().strip());
                huidig = null;
            }
            if (record != null && pad.equals(type.recordPad)) {
                geefRecord();
                record = null;
            }
            if (pad.equals("Header")) {
                controleerKop();
            }
        }

        private String plaats() {
            return bron + (record == null ? "" : ", " + type.record + " " + recordNummer + " (regel " + recordRegel + ")");
        }

        private void controleerKop() {
            if (!type.berichtCode.equals(kop.get("berichtcode"))) {
                fouten.add(new Regelfout(bron, "Header/BerichtCode", "'" + kop.get("berichtcode") + "', verwacht " + type.berichtCode
                        + " (" + type.code() + ")"));
            }
        }

        private void geefRecord() {
            Map<String, String> velden = new HashMap<>(record);
            velden.put("gemeente", kop.get(type.gemeenteVeld));
            velden.put("agb", kop.get(type.agbVeld));
            velden.put("bsn", kop.get("bsn"));
            velden.put("declaratienummer", kop.get("declaratienummer"));
            String plaats = plaats();
            if (type != Type.JW301 && !Bsn.isGeldig(kop.get("bsn"))) {
                fouten.add(new Regelfout(plaats, "Client/Bsn", "geen geldig BSN (9 cijfers en de elfproef)"));
            }
            if (type == Type.JW323) {
                somPrestaties += ("C".equals(velden.get("debetcredit")) ? -1 : 1) * lang(velden.get("bedrag"));
            }
            perRecord.accept(new Veldlezer(plaats, velden::get, fouten));
        }

        /** A declaration's total must equal the sum of its lines (debit minus credit). */
        private void controleerTotaal() {
            if (type != Type.JW323) {
                return;
            }
            long totaal = ("C".equals(kop.get("totaaldc")) ? -1 : 1) * lang(kop.get("totaalbedrag"));
            if (totaal != somPrestaties) {
                fouten.add(new Regelfout(bron, "Declaratie/TotaalIngediendBedrag", "totaal " + totaal
                        + " is niet de som van de prestaties (" + somPrestaties + ", debet min credit)"));
            }
        }

        private static long lang(String tekst) {
            try {
                return tekst == null ? 0 : Long.parseLong(tekst.strip());
            } catch (NumberFormatException e) {
                return 0; // the record reader reports the bad amount itself
            }
        }
    }

    /** The root is not the expected message: reported once by {@link Bestand}, not per element. */
    static final class Afgebroken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Afgebroken() {
            super(null, null, false, false);
        }
    }
}
