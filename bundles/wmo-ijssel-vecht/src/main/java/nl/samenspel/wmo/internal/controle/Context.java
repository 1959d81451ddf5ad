package nl.samenspel.wmo.internal.controle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.verevening.Vaststellingen;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.wmo.internal.opslag.Gedeclareerd;

/**
 * What the checks compare a file with: the register, the region's memberships, the master data
 * (own or the hub's), what is stored of the file's allocations, and the region's final runs.
 *
 * @param standen      stored allocations a start, stop or declaration may refer to (empty for other kinds)
 * @param gedeclareerd what is declared so far on the file's allocations (empty for other kinds)
 * @param definitief   the region's final equalization runs: a change that would alter their figures is refused
 */
public record Context(Register register, String regio, Map<String, List<Lidmaatschap>> lidmaatschappen, Stamset stam,
                      Map<Toewijzingsleutel, Stand> standen, Gedeclareerd gedeclareerd, List<Vaststellingen.Vastgesteld> definitief) {

    public static Context van(Register register, String regio, Stamset stam, Map<Toewijzingsleutel, Stand> standen,
                              Gedeclareerd gedeclareerd, List<Vaststellingen.Vastgesteld> definitief) {
        return new Context(register, regio, register.lidmaatschappen(regio).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente)),
                stam, standen, gedeclareerd, definitief);
    }

    /** The same context with other master data: the hub's, so a node judges as the hub will. */
    public Context met(Stamset andere) {
        return new Context(register, regio, lidmaatschappen, andere, standen, gedeclareerd, definitief);
    }

    public boolean isLidOp(String gemeente, LocalDate dag) {
        return lidmaatschappen.getOrDefault(gemeente, List.of()).stream().anyMatch(l -> l.isGeldigOp(dag));
    }

    /** The final runs of the years from {@code van} through {@code tot} (null: every later year). */
    public List<Vaststellingen.Vastgesteld> geraakt(int van, Integer tot) {
        return Vaststellingen.geraakt(definitief, van, tot);
    }
}
