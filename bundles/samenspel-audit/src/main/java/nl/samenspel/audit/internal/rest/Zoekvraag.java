package nl.samenspel.audit.internal.rest;

import java.time.LocalDate;
import nl.samenspel.audit.internal.Auditfilter;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.ProblemException;

/** The query parameters of {@code GET /audit} as a filter, each bad value a 400 that names it. */
final class Zoekvraag {

    static final int STANDAARD_AANTAL = 100;
    static final int MAXIMUM_AANTAL = 1000;

    private Zoekvraag() {
    }

    static Auditfilter filter(String actor, String actie, String van, String tot, String resultaat, String pagina, String aantal) {
        LocalDate vanaf = leeg(van) ? null : Parameters.datum("van", van);
        LocalDate totEnMet = leeg(tot) ? null : Parameters.datum("tot", tot);
        if (vanaf != null && totEnMet != null && vanaf.isAfter(totEnMet)) {
            throw ProblemException.ongeldig("tot", "ligt voor van (" + van + ")");
        }
        return new Auditfilter(
                leeg(actor) ? null : actor,
                leeg(actie) ? null : actie.strip(),
                // days as in the Netherlands, both ends inclusive
                vanaf == null ? null : vanaf.atStartOfDay(Parameters.TIJDZONE).toInstant(),
                totEnMet == null ? null : totEnMet.plusDays(1).atStartOfDay(Parameters.TIJDZONE).toInstant(),
                leeg(resultaat) ? null : Parameters.geheelGetal("resultaat", resultaat, 0, 100, 599),
                Parameters.geheelGetal("pagina", pagina, 1, 1, 1_000_000),
                Parameters.geheelGetal("aantal", aantal, STANDAARD_AANTAL, 1, MAXIMUM_AANTAL));
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
