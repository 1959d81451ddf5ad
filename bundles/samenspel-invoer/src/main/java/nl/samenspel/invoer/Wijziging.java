package nl.samenspel.invoer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.api.code.Gecodeerd;

/**
 * Why a record with a stored key is sent again, in every module's files (column {@code wijziging}):
 * a stored record is never replaced silently. {@link #EINDE} ends it or moves its end and changes
 * nothing else; {@link #CORRECTIE} is a deliberate correction of any field, the past included.
 * The iStandaarden say the same with {@code RedenWijziging} ({@link #vanRedenWijziging}).
 */
public enum Wijziging implements Gecodeerd {
    EINDE, CORRECTIE;

    /** The column (CSV and exchange form) that carries it. */
    public static final String VELD = "wijziging";

    /** iJw/iWmo RedenWijziging 01 (administratieve correctie, vervallen) and 14 (administratieve correctie). */
    private static final Set<String> ADMINISTRATIEVE_CORRECTIE = Set.of("01", "14");

    /** The iJw/iWmo 3.2 RedenWijziging codes (LDT_RedenWijziging). */
    public static final Set<String> REDENEN_WIJZIGING = Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
            "13", "14");

    public static Optional<Wijziging> vanCode(String code) {
        return Gecodeerd.vanCode(Wijziging.class, code);
    }

    /**
     * An iStandaarden change of a 301 allocation: an administrative correction may change any field;
     * every other reason (death, extension, shortening, a move, ...) changes the allocation's end only,
     * as the iStandaarden allow.
     */
    public static Optional<Wijziging> vanRedenWijziging(String reden) {
        if (reden == null || !REDENEN_WIJZIGING.contains(reden)) {
            return Optional.empty();
        }
        return Optional.of(ADMINISTRATIEVE_CORRECTIE.contains(reden) ? CORRECTIE : EINDE);
    }

    public static List<String> codes(Set<Wijziging> soorten) {
        return Arrays.stream(values()).filter(soorten::contains).map(Wijziging::code).toList();
    }
}
