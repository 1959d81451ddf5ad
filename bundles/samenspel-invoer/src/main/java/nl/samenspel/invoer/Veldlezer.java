package nl.samenspel.invoer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.samenspel.api.privacy.Bsn;
import nl.samenspel.api.privacy.Pseudoniemdienst;
import java.util.function.UnaryOperator;

/**
 * Typed access to the fields of one record (a CSV line or an XML record), adding a
 * {@link Regelfout} for every field that is missing or malformed instead of stopping at the
 * first. A getter returns null for an absent optional field and for a bad field; the caller
 * checks {@link #foutloos()} before building the record.
 */
public final class Veldlezer {

    private final String plaats;
    private final UnaryOperator<String> bron;
    private final List<Regelfout> fouten;
    private final int foutenBijStart;
    private final UnaryOperator<String> plaatsVan;

    public Veldlezer(String plaats, UnaryOperator<String> bron, List<Regelfout> fouten) {
        this(plaats, bron, fouten, null);
    }

    /**
     * @param plaatsVan where a field is, for its errors (an XML element's path, line and column);
     *                  null, or null for a field, where the record's place says enough
     */
    public Veldlezer(String plaats, UnaryOperator<String> bron, List<Regelfout> fouten, UnaryOperator<String> plaatsVan) {
        this.plaats = plaats;
        this.bron = bron;
        this.fouten = fouten;
        this.foutenBijStart = fouten.size();
        this.plaatsVan = plaatsVan;
    }

    /** The record's place: a CSV line, or a record in a message. */
    public String plaats() {
        return plaats;
    }

    public boolean foutloos() {
        return fouten.size() == foutenBijStart;
    }

    /** Adds an error at the field's own place where it has one. The message must not contain the field's value. */
    public void fout(String veld, String melding) {
        String waar = plaatsVan == null ? null : plaatsVan.apply(veld);
        fouten.add(new Regelfout(waar == null ? plaats : waar, veld, melding));
    }

    private String ruw(String veld, boolean verplicht) {
        String waarde = bron.apply(veld);
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                fout(veld, "ontbreekt");
            }
            return null;
        }
        return waarde.strip();
    }

    public String tekst(String veld, boolean verplicht, int maximaleLengte) {
        String w = ruw(veld, verplicht);
        if (w != null && w.length() > maximaleLengte) {
            fout(veld, "langer dan " + maximaleLengte + " tekens");
            return null;
        }
        return w;
    }

    /**
     * A value that must satisfy a check; {@code verwacht} says what was expected (for example
     * "geen CBS-gemeentecode van 4 cijfers"), and the message adds the bad value's shape, never the value.
     */
    public String code(String veld, boolean verplicht, java.util.function.Predicate<String> geldig, String verwacht) {
        String w = ruw(veld, verplicht);
        if (w != null && !geldig.test(w)) {
            fout(veld, verwacht + " (" + gevonden(w) + ")");
            return null;
        }
        return w;
    }

    /** A code from a fixed list; the message lists the codes. */
    public String uitLijst(String veld, boolean verplicht, Map<String, String> lijst, String naam) {
        String w = ruw(veld, verplicht);
        if (w != null && !lijst.containsKey(w)) {
            fout(veld, "geen " + naam + " (" + gevonden(w) + "); bekend: " + String.join(", ", new java.util.TreeSet<>(lijst.keySet())));
            return null;
        }
        return w;
    }

    public <E> E keuze(String veld, boolean verplicht, Function<String, Optional<E>> vanCode, List<String> bekend) {
        String w = ruw(veld, verplicht);
        if (w == null) {
            return null;
        }
        Optional<E> e = vanCode.apply(w);
        if (e.isEmpty()) {
            fout(veld, "onbekende waarde (" + gevonden(w) + "); kies uit " + String.join(", ", bekend));
            return null;
        }
        return e.get();
    }

    /**
     * The {@code wijziging} column: why a stored record is sent again ({@link Wijziging}); null when
     * empty. {@code waarvoor} says what a change means here, for the message.
     */
    public Wijziging wijziging(java.util.Set<Wijziging> toegestaan, String waarvoor) {
        String w = ruw(Wijziging.VELD, false);
        if (w == null) {
            return null;
        }
        Optional<Wijziging> wijziging = Wijziging.vanCode(w).filter(toegestaan::contains);
        if (wijziging.isEmpty()) {
            fout(Wijziging.VELD, "geen wijziging die hier past (" + gevonden(w) + "); alleen " + String.join(" of ",
                    Wijziging.codes(toegestaan)) + " (" + waarvoor + ")");
            return null;
        }
        return wijziging.get();
    }

    public LocalDate datum(String veld, boolean verplicht) {
        String w = ruw(veld, verplicht);
        if (w == null) {
            return null;
        }
        try {
            return LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            String hint = DAG_EERST.matcher(w).matches() ? "; dag-maand-jaar? schrijf jaar-maand-dag"
                    : ISO.matcher(w).matches() ? "; die dag bestaat niet" : "";
            fout(veld, "geen datum (JJJJ-MM-DD) (" + gevonden(w) + hint + ")");
            return null;
        }
    }

    /** A whole number within bounds; amounts are eurocent, so "12.50" is refused, not rounded. */
    public Long geheel(String veld, boolean verplicht, long minimum, long maximum) {
        String w = ruw(veld, verplicht);
        if (w == null) {
            return null;
        }
        try {
            long getal = Long.parseLong(w);
            if (getal >= minimum && getal <= maximum) {
                return getal;
            }
            fout(veld, "buiten het bereik " + minimum + " tot en met " + maximum);
            return null;
        } catch (NumberFormatException e) {
            // reported below
        }
        fout(veld, "geen geheel getal van " + minimum + " tot en met " + maximum + " (" + gevonden(w) + ")"
                + (w.contains(".") || w.contains(",") ? " (bedragen in hele eurocenten)" : ""));
        return null;
    }

    /**
     * What a bad value looks like, never the value itself: a BSN or a name typed in the wrong
     * column would otherwise end up in the report. Its length, and whether it is digits only, is
     * often enough to see what went wrong (nine digits in a gemeente column).
     */
    static String gevonden(String waarde) {
        int lengte = waarde.length();
        boolean cijfers = waarde.chars().allMatch(c -> c >= '0' && c <= '9');
        return "gevonden: " + lengte + (cijfers ? lengte == 1 ? " cijfer" : " cijfers" : lengte == 1 ? " teken" : " tekens");
    }

    public Long bedrag(String veld, boolean verplicht) {
        return geheel(veld, verplicht, 0, 99_999_999_999L);
    }

    /**
     * The client of a record as a pseudonym: from a {@code client} column as given (64 hex
     * characters), or from a {@code bsn} column through the node's pseudonym maker after the
     * elfproef. The value is never put in an error message: it is a BSN, or something typed
     * where one belonged.
     */
    public String client(String kolom, Function<Bsn, String> pseudoniem) {
        String tekst = tekst(kolom, true, 64);
        if (tekst == null) {
            return null;
        }
        if (CsvBestand.CLIENT.equals(kolom)) {
            if (!Pseudoniemdienst.isPseudoniem(tekst)) {
                fout(kolom, "geen clientpseudoniem (64 hexadecimale tekens, kleine letters)");
                return null;
            }
            return tekst;
        }
        return Bsn.van(tekst).map(pseudoniem).orElseGet(() -> {
            fout(kolom, "geen geldig BSN (9 cijfers en de elfproef)");
            return null;
        });
    }

    public String gemeente(String veld) {
        return code(veld, true, c -> GEMEENTE.matcher(c).matches(), "geen CBS-gemeentecode van 4 cijfers");
    }

    public String agb(String veld) {
        return code(veld, true, c -> AGB.matcher(c).matches(), "geen AGB-code van 8 cijfers");
    }

    // compiled once: these run for every record of files with a hundred thousand records
    private static final java.util.regex.Pattern GEMEENTE = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern AGB = java.util.regex.Pattern.compile("\\d{8}");
    private static final java.util.regex.Pattern DAG_EERST = java.util.regex.Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
}
