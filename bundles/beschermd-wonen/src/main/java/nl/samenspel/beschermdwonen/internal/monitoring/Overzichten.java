package nl.samenspel.beschermdwonen.internal.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the protected-housing monitoring answers (docs/beschermd-wonen.md, "Monitoring"). Amounts in eurocent. */
public final class Overzichten {

    private Overzichten() {
    }

    /** A facility on the day: places, placements counted against them, and explicit overbookings on top. */
    public record Bezettingregel(String voorziening, String naam, String vestigingsgemeente, String soort, int capaciteit, int bezet,
                                 int overboekt, String bezettingsgraad) {
    }

    public record Gemeentebezetting(String gemeente, String naam, int capaciteit, int bezet, int overboekt, String bezettingsgraad) {
    }

    public record Bezetting(LocalDate peildatum, List<Bezettingregel> voorzieningen, List<Gemeentebezetting> gemeenten) {
    }

    /** Per herkomstgemeente: its residents' placements in the year, in their own gemeente or elsewhere, and where. */
    public record Herkomstregel(String gemeente, String naam, int plaatsingen, int inEigenGemeente, int elders, String aandeelElders,
                                Map<String, Integer> perVestigingsgemeente) {
    }

    /** Per vestigingsgemeente: the placements in its facilities in the year, and how many come from elsewhere. */
    public record Vestigingregel(String gemeente, String naam, int plaatsingen, int vanElders, Map<String, Integer> perHerkomstgemeente) {
    }

    public record Spreiding(int jaar, List<Herkomstregel> herkomst, List<Vestigingregel> vestiging) {
    }

    /** Placements that ended in the year, by reason; the share that moved to independent living. */
    public record Uitstroom(int jaar, int beeindigd, Map<String, Integer> perReden, String aandeelZelfstandig) {
    }

    /**
     * A herkomstgemeente's cost against its local budget: {@code kosten} on the days it is a member
     * of the region, {@code naUittreding} on the other days (not the region's); {@code saldo} =
     * budget − kosten. A gemeente that is no member in the year has no budget and no saldo.
     */
    public record Kostenregel(String gemeente, String naam, Long lokaalBudget, long kosten, long naUittreding, Long saldo) {
    }

    /**
     * The year's cost per herkomstgemeente and the regional result: the distributed budget minus
     * the members' cost (negative: a deficit the members share). Budget figures are null without a
     * budget file. {@code totaleKosten} is the members' cost; cost after membership ended is
     * {@code kostenNaUittreding}, outside the result.
     */
    public record Kosten(int jaar, Long rijksbudget, Long behoudenBw, Long behoudenMo, Long verdeeld, List<Kostenregel> gemeenten,
                        long totaleKosten, long kostenNaUittreding, Long regionaalResultaat, Aansluiting aansluiting,
                        List<String> budgetFouten) {
    }

    /**
     * How the regional result follows from all placements' cost, and equals what the equalization
     * shares: {@code kostenAlleHerkomstgemeenten} − {@code naUittreding} = {@code kostenLeden} (the
     * sum of K in the equalization inputs); {@code verdeeld} (the sum of B) − {@code kostenLeden} =
     * {@code regionaalResultaat} (the sum of B − K over the members).
     */
    public record Aansluiting(long kostenAlleHerkomstgemeenten, long naUittreding, long kostenLeden, Long verdeeld,
                              Long regionaalResultaat) {
    }

    /**
     * Something the centrumgemeente should look at: a full package at home near or past six months,
     * an expired transitional right, an overbooking, a placement that runs on after its
     * herkomstgemeente left the region ({@code na-uittreding}).
     */
    public record Signalering(String soort, String plaatsing, String voorziening, LocalDate datum, String toelichting) {
    }

    /** Applications of the year: placed or still open, and the days from application to placement (nearest rank). */
    public record Wachtlijst(int jaar, int aanmeldingen, int geplaatst, int open, Integer mediaanDagen, Integer p90Dagen) {
    }
}
