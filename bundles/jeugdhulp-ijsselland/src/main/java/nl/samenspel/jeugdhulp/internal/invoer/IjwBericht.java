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
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
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
            Type.JW301, Map.ofEntries(
                    Map.entry("ToewijzingNummer", new Veld("toewijzingnummer", false)),
                    Map.entry("Product/Categorie", new Veld("categorie", true)),
                    Map.entry("Product/Code", new Veld("productcode", true)),
                    Map.entry("Toewijzingsdatum", new Veld("toewijzingsdatum", false)),
                    Map.entry("Ingangsdatum", new Veld("ingangsdatum", false)),
                    Map.entry("Einddatum", new Veld("einddatum", false)),
                    Map.entry("Omvang/Volume", new Veld("volume", true)),
                    Map.entry("Omvang/Eenheid", new Veld("eenheid", true)),
                    Map.entry("Omvang/Frequentie", new Veld("frequentie", true)),
                    Map.entry("Budget", new Veld("budget", false)),
                    Map.entry("RedenWijziging", new Veld("redenwijziging", false))),
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

    /** A field's text beyond this is not kept: no field of a message is near it, and the reader's memory stays bounded. */
    private static final int MAX_TEKST = 10_000;

    private static XMLInputFactory veiligeFabriek() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no DTDs, no external entities: a message is data, never a reason to open a file or a URL
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // an entity that is not one of XML's five is reported as an event (refused below) instead of failing
        // inside the parser in its own words; both the JDK's parser and Woodstox do so without a DTD
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** The class name of the StAX implementation in use. */
    public static String parser() {
        return FABRIEK.getClass().getName();
    }

    /** Reads one message with the default bounds. */
    public static void lees(InputStream in, String bron, Type type, List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
        lees(in, bron, type, Invoerlimieten.standaard(), fouten, perRecord);
    }

    /**
     * Reads one message; every record goes to {@code perRecord}, every error to {@code fouten}.
     * Every error names the element's path and, where the parser has them, its line and column.
     * A DTD or an entity reference refuses the message at once ({@code DTD}, {@code entiteit}),
     * as does nesting deeper than {@code xmlDiepte}; a message that is not well-formed is refused
     * in words of our own, because the parser's can quote the content. A
     * {@link Limietoverschrijding} of the stream (an archive's bound) is passed on, not reported here.
     */
    public static void lees(InputStream in, String bron, Type type, Invoerlimieten limieten, List<Regelfout> fouten,
                            Consumer<Veldlezer> perRecord) {
        XMLStreamReader r = null;
        Lezer lezer = null;
        try {
            r = FABRIEK.createXMLStreamReader(in, "UTF-8");
            lezer = new Lezer(r, bron, type, limieten, fouten, perRecord);
            lezer.lees();
        } catch (Weigering w) {
            fouten.add(w.fout);
        } catch (XMLStreamException e) {
            Limietoverschrijding grens = grens(e);
            if (grens != null) {
                throw grens;
            }
            Plek plek = Plek.van(e.getLocation());
            String waar = lezer == null ? bron + plek : lezer.waar(plek);
            fouten.add(new Regelfout(waar, "", "geen goed gevormde XML: het bericht is op deze plek afgebroken of beschadigd, of het is"
                    + " geen UTF-8 (een tag die niet sluit, een teken dat in XML niet mag, of tekst buiten het root-element)"));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException | RuntimeException e) {
                    // nothing left to read
                }
            }
        }
    }

    private static final java.util.regex.Pattern LANG_GETAL = java.util.regex.Pattern.compile("\\p{Nd}{5,}");
    private static final java.util.regex.Pattern CIJFER = java.util.regex.Pattern.compile("\\p{Nd}");

    /** Element names from the input, as {@link nl.samenspel.invoer.Archief#veiligeNaam} reduces a name: no run of digits that could be a BSN. */
    static String zonderNummers(String namen) {
        String uit = LANG_GETAL.matcher(namen).replaceAll("#");
        return CIJFER.matcher(uit).results().count() >= 9 ? CIJFER.matcher(uit).replaceAll("#") : uit;
    }

    /** A bound of the stream underneath (an archive's), wrapped by the parser or not. */
    private static Limietoverschrijding grens(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Limietoverschrijding l) {
                return l;
            }
        }
        return null;
    }

    /** A line and column, each 0 when the parser has none. */
    private record Plek(int regel, int kolom) {
        static final Plek ONBEKEND = new Plek(0, 0);

        static Plek van(javax.xml.stream.Location l) {
            return l == null ? ONBEKEND : new Plek(Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
        }

        @Override
        public String toString() {
            return regel > 0 ? " (regel " + regel + (kolom > 0 ? ", kolom " + kolom : "") + ")" : "";
        }
    }

    /** An open element that is read: its path for the tables, and what its absolute path in reports needs. */
    private static final class Knoop {
        final Knoop ouder;
        final String naam;
        final int index;
        /** Below the root, without indices: the key of {@link #RELEVANT}, {@link #VELDEN} and {@link #KOP}. */
        final String pad;
        private Map<String, Integer> kinderen;

        Knoop(Knoop ouder, String naam, int index, String pad) {
            this.ouder = ouder;
            this.naam = naam;
            this.index = index;
            this.pad = pad;
        }

        /** Counts a child and returns its position among its namesakes (1-based). */
        int kind(String kind) {
            if (kinderen == null) {
                kinderen = new HashMap<>();
            }
            return kinderen.merge(kind, 1, Integer::sum);
        }

        /** The element's absolute path, {@code /Bericht/Client/ToegewezenProducten/ToegewezenProduct[3]}; built only for a report. */
        String xpad() {
            StringBuilder sb = new StringBuilder();
            for (Knoop k = this; k != null; k = k.ouder) {
                sb.insert(0, "/" + k.naam + (k.index > 1 ? "[" + k.index + "]" : ""));
            }
            return sb.toString();
        }
    }

    /** Where a field was: its element and the parser's position at its start. */
    private record Veldplek(Knoop knoop, Plek plek) {
        @Override
        public String toString() {
            return knoop.xpad() + plek;
        }
    }

    /** The state of reading one message. */
    private static final class Lezer {
        private final XMLStreamReader r;
        private final String bron;
        private final Type type;
        private final Invoerlimieten limieten;
        private final java.util.Set<String> relevant;
        private final List<Regelfout> fouten;
        private final Consumer<Veldlezer> perRecord;
        /** The open elements that are read; a skipped subtree keeps only its names, for the path of a parse error. */
        private Knoop open;
        private final Deque<String> overgeslagen = new ArrayDeque<>();
        private int diepte;
        private final Map<String, String> kop = new HashMap<>();
        private final Map<String, Veldplek> kopplekken = new HashMap<>();
        private Map<String, String> record;
        private Map<String, Veldplek> recordplekken;
        private Knoop recordKnoop;
        private Plek recordPlek;
        private int recordNummer;
        private Veld huidig;
        private final StringBuilder tekst = new StringBuilder();
        private long somPrestaties;

        Lezer(XMLStreamReader r, String bron, Type type, Invoerlimieten limieten, List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
            this.r = r;
            this.bron = bron;
            this.type = type;
            this.limieten = limieten;
            this.relevant = RELEVANT.get(type);
            this.fouten = fouten;
            this.perRecord = perRecord;
        }

        void lees() throws XMLStreamException {
            int voor = fouten.size();
            while (r.hasNext()) {
                switch (volgende()) {
                    case XMLStreamConstants.START_ELEMENT -> begin();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (huidig != null && tekst.length() < MAX_TEKST) {
                            tekst.append(tekst());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> einde();
                    case XMLStreamConstants.DTD -> throw weigering("DTD", "een iJw-bericht bevat geen DTD (<!DOCTYPE ...>); het bericht"
                            + " is niet verder gelezen. Lever het bericht zoals het iJw-schema het beschrijft, zonder DOCTYPE");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw weigering("entiteit", "een iJw-bericht bevat geen entiteiten"
                            + " (&naam;) behalve de vijf van XML zelf (&amp; &lt; &gt; &quot; &apos;); het bericht is niet verder gelezen");
                    default -> { }
                }
            }
            if (fouten.size() == voor) {
                controleerTotaal();
            }
        }

        /** The parser's next event; what a parser throws unchecked (Woodstox's lazy errors) counts as not well-formed. */
        private int volgende() throws XMLStreamException {
            try {
                return r.next();
            } catch (Limietoverschrijding | Weigering e) {
                throw e;
            } catch (RuntimeException e) {
                throw new XMLStreamException("", locatie(), e);
            }
        }

        private String tekst() throws XMLStreamException {
            try {
                return r.getText();
            } catch (Limietoverschrijding e) {
                throw e;
            } catch (RuntimeException e) {
                throw new XMLStreamException("", locatie(), e);
            }
        }

        private javax.xml.stream.Location locatie() {
            try {
                return r.getLocation();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Plek plek() {
            return Plek.van(locatie());
        }

        /**
         * The current path (read elements and skipped ones) with a position: where a parse error or
         * a refusal is. The names of read elements are the standard's; a skipped element's name is
         * input, and is shortened and stripped of anything that could be a BSN.
         */
        String waar(Plek plek) {
            StringBuilder overig = new StringBuilder();
            java.util.Iterator<String> namen = overgeslagen.descendingIterator();
            while (namen.hasNext()) {
                String naam = namen.next();
                overig.append('/').append(naam.length() > 40 ? naam.substring(0, 40) + "..." : naam);
            }
            String pad = (open == null ? "" : open.xpad()) + zonderNummers(overig.toString());
            return bron + (pad.isEmpty() ? "" : ", " + pad) + plek;
        }

        private Weigering weigering(String veld, String melding) {
            return new Weigering(new Regelfout(waar(plek()), veld, melding));
        }

        private void begin() {
            if (++diepte > limieten.xmlDiepte()) {
                throw weigering("xmlDiepte", new Limietoverschrijding("xmlDiepte", limieten.xmlDiepte(), "het bericht is dieper genest dan "
                        + limieten.xmlDiepte() + " elementen; het is niet verder gelezen").getMessage());
            }
            String naam = r.getLocalName();
            if (!overgeslagen.isEmpty()) {
                overgeslagen.push(naam);
                return;
            }
            if (open == null) {
                if (!("Bericht".equals(naam) && type.namespace().equals(r.getNamespaceURI()))) {
                    throw weigering("Bericht", "geen " + type.code() + "-bericht: verwacht het root-element Bericht in namespace "
                            + type.namespace());
                }
                open = new Knoop(null, naam, 1, "");
                return;
            }
            int index = open.kind(naam);
            String pad = open.pad.isEmpty() ? naam : open.pad + "/" + naam;
            if (!relevant.contains(pad)) {
                overgeslagen.push(index > 1 ? naam + "[" + index + "]" : naam);
                return;
            }
            open = new Knoop(open, naam, index, pad);
            if (pad.equals(type.recordPad)) {
                record = new HashMap<>();
                recordplekken = new HashMap<>();
                recordKnoop = open;
                recordPlek = plek();
                recordNummer++;
                return;
            }
            huidig = record != null ? VELDEN.get(type).get(pad.substring(type.recordPad.length() + 1)) : KOP.get(pad);
            if (huidig != null) {
                Veldplek plek = new Veldplek(open, plek());
                (record != null ? recordplekken : kopplekken).put(huidig.kolom, plek);
                String verwacht = huidig.basis ? BASIS : type.namespace();
                if (!verwacht.equals(r.getNamespaceURI())) {
                    // a namespace is input too: named only when it is one of the standard's own
                    String ns = r.getNamespaceURI();
                    boolean bekend = BASIS.equals(ns) || java.util.Arrays.stream(Type.values()).anyMatch(t -> t.namespace().equals(ns));
                    fouten.add(new Regelfout(plaats(plek), naam, "element in de verkeerde namespace" + (bekend ? " " + ns : "")
                            + "; verwacht " + verwacht));
                }
                tekst.setLength(0);
            }
        }

        private void einde() {
            diepte--;
            if (!overgeslagen.isEmpty()) {
                overgeslagen.pop();
                return;
            }
            Knoop knoop = open;
            open = knoop.ouder;
            if (huidig != null) {
                (record != null ? record : kop).put(huidig.kolom, tekst.toString().strip());
                huidig = null;
            }
            if (record != null && knoop == recordKnoop) {
                geefRecord();
                record = null;
                recordplekken = null;
                recordKnoop = null;
            }
            if (knoop.pad.equals("Header")) {
                controleerKop();
            }
        }

        /** The record's place: which record, its path, its position. */
        private String recordplaats() {
            return bron + ", " + type.record + " " + recordNummer + ", " + recordKnoop.xpad() + recordPlek;
        }

        /** A field's place: inside a record, the record and the field's path; in the header, the path. */
        private String plaats(Veldplek plek) {
            return bron + (record == null ? "" : ", " + type.record + " " + recordNummer) + ", " + plek;
        }

        private void controleerKop() {
            String code = kop.get("berichtcode");
            if (!type.berichtCode.equals(code)) {
                // a code of the standard is named; anything else is input, and only its shape is told
                String ander = java.util.Arrays.stream(Type.values()).filter(t -> t.berichtCode.equals(code)).map(Type::code).findFirst()
                        .map(c -> "een " + c + "-bericht (BerichtCode " + code + ")").orElse("geen BerichtCode " + type.berichtCode);
                Veldplek plek = kopplekken.get("berichtcode");
                fouten.add(new Regelfout(plek == null ? bron : plaats(plek), "Header/BerichtCode", ander + ", verwacht "
                        + type.berichtCode + " (" + type.code() + ")"));
            }
        }

        private void geefRecord() {
            Map<String, String> velden = new HashMap<>(record);
            velden.put("gemeente", kop.get(type.gemeenteVeld));
            velden.put("agb", kop.get(type.agbVeld));
            velden.put("bsn", kop.get("bsn"));
            velden.put("declaratienummer", kop.get("declaratienummer"));
            Map<String, Veldplek> plekken = recordplekken;
            Veldplek gemeente = kopplekken.get(type.gemeenteVeld);
            Veldplek agb = kopplekken.get(type.agbVeld);
            Veldplek bsn = kopplekken.get("bsn");
            Veldplek declaratienummer = kopplekken.get("declaratienummer");
            String plaats = recordplaats();
            if (type != Type.JW301 && !Bsn.isGeldig(kop.get("bsn"))) {
                fouten.add(new Regelfout(bsn == null ? plaats : plaats(bsn), "Client/Bsn", "geen geldig BSN (9 cijfers en de elfproef)"));
            }
            if (type == Type.JW323) {
                somPrestaties += ("C".equals(velden.get("debetcredit")) ? -1 : 1) * lang(velden.get("bedrag"));
            }
            // the reader's errors name the field's element; one missing altogether, the record
            int nummer = recordNummer;
            perRecord.accept(new Veldlezer(plaats, velden::get, fouten, veld -> {
                Veldplek plek = switch (veld) {
                    case "gemeente" -> gemeente;
                    case "agb" -> agb;
                    case "bsn" -> bsn;
                    case "declaratienummer" -> declaratienummer;
                    default -> plekken.get(veld);
                };
                return plek == null ? null : bron + ", " + type.record + " " + nummer + ", " + plek;
            }));
        }

        /** A declaration's total must equal the sum of its lines (debit minus credit); the amounts are not repeated. */
        private void controleerTotaal() {
            if (type != Type.JW323) {
                return;
            }
            long totaal = ("C".equals(kop.get("totaaldc")) ? -1 : 1) * lang(kop.get("totaalbedrag"));
            if (totaal != somPrestaties) {
                Veldplek plek = kopplekken.get("totaalbedrag");
                fouten.add(new Regelfout(plek == null ? bron : plaats(plek), "Declaratie/TotaalIngediendBedrag", "het totaal is niet de som"
                        + " van de bedragen van de prestaties (debet min credit)"));
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

    /** The message is refused whole at this point (wrong root, DTD, entity, too deep): one error, no further reading. */
    static final class Weigering extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Regelfout fout;

        Weigering(Regelfout fout) {
            super(null, null, false, false);
            this.fout = fout;
        }
    }
}
