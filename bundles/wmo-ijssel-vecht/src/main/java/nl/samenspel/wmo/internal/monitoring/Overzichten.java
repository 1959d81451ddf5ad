package nl.samenspel.wmo.internal.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Wmo monitoring answers (docs/wmo.md, "Monitoring"). Amounts are eurocents; a share is a
 * percentage with one decimal as text ({@code "41.3"}), null where there is nothing to divide by.
 */
public final class Overzichten {

    private Overzichten() {
    }

    /** Distinct clients with a maatwerk allocation in a half-year, per 1,000 inhabitants on 1 January of its year. */
    public record Clientenregel(String gemeente, String naam, String categorie, String omschrijving, int clienten, Long inwoners,
                                String per1000) {
    }

    public record Clientenoverzicht(String periode, List<Clientenregel> regels) {
    }

    /**
     * A gemeente's year: its budget, what its allocations commit ({@code toegewezen}: maatwerk by
     * allocation at the tariff, plus taakgericht sums), and what was realised: declared maatwerk,
     * the use of algemene voorzieningen, and taakgericht sums.
     */
    public record Budgetregel(String gemeente, String naam, Long budget, long toegewezen, long maatwerk, long algemeen, long taakgericht,
                              long gerealiseerd, String procentVanBudget, int zonderTarief) {
    }

    public record Budgetoverzicht(int jaar, List<Budgetregel> gemeenten, Budgetregel regio) {
    }

    /**
     * The use of a bestedingsruimte: what was declared under it in the year. {@code signaal}: {@value
     * Monitoring#NORMAAL}, {@value Monitoring#OVERLEG} from 70 % (the parties meet within two weeks) and
     * {@value Monitoring#STOP} from 100 % (care above the ceiling only after a written addendum).
     */
    public record Plafondregel(String agb, String aanbieder, String onderwerp, long bestedingsruimte, long besteed, String procent,
                               String signaal) {
    }

    public record Plafondoverzicht(int jaar, List<Plafondregel> contracten) {
    }

    /** Outputgericht allocations (trajectories paid per result) that took effect in the year, per product. */
    public record Trajectregel(String categorie, String code, String omschrijving, int trajecten, int afgerond, long kosten,
                               Long gemiddeldeKosten) {
    }

    public record Trajectoverzicht(int jaar, List<Trajectregel> producten) {
    }

    /**
     * The beweging naar voren of a gemeente in a half-year: clients and cost in algemene voorzieningen
     * against maatwerk. Clients are the average per month (participants of algemene voorzieningen are
     * counted per month by their providers; maatwerk clients with an allocation running that month), so
     * both sides count alike. The trend is the change of each share in percentage points against the
     * same half-year a year before. {@code bekendeDeelnemers}: the distinct participants their providers
     * know by pseudonym in the half-year (a part of the participants; kind {@code deelnemers}).
     */
    public record Bewegingregel(String gemeente, String naam, String periode, long clientenMaatwerk, long deelnemersAlgemeen,
                                String aandeelAlgemeenClienten, long kostenMaatwerk, long kostenAlgemeen, String aandeelAlgemeenKosten,
                                String trendClienten, String trendKosten, long bekendeDeelnemers) {
    }

    public record Bewegingoverzicht(String periode, List<Bewegingregel> gemeenten, Bewegingregel regio) {
    }

    /** The region's beweging naar voren per half-year, oldest first: a series over time. */
    public record Bewegingreeks(String van, String tot, List<Bewegingregel> perioden) {
    }

    /** Days from application to allocation (toewijzingsdatum, else ingangsdatum) per gemeente in a year of applications. */
    public record Doorlooptijdregel(String gemeente, String naam, int aanvragen, Integer mediaan, Integer p90, int langerDanAchtWeken) {
    }

    /** An allocation that took longer than the statutory 8 weeks (Wmo 2015 art. 2.3.2 and 2.3.5): named by number, never by client. */
    public record Overschrijding(String toewijzing, LocalDate aanvraagdatum, LocalDate toegewezen, int dagen) {
    }

    public record Doorlooptijden(int jaar, List<Doorlooptijdregel> gemeenten, List<Overschrijding> signaleringen) {
    }
}
