package nl.samenspel.invoer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * Reads the iStandaard 3.2 messages (iJw, iWmo) of the types one module declares, streaming each
 * with StAX and handing every record (a ToegewezenProduct, StartProduct, StopProduct, Prestatie)
 * to the caller as fields named like the CSV columns of its kind, so that one record reader
 * serves CSV lines and messages alike. The two standards share their structure; what differs
 * (namespace, BerichtCode, the fields a module wants) is the module's {@link Type}. Only the
 * elements a type lists are read: names, birth dates and addresses are skipped unread unless a
 * module lists one. One instance per module, made once: the types it knows are the ones a report
 * may name when a message carries another's BerichtCode or namespace; anything else is input, and
 * only its shape is told.
 */
public final class Istandaardbericht {

    /**
     * A field of a message: the CSV column it is handed over as, and whether its element is a child
     * of one of the basisschema's composite types (and so in the basisschema namespace) rather than
     * the message's own.
     */
    public record Veld(String kolom, boolean basis) {
        public Veld {
            if (kolom == null || kolom.isBlank()) {
                throw new IllegalArgumentException("een veld heeft een kolomnaam");
            }
        }
    }

    /**
     * Who sends a message; the other party receives it. The Header's Afzender and Ontvanger are a
     * gemeente's CBS code and a provider's AGB code, and which is which follows from this alone, so
     * a type cannot hand them over the wrong way round.
     */
    public enum Afzender {
        /** An allocation (301): the gemeente sends, the provider receives. */
        GEMEENTE,
        /** A start, a stop, a declaration (305, 307, 323): the provider sends. */
        AANBIEDER
    }

    /**
     * Message-level fields every type reads, by path below the root element: the Header, the
     * client's BSN (of the message, or of each client of a declaration) and a declaration's number
     * and total. Of these the reader hands {@code gemeente}, {@code agb}, {@code bsn} and
     * {@code declaratienummer} over with every record.
     */
    static final Map<String, Veld> GEMEENSCHAPPELIJK = Map.of(
            "Header/BerichtCode", new Veld("berichtcode", false),
            "Header/Afzender", new Veld("Afzender", false),
            "Header/Ontvanger", new Veld("Ontvanger", false),
            "Client/Bsn", new Veld(CsvBestand.BSN, false),
            "Declaratie/DeclaratieNummer", new Veld("declaratienummer", false),
            "Declaratie/TotaalIngediendBedrag/TotaalBedrag", new Veld("totaalbedrag", true),
            "Declaratie/TotaalIngediendBedrag/DebetCredit", new Veld("totaaldc", true),
            "Declaratie/Clienten/Client/Bsn", new Veld(CsvBestand.BSN, false));

    /** The columns a record gets from the message whatever its type; a type's own fields may not take them. */
    static final Set<String> VAN_HET_BERICHT = Set.of("gemeente", "agb", CsvBestand.BSN, "declaratienummer");

    private static final Pattern STANDAARD = Pattern.compile("i[a-z]{2,9}");
    private static final Pattern BERICHT = Pattern.compile("[a-z]{1,5}[0-9]{3}");
    private static final Pattern BERICHTCODE = Pattern.compile("[0-9]{3}");
    private static final Pattern PAD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*");

    /**
     * One message type as a module reads it. The constructor refuses a declaration that could not
     * be read as meant (a path that is not one, a column taken twice, a field after the records),
     * so a module's mistake shows when its class loads, not in a report.
     *
     * @param standaard    the iStandaard as its namespace names it: {@code ijw}, {@code iwmo}
     * @param bericht      the message as its namespace names it: {@code jw301}, {@code wmo323}
     * @param berichtCode  the Header's BerichtCode the standard fixes for it: {@code 436}, {@code 414}
     * @param recordPad    where the records are, below the root element
     * @param afzender     who sends it; decides which of Afzender and Ontvanger is {@code gemeente}, which {@code agb}
     * @param velden       the record's fields: path below the record element to (column, in the basisschema namespace?)
     * @param kop          message-level fields beyond the ones every type reads (the Header's BerichtCode, Afzender and
     *                     Ontvanger, {@code Client/Bsn}, a declaration's number and total, and each of its clients' Bsn),
     *                     by path below the root, handed over with every record under their column; each must come
     *                     before the records in the schema's order (the client's {@code Client/Geboortedatum/Datum},
     *                     say), and is read only because it is listed here
     * @param bsnPerRecord whether the reader checks the client's BSN (elfproef) for every record: not where the
     *                     record reader pseudonymises it and checks it itself
     * @param declaratie   whether the message is a declaration whose total must equal the sum of its records'
     *                     {@code bedrag} (debit minus credit by {@code debetcredit}); both columns are then required
     */
    public record Type(String standaard, String bericht, String berichtCode, String recordPad, Afzender afzender,
                       Map<String, Veld> velden, Map<String, Veld> kop, boolean bsnPerRecord, boolean declaratie) {

        public Type {
            vereis(standaard != null && STANDAARD.matcher(standaard).matches(), "standaard is de naam in de namespace, zoals ijw of iwmo");
            vereis(bericht != null && BERICHT.matcher(bericht).matches(), "bericht is de naam in de namespace, zoals jw301 of wmo323");
            vereis(berichtCode != null && BERICHTCODE.matcher(berichtCode).matches(), bericht + ": BerichtCode is drie cijfers");
            vereis(recordPad != null && PAD.matcher(recordPad).matches(), bericht + ": recordPad is een pad zoals Client/StartProducten/StartProduct");
            vereis(afzender != null, bericht + ": afzender ontbreekt");
            velden = Map.copyOf(velden);
            kop = Map.copyOf(kop);
            vereis(!velden.isEmpty(), bericht + ": een record heeft velden");
            Set<String> kopkolommen = new HashSet<>(VAN_HET_BERICHT);
            GEMEENSCHAPPELIJK.values().forEach(v -> kopkolommen.add(v.kolom()));
            for (Map.Entry<String, Veld> e : kop.entrySet()) {
                String pad = e.getKey();
                vereis(PAD.matcher(pad).matches(), bericht + ": kop " + pad + " is geen pad");
                vereis(!GEMEENSCHAPPELIJK.containsKey(pad), bericht + ": kop " + pad + " wordt al door elk bericht gelezen");
                vereis(!(pad + "/").startsWith(recordPad + "/") && !(recordPad + "/").startsWith(pad + "/"),
                        bericht + ": kop " + pad + " ligt in of boven een record; een veld van het record hoort in velden");
                vereis(kopkolommen.add(e.getValue().kolom()), bericht + ": kolom " + e.getValue().kolom() + " komt al uit het bericht");
            }
            for (Map.Entry<String, Veld> e : velden.entrySet()) {
                vereis(PAD.matcher(e.getKey()).matches(), bericht + ": veld " + e.getKey() + " is geen pad");
                vereis(!kopkolommen.contains(e.getValue().kolom()), bericht + ": kolom " + e.getValue().kolom() + " komt al uit het bericht");
            }
            Set<String> kopvelden = new HashSet<>(GEMEENSCHAPPELIJK.keySet());
            kopvelden.addAll(kop.keySet());
            geenVeldInVeld(bericht, kopvelden);
            geenVeldInVeld(bericht, velden.keySet());
            Set<String> recordkolommen = new HashSet<>();
            velden.values().forEach(v -> recordkolommen.add(v.kolom()));
            vereis(!declaratie || recordkolommen.containsAll(List.of("bedrag", "debetcredit")),
                    bericht + ": een declaratie heeft de kolommen bedrag en debetcredit");
        }

        /** The message namespace, {@code http://www.istandaarden.nl/ijw/3_2/jw301/schema}. */
        public String namespace() {
            return "http://www.istandaarden.nl/" + standaard + "/3_2/" + bericht + "/schema";
        }

        /** The namespace of the standard's basisschema, where the children of its composite types are. */
        public String basisnamespace() {
            return "http://www.istandaarden.nl/" + standaard + "/3_2/basisschema/schema";
        }

        /** The message's name as people write it: {@code JW301}, {@code WMO323}. */
        public String code() {
            return bericht.toUpperCase(Locale.ROOT);
        }

        /** The standard's name as people write it: {@code iJw}, {@code iWmo}. */
        public String standaardnaam() {
            return "i" + Character.toUpperCase(standaard.charAt(1)) + standaard.substring(2);
        }

        /** The record element's name, the last step of {@link #recordPad}. */
        String record() {
            return recordPad.substring(recordPad.lastIndexOf('/') + 1);
        }

        /** A field's text is its element's: an element that holds another listed one is no field. */
        private static void geenVeldInVeld(String bericht, Set<String> paden) {
            for (String pad : paden) {
                vereis(paden.stream().noneMatch(ander -> ander.startsWith(pad + "/")), bericht + ": veld " + pad + " bevat een ander veld");
            }
        }

        private static void vereis(boolean voorwaarde, String melding) {
            if (!voorwaarde) {
                throw new IllegalArgumentException(melding);
            }
        }
    }

    private static final XMLInputFactory FABRIEK = veiligeFabriek();

    private final List<Type> typen;
    /** Per type, what reading it needs: worked out once here, not for every message of an archive. */
    private final Map<Type, Berichtpaden> paden = new HashMap<>();
    /** The namespaces of the known types and of their basisschemas: the only ones a report names. */
    private final Set<String> bekendeNamespaces = new HashSet<>();

    /**
     * @param typen the message types the module reads; no two of one standard with the same
     *              message or BerichtCode
     */
    public Istandaardbericht(List<Type> typen) {
        this.typen = List.copyOf(typen);
        Set<String> uniek = new LinkedHashSet<>();
        for (Type type : this.typen) {
            if (!uniek.add(type.standaard() + "/" + type.bericht()) || !uniek.add(type.standaard() + "#" + type.berichtCode())) {
                throw new IllegalArgumentException(type.code() + ": een ander type heeft hetzelfde bericht of dezelfde BerichtCode");
            }
            paden.put(type, new Berichtpaden(type));
            bekendeNamespaces.add(type.namespace());
            bekendeNamespaces.add(type.basisnamespace());
        }
    }

    /** The message types this reader knows. */
    public List<Type> typen() {
        return typen;
    }

    private static XMLInputFactory veiligeFabriek() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no DTDs, no external entities: a message is data, never a reason to open a file or a URL
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // an entity that is not one of XML's five is reported as an event (refused by the reader) instead of failing
        // inside the parser in its own words; both the JDK's parser and Woodstox do so without a DTD
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** The class name of the StAX implementation in use: it decides much of the reading speed. */
    public static String parser() {
        return FABRIEK.getClass().getName();
    }

    /** Reads one message with the default bounds. */
    public void lees(InputStream in, String bron, Type type, List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
        lees(in, bron, type, Invoerlimieten.standaard(), fouten, perRecord);
    }

    /**
     * Reads one message; every record goes to {@code perRecord}, every error to {@code fouten}.
     * Every error names the element's path and, where the parser has them, its line and column.
     * A DTD or an entity reference refuses the message at once ({@code DTD}, {@code entiteit}),
     * as does nesting deeper than {@code xmlDiepte}; a message that is not well-formed is refused
     * in words of our own, because the parser's can quote the content. A
     * {@link Limietoverschrijding} of the stream (an archive's bound) is passed on, not reported here.
     *
     * @param bron how reports name the message (a file, or an archive's entry); already reduced by the caller
     * @throws IllegalArgumentException for a type this reader was not made with
     */
    public void lees(InputStream in, String bron, Type type, Invoerlimieten limieten, List<Regelfout> fouten,
                     Consumer<Veldlezer> perRecord) {
        Berichtpaden plan = paden.get(type);
        if (plan == null) {
            throw new IllegalArgumentException(type.code() + " is geen berichttype van deze lezer");
        }
        XMLStreamReader r = null;
        Berichtlezer lezer = null;
        try {
            r = FABRIEK.createXMLStreamReader(in, "UTF-8");
            lezer = new Berichtlezer(r, bron, plan, this, limieten, fouten, perRecord);
            lezer.lees();
        } catch (Berichtlezer.Weigering w) {
            fouten.add(w.fout());
        } catch (XMLStreamException e) {
            Limietoverschrijding grens = grens(e);
            if (grens != null) {
                throw grens;
            }
            Berichtlezer.Plek plek = Berichtlezer.Plek.van(e.getLocation());
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

    /** Whether a report may name this namespace: it is one of the known types' or their basisschemas', not input. */
    boolean isBekend(String namespace) {
        return bekendeNamespaces.contains(namespace);
    }

    /** The known type of the same standard with this BerichtCode, if any: a report names it, not the code as such. */
    Type metCode(Type type, String berichtCode) {
        return typen.stream().filter(t -> t.standaard().equals(type.standaard()) && t.berichtCode().equals(berichtCode))
                .findFirst().orElse(null);
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
}
