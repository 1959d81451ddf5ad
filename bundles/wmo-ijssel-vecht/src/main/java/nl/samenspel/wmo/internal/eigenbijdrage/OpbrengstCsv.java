package nl.samenspel.wmo.internal.eigenbijdrage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.samenspel.rest.Csvdownload;

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

    /** The revenue as a file: UTF-8 with a byte order mark ({@link Csvdownload#bestand}). */
    public static byte[] alsBestand(List<Jaaropbrengst> jaren) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Jaaropbrengst jaar : jaren) {
            for (Maandopbrengst m : jaar.maanden()) {
                rijen.add(rij(m.gemeente(), m.maand(), m.clienten(), m.clienten(), m.tarief(), m.bedrag(), m.status()));
            }
            rijen.add(rij(jaar.gemeente(), jaar.jaar(), jaar.clienten(), jaar.clientmaanden(), enigTarief(jaar), jaar.bedrag(), jaar.status()));
        }
        return Csvdownload.bestand(KOLOMMEN, rijen);
    }

    /** A month's or a year's row: the rate and the amount empty where there is none. */
    private static List<Object> rij(String gemeente, Object periode, long clienten, long clientmaanden, Optional<Tarief> tarief,
                                    OptionalLong bedrag, Opbrengststatus status) {
        return Arrays.asList(gemeente, periode, clienten, clientmaanden, tarief.map(Tarief::bedrag).orElse(null),
                tarief.map(t -> t.per().code()).orElse(null), bedrag.isPresent() ? bedrag.getAsLong() : null, status.code());
    }

    /** The rate of every month of the year, when it is one and the same. */
    private static Optional<Tarief> enigTarief(Jaaropbrengst jaar) {
        Optional<Tarief> eerste = jaar.maanden().get(0).tarief();
        return eerste.isPresent() && jaar.maanden().stream().allMatch(m -> m.tarief().equals(eerste)) ? eerste : Optional.empty();
    }
}
