package nl.samenspel.invoer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.invoer.Istandaardbericht.Veld;

/**
 * The state of reading one message: turns the parser's events into fields and records, keeps
 * where each field was for its errors, refuses what a message never contains (a DTD, an entity,
 * nesting beyond the bound) and has {@link Berichtcontrole} judge the message as a whole. Every
 * place it reports is built from the standard's element names; a skipped element's name is input
 * and reaches a report only shortened and without digits that could be a BSN.
 */
final class Berichtlezer {

    /** A field's text beyond this is not kept: no field of a message is near it, and the reader's memory stays bounded. */
    private static final int MAX_TEKST = 10_000;

    private final XMLStreamReader r;
    private final String bron;
    private final Berichtpaden plan;
    private final Istandaardbericht typen;
    private final Berichtcontrole controle;
    private final Invoerlimieten limieten;
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

    Berichtlezer(XMLStreamReader r, String bron, Berichtpaden plan, Istandaardbericht typen, Invoerlimieten limieten,
                 List<Regelfout> fouten, Consumer<Veldlezer> perRecord) {
        this.r = r;
        this.bron = bron;
        this.plan = plan;
        this.typen = typen;
        this.controle = new Berichtcontrole(plan.type, typen);
        this.limieten = limieten;
        this.fouten = fouten;
        this.perRecord = perRecord;
    }

    void lees() throws XMLStreamException {
        int voor = fouten.size();
        String standaard = plan.type.standaardnaam();
        while (r.hasNext()) {
            switch (volgende()) {
                case XMLStreamConstants.START_ELEMENT -> begin();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (huidig != null && tekst.length() < MAX_TEKST) {
                        tekst.append(tekst());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> einde();
                case XMLStreamConstants.DTD -> throw weigering("DTD", "een " + standaard + "-bericht bevat geen DTD (<!DOCTYPE ...>);"
                        + " het bericht is niet verder gelezen. Lever het bericht zoals het " + standaard + "-schema het beschrijft,"
                        + " zonder DOCTYPE");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw weigering("entiteit", "een " + standaard + "-bericht bevat geen"
                        + " entiteiten (&naam;) behalve de vijf van XML zelf (&amp; &lt; &gt; &quot; &apos;); het bericht is niet verder gelezen");
                default -> { }
            }
        }
        if (fouten.size() == voor && controle.totaalWijkt(kop.get("totaalbedrag"), kop.get("totaaldc"))) {
            Veldplek plek = kopplekken.get("totaalbedrag");
            fouten.add(new Regelfout(plek == null ? bron : plaats(plek), "Declaratie/TotaalIngediendBedrag", "het totaal is niet de som"
                    + " van de bedragen van de prestaties (debet min credit)"));
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

    private Location locatie() {
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
        Iterator<String> namen = overgeslagen.descendingIterator();
        while (namen.hasNext()) {
            String naam = namen.next();
            overig.append('/').append(naam.length() > 40 ? naam.substring(0, 40) + "..." : naam);
        }
        String pad = (open == null ? "" : open.xpad()) + zonderNummers(overig.toString());
        return bron + (pad.isEmpty() ? "" : ", " + pad) + plek;
    }

    private static final Pattern LANG_GETAL = Pattern.compile("\\p{Nd}{5,}");
    private static final Pattern CIJFER = Pattern.compile("\\p{Nd}");

    /** Element names from the input, as {@link Archief#veiligeNaam} reduces a name: no run of digits that could be a BSN. */
    static String zonderNummers(String namen) {
        String uit = LANG_GETAL.matcher(namen).replaceAll("#");
        return CIJFER.matcher(uit).results().count() >= 9 ? CIJFER.matcher(uit).replaceAll("#") : uit;
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
            if (!("Bericht".equals(naam) && plan.namespace.equals(r.getNamespaceURI()))) {
                throw weigering("Bericht", "geen " + plan.type.code() + "-bericht: verwacht het root-element Bericht in namespace "
                        + plan.namespace);
            }
            open = new Knoop(null, naam, 1, "");
            return;
        }
        int index = open.kind(naam);
        String pad = open.pad.isEmpty() ? naam : open.pad + "/" + naam;
        if (!plan.relevant.contains(pad)) {
            overgeslagen.push(index > 1 ? naam + "[" + index + "]" : naam);
            return;
        }
        open = new Knoop(open, naam, index, pad);
        if (pad.equals(plan.type.recordPad())) {
            record = new HashMap<>();
            recordplekken = new HashMap<>();
            recordKnoop = open;
            recordPlek = plek();
            recordNummer++;
            return;
        }
        if (record == null) {
            for (String kolom : plan.verloopt(pad)) {
                kop.remove(kolom);
                kopplekken.remove(kolom);
            }
        }
        huidig = record != null ? plan.recordveld(pad.substring(plan.type.recordPad().length() + 1)) : plan.kop.get(pad);
        if (huidig != null) {
            Veldplek plek = new Veldplek(open, plek());
            (record != null ? recordplekken : kopplekken).put(huidig.kolom(), plek);
            String verwacht = huidig.basis() ? plan.basisnamespace : plan.namespace;
            String ns = r.getNamespaceURI();
            if (!verwacht.equals(ns)) {
                // a namespace is input too: named only when it is one of the standard's own
                fouten.add(new Regelfout(plaats(plek), naam, "element in de verkeerde namespace" + (typen.isBekend(ns) ? " " + ns : "")
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
            (record != null ? record : kop).put(huidig.kolom(), tekst.toString().strip());
            huidig = null;
        }
        if (record != null && knoop == recordKnoop) {
            geefRecord();
            record = null;
            recordplekken = null;
            recordKnoop = null;
        }
        if (knoop.pad.equals("Header")) {
            String fout = controle.berichtCode(kop.get("berichtcode"));
            if (fout != null) {
                Veldplek plek = kopplekken.get("berichtcode");
                fouten.add(new Regelfout(plek == null ? bron : plaats(plek), "Header/BerichtCode", fout));
            }
        }
    }

    /** The record's place: which record, its path, its position. */
    private String recordplaats() {
        return bron + ", " + plan.record + " " + recordNummer + ", " + recordKnoop.xpad() + recordPlek;
    }

    /** A field's place: inside a record, the record and the field's path; in the header, the path. */
    private String plaats(Veldplek plek) {
        return bron + (record == null ? "" : ", " + plan.record + " " + recordNummer) + ", " + plek;
    }

    /** Hands the record over with what it gets from the message; the reader's errors name the field's element. */
    private void geefRecord() {
        Map<String, String> velden = new HashMap<>(record);
        Map<String, Veldplek> plekken = recordplekken;
        velden.put("gemeente", kop.get(plan.gemeentekolom));
        velden.put("agb", kop.get(plan.agbkolom));
        plekken.put("gemeente", kopplekken.get(plan.gemeentekolom));
        plekken.put("agb", kopplekken.get(plan.agbkolom));
        for (String kolom : plan.naarRecord) {
            velden.put(kolom, kop.get(kolom));
            plekken.put(kolom, kopplekken.get(kolom));
        }
        String plaats = recordplaats();
        if (controle.bsnOngeldig(kop.get(CsvBestand.BSN))) {
            Veldplek bsn = kopplekken.get(CsvBestand.BSN);
            fouten.add(new Regelfout(bsn == null ? plaats : plaats(bsn), "Client/Bsn", "geen geldig BSN (9 cijfers en de elfproef)"));
        }
        controle.telOp(velden);
        // one missing altogether is named by the record's place
        String recordnaam = bron + ", " + plan.record + " " + recordNummer + ", ";
        perRecord.accept(new Veldlezer(plaats, velden::get, fouten, veld -> {
            Veldplek plek = plekken.get(veld);
            return plek == null ? null : recordnaam + plek;
        }));
    }

    /** A line and column, each 0 when the parser has none. */
    record Plek(int regel, int kolom) {
        static final Plek ONBEKEND = new Plek(0, 0);

        static Plek van(Location l) {
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
        /** Below the root, without indices: the key of {@link Berichtpaden}'s tables. */
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

    /** The message is refused whole at this point (wrong root, DTD, entity, too deep): one error, no further reading. */
    static final class Weigering extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Regelfout fout;

        Weigering(Regelfout fout) {
            super(null, null, false, false);
            this.fout = fout;
        }

        Regelfout fout() {
            return fout;
        }
    }
}
