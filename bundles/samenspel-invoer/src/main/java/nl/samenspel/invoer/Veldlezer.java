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

    public Veldlezer(String plaats, UnaryOperator<String> bron, List<Regelfout> fouten) {
        this.plaats = plaats;
        this.bron = bron;
        this.fouten = fouten;
        this.foutenBijStart = fouten.size();
    }

    public String plaats() {
        return plaats;
    }

    public boolean foutloos() {
        return fouten.size() == foutenBijStart;
    }

    public void fout(String veld, String melding) {
        fouten.add(new Regelfout(plaats, veld, melding));
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

    /** A value that must satisfy a check; the message explains the expected form. */
    public String code(String veld, boolean verplicht, java.util.function.Predicate<String> geldig, String verwacht) {
        String w = ruw(veld, verplicht);
        if (w != null && !geldig.test(w)) {
            fout(veld, "'" + w + "' is " + verwacht);
            return null;
        }
        return w;
    }

    public String uitLijst(String veld, boolean verplicht, Map<String, String> lijst, String naam) {
        String w = ruw(veld, verplicht);
        if (w != null && !lijst.containsKey(w)) {
            fout(veld, "'" + w + "' is geen " + naam + "; bekend: " + String.join(", ", new java.util.TreeSet<>(lijst.keySet())));
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
            fout(veld, "'" + w + "' is onbekend; kies uit " + String.join(", ", bekend));
            return null;
        }
        return e.get();
    }

    public LocalDate datum(String veld, boolean verplicht) {
        String w = ruw(veld, verplicht);
        if (w == null) {
            return null;
        }
        try {
            return LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            fout(veld, "'" + w + "' is geen datum (JJJJ-MM-DD)");
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
        } catch (NumberFormatException e) {
            // reported below
        }
        fout(veld, "'" + w + "' is geen geheel getal van " + minimum + " tot en met " + maximum
                + (w.contains(".") || w.contains(",") ? " (bedragen in hele eurocenten)" : ""));
        return null;
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
}
