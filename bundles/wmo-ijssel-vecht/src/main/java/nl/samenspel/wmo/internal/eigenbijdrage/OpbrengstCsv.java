package nl.samenspel.wmo.internal.eigenbijdrage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVPrinter;

/**
 * The revenue as CSV, columns {@code gemeente;periode;clienten;clientmaanden;tarief;per;bedrag;status}:
 * per gemeente and year, its twelve months ({@code periode} {@code JJJJ-MM}) followed by the year
 * ({@code periode} {@code JJJJ}). Amounts are eurocents; {@code tarief} and {@code bedrag} are empty
 * where there is no rate, never 0. {@code status} says what the amount is: {@code bovengrens} (an upper
 * bound: households, income and exemptions are unknown), {@code geen-tarief} or, for a year,
 * {@code deels-geen-tarief} ({@link Opbrengststatus}). The year's {@code tarief} and {@code per} are
 * filled only when one rate applies to all its months. Aggregates only: no client appears.
 */
public final class OpbrengstCsv {

    public static final List<String> KOLOMMEN = List.of("gemeente", "periode", "clienten", "clientmaanden", "tarief", "per", "bedrag", "status");

    private OpbrengstCsv() {
    }

    public static void schrijf(List<Jaaropbrengst> jaren, Appendable uit) throws IOException {
        CSVPrinter printer = new CSVPrinter(uit, CakLijstCsv.FORMAAT);
        printer.printRecord(KOLOMMEN);
        for (Jaaropbrengst jaar : jaren) {
            for (Maandopbrengst m : jaar.maanden()) {
                printer.printRecord(m.gemeente(), m.maand(), m.clienten(), m.clienten(), m.tarief().map(Tarief::bedrag).orElse(null),
                        m.tarief().map(t -> t.per().code()).orElse(null), leegOf(m.bedrag()), m.status().code());
            }
            Optional<Tarief> enig = enigTarief(jaar);
            printer.printRecord(jaar.gemeente(), jaar.jaar(), jaar.clienten(), jaar.clientmaanden(), enig.map(Tarief::bedrag).orElse(null),
                    enig.map(t -> t.per().code()).orElse(null), leegOf(jaar.bedrag()), jaar.status().code());
        }
        printer.flush();
    }

    /** The revenue as a file: UTF-8 with a byte order mark. */
    public static byte[] alsBestand(List<Jaaropbrengst> jaren) {
        StringBuilder tekst = new StringBuilder("\uFEFF");
        try {
            schrijf(jaren, tekst);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return tekst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The rate of every month of the year, when it is one and the same. */
    private static Optional<Tarief> enigTarief(Jaaropbrengst jaar) {
        Optional<Tarief> eerste = jaar.maanden().get(0).tarief();
        return eerste.isPresent() && jaar.maanden().stream().allMatch(m -> m.tarief().equals(eerste)) ? eerste : Optional.empty();
    }

    private static Long leegOf(OptionalLong bedrag) {
        return bedrag.isPresent() ? bedrag.getAsLong() : null;
    }
}
