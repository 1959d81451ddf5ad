package nl.samenspel.jeugdhulp.internal.monitoring;

import java.util.List;
import java.util.Map;

/** What the monitoring answers, as the REST API and the shell show it. Amounts in eurocent. */
public final class Overzichten {

    private Overzichten() {
    }

    /**
     * One gemeente's (or the region's) year: budget against allocated and realised cost,
     * regional and local. {@code saldo} is budget minus realised (negative: a deficit).
     * Budget figures are null when no budget was delivered.
     */
    public record Budgetregel(String gemeente, String naam, Long budgetTotaal, Long budgetRegionaal, Long budgetLokaal,
                              long toegewezenRegionaal, long toegewezenLokaal, long toegewezenTotaal,
                              long gerealiseerdRegionaal, long gerealiseerdLokaal, long gerealiseerdTotaal,
                              Long saldoRegionaal, Long saldoLokaal, Long saldoTotaal, int clienten) {
    }

    /**
     * @param gemeenten        per gemeente everything stored of it in the year, also of days it was no member
     * @param regio            the region's totals: only what falls on days the gemeente is a member; its budget is the
     *                         members' of the year; its {@code clienten} counts each pseudonym once, also one that moved
     * @param zonderTarief     allocations whose allocated amount is unknown because their product had no tariff that year
     * @param naUittreding     per gemeente with something outside its membership: what the region does not count
     * @param naUittredingTotaal the sum of {@code naUittreding}: the gemeenten's rows summed = {@code regio} + this
     */
    public record Budgetoverzicht(String regioId, int jaar, List<Budgetregel> gemeenten, Budgetregel regio, int zonderTarief,
                                  List<Uittredingsregel> naUittreding, Uittredingsregel naUittredingTotaal) {
    }

    /**
     * Allocated (the days the gemeente is no member) and realised (declared periods beginning on such a
     * day) cost that is shown in the gemeente's row but not counted for the region.
     */
    public record Uittredingsregel(String gemeente, String naam, long toegewezenRegionaal, long toegewezenLokaal,
                                   long gerealiseerdRegionaal, long gerealiseerdLokaal) {
    }

    /**
     * A contract's uptake: allocated (committed) and realised (declared) against the ceiling,
     * each with its state (normaal, waarschuwing from 90 %, overschreden from 100 %); {@code status}
     * is the worse of the two. The percentages have two decimals, rounded down, so a figure shows
     * 90.00 or 100.00 only when its state says so.
     */
    public record Plafondregel(String agb, String naam, long plafond, long toegewezen, long gerealiseerd,
                               String benuttingToegewezen, String benuttingGerealiseerd,
                               String statusToegewezen, String statusGerealiseerd, String status) {
    }

    public record Plafondoverzicht(int jaar, List<Plafondregel> contracten, int waarschuwingen, int overschreden) {
    }

    /** Days from referral to start of care per product category: nearest-rank median and 90th percentile. */
    public record Wachttijdregel(String categorie, int aantal, Integer mediaanDagen, Integer p90Dagen) {
    }

    /** @param zonderAanmelddatum starts whose allocation has no referral date (e.g. read from a JW301) */
    public record Wachttijden(int jaar, String gemeente, List<Wachttijdregel> categorieen, Wachttijdregel totaal, int zonderAanmelddatum) {
    }

    /** Referrals in the year by referrer; the share of huisarts is taken over the referrals whose referrer is known. */
    public record Verwijzerregel(String gemeente, String naam, Map<String, Integer> aantallen, int bekend, int onbekend,
                                 String aandeelHuisarts) {
    }

    /**
     * Something on the day that needs a person's attention: {@code soort} {@code na-uittreding} is an
     * allocation that runs on while its gemeente is no member of the region, since {@code datum}.
     * Names the allocation (gemeente/nummer), never the client.
     */
    public record Signalering(String soort, String toewijzing, String agb, String product, java.time.LocalDate datum, String melding) {
    }

    public record Verwijzers(int jaar, List<Verwijzerregel> gemeenten, Verwijzerregel regio) {
    }
}
