package nl.samenspel.module.toewijzing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.samenspel.invoer.Doorgifte;
import nl.samenspel.invoer.Veldlezer;
import nl.samenspel.invoer.Wijziging;

/**
 * Reads the records of an allocation's life cycle that iJw and iWmo give the same fields: a start
 * (JW305, WMO305) and a stop (JW307, WMO307) of care with their StatusAanlevering, and why a stored
 * allocation is sent again; and a start or stop back in the exchange form a node sends the hub. CSV lines and messages both arrive as {@link Veldlezer}s with the CSV
 * column names. Returns null when a field was bad (the error is in the reader).
 */
public final class Leveringlezer {

    /** The highest ToewijzingNummer: nine digits in iJw and iWmo. */
    public static final long MAX_NUMMER = 999_999_999L;

    private Leveringlezer() {
    }

    public static StartZorg startZorg(Veldlezer v) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        LocalDate begin = v.datum("begindatum", true);
        String status = status(v);
        return v.foutloos() ? new StartZorg(gemeente, nummer, begin, "3".equals(status), "2".equals(status)) : null;
    }

    /**
     * @param redenen the standard's RedenBeeindiging by code
     * @param lijst   how the report names that list ("iJw-reden beëindiging")
     */
    public static StopZorg stopZorg(Veldlezer v, Map<String, String> redenen, String lijst) {
        String gemeente = v.gemeente("gemeente");
        Long nummer = v.geheel("toewijzingnummer", true, 0, MAX_NUMMER);
        LocalDate einde = v.datum("einddatum", true);
        String reden = v.uitLijst("reden", true, redenen, lijst);
        String status = status(v);
        return v.foutloos() ? new StopZorg(gemeente, nummer, einde, reden, "3".equals(status), "2".equals(status)) : null;
    }

    /**
     * Two dates of one record in their order (ingangsdatum and einddatum, aanvraagdatum and
     * ingangsdatum): the later field may not lie before the earlier one.
     */
    public static void volgorde(Veldlezer v, LocalDate eerst, String eersteVeld, LocalDate later, String latereVeld) {
        if (eerst != null && later != null && later.isBefore(eerst)) {
            // the dates are not repeated: a birth date in the wrong column would be
            v.fout(latereVeld, latereVeld + " ligt voor " + eersteVeld);
        }
    }

    /**
     * The size of an allocation as one record must give it, the same in iJw and iWmo: volume, unit
     * and frequency all three or none, a size or a budget, and an einddatum for a budget or a total
     * ({@link Omvang#FREQUENTIE_TOTAAL}). Records the first error.
     */
    public static void omvang(Veldlezer v, Long volume, String eenheid, String frequentie, Long budget, LocalDate einde) {
        if (v.foutloos() && ((volume == null) != (eenheid == null) || (volume == null) != (frequentie == null))) {
            v.fout("volume", "volume, eenheid en frequentie horen samen (alle drie of geen)");
        }
        if (v.foutloos() && volume == null && budget == null) {
            v.fout("volume", "een toewijzing heeft een omvang (volume, eenheid, frequentie) of een budget");
        }
        if (v.foutloos() && einde == null && (budget != null || Omvang.FREQUENTIE_TOTAAL.equals(frequentie))) {
            v.fout("einddatum", "een budget of een totaal binnen de geldigheid (frequentie 6) vraagt een einddatum");
        }
    }

    /**
     * Why a stored allocation is sent again: a CSV line says {@code wijziging}, a 301 its RedenWijziging
     * (column {@code redenwijziging}), mapped as {@link Wijziging#vanRedenWijziging}.
     *
     * @param standaard the message standard, as the report names it ("iJw", "iWmo")
     */
    public static Wijziging wijziging(Veldlezer v, String standaard) {
        Wijziging wijziging = v.wijziging(EnumSet.allOf(Wijziging.class), "einde: alleen de einddatum wijzigt; correctie: elk veld");
        String reden = v.code("redenwijziging", false, Wijziging.REDENEN_WIJZIGING::contains,
                "geen " + standaard + "-RedenWijziging (01 tot en met 14)");
        return reden == null ? wijziging : Wijziging.vanRedenWijziging(reden).orElseThrow();
    }

    /** A start in the exchange form: the columns {@link #startZorg} reads, with its StatusAanlevering (none for a first delivery). */
    public static List<String> uitwisselregel(StartZorg s) {
        return Doorgifte.waarden(s.gemeente(), s.nummer(), s.begindatum(), status(s.intrekken(), s.gewijzigd()));
    }

    /** A stop in the exchange form, as {@link #uitwisselregel(StartZorg)}. */
    public static List<String> uitwisselregel(StopZorg s) {
        return Doorgifte.waarden(s.gemeente(), s.nummer(), s.einddatum(), s.reden(), status(s.intrekken(), s.gewijzigd()));
    }

    private static String status(boolean intrekken, boolean gewijzigd) {
        return intrekken ? "3" : gewijzigd ? "2" : null;
    }

    /** StatusAanlevering of a start or stop: 1 first delivery, 2 a changed one, 3 withdrawal. */
    private static String status(Veldlezer v) {
        return v.code("status", false, s -> List.of("1", "2", "3").contains(s), "geen StatusAanlevering die hier past (1, 2 of 3)");
    }
}
