package nl.samenspel.jeugdhulp.internal.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;

/**
 * The days a gemeente's care counts for the region: the days it is a member
 * ({@link Register#lidmaatschappen}). The import checks membership only on an allocation's first
 * and last day, so an open-ended allocation of a gemeente that later leaves would otherwise count
 * for the region for ever; the figures count its member days only.
 */
public final class Ledendagen {

    private final Map<String, List<Lidmaatschap>> perGemeente;

    private Ledendagen(Map<String, List<Lidmaatschap>> perGemeente) {
        this.perGemeente = perGemeente;
    }

    public static Ledendagen van(Register register, String regio) {
        Map<String, List<Lidmaatschap>> perGemeente = new HashMap<>();
        for (Lidmaatschap l : register.lidmaatschappen(regio)) {
            perGemeente.computeIfAbsent(l.gemeente(), g -> new java.util.ArrayList<>()).add(l);
        }
        return new Ledendagen(perGemeente);
    }

    /** Every gemeente a member on every day: for figures of a contract, which membership does not change. */
    static Ledendagen altijd() {
        return new Ledendagen(null);
    }

    /** Since when the gemeente is no member on the day ({@link Lidmaatschap#geenLidSinds}); null on a member day. */
    public LocalDate geenLidSinds(String gemeente, LocalDate dag, LocalDate anders) {
        return perGemeente == null ? null : Lidmaatschap.geenLidSinds(perGemeente.getOrDefault(gemeente, List.of()), dag, anders);
    }

    public boolean isLidOp(String gemeente, LocalDate dag) {
        return perGemeente == null || perGemeente.getOrDefault(gemeente, List.of()).stream().anyMatch(l -> l.isGeldigOp(dag));
    }

    /** The allocation's days in the year on which its gemeente is a member: at most {@link nl.samenspel.module.toewijzing.Omvang#dagenInJaar}. */
    public long dagenInJaar(Zorg.Toewijzing t, int jaar) {
        if (perGemeente == null) {
            return t.omvang().dagenInJaar(jaar);
        }
        LocalDate van = t.omvang().tariefdag(jaar);
        LocalDate laatsteDag = LocalDate.of(jaar, 12, 31);
        LocalDate tot = t.einde() == null || t.einde().isAfter(laatsteDag) ? laatsteDag : t.einde();
        return tot.isBefore(van) ? 0 : Lidmaatschap.dagenLid(perGemeente.getOrDefault(t.gemeente(), List.of()), van, tot);
    }
}
