package nl.samenspel.beschermdwonen.internal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.beschermdwonen.internal.Hubtest;
import nl.samenspel.beschermdwonen.internal.Testomgeving;
import nl.samenspel.beschermdwonen.internal.budget.Budgetbestanden;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Lidmaatschapsdagen;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.beschermdwonen.internal.verevening.BwVereveningsbron;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A placement counts for the region only on the days its herkomstgemeente is a member. Harderwijk
 * (0243) left beschermd-wonen-zwolle at the end of 2023 (the shipped register); its open
 * placements run on, are shown apart in the cost as {@code naUittreding} with a signal, and are
 * left out of the regional result and of the equalization inputs, which reconcile to the cent.
 */
class LidmaatschapTest extends Hubtest {

    private static final String CLIENT = "ab".repeat(32);

    private Monitoring monitoring;

    @BeforeEach
    void laad() throws Exception {
        lees(Bwsoort.VOORZIENINGEN, """
                code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum
                ZW-1;Huis aan de Vecht;12345678;0193;intramuraal-bw;10;2015-01-01;
                """);
        lees(Bwsoort.PLAATSINGEN, """
                herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;tarief;tariefeenheid
                0243;1;%1$s;ZW-1;intramuraal;2023-07-01;10000;dag
                0243;2;%1$s;ZW-1;intramuraal;2023-10-01;300000;maand
                0193;1;%1$s;ZW-1;intramuraal;2023-01-01;10000;dag
                """.formatted(CLIENT));
        monitoring = new Monitoring(opslag);
    }

    @Test
    void whileAMemberEveryDayCountsForTheRegion() throws Exception {
        Monitoring.Kostenverdeling k = monitoring.kostenPerHerkomst(Testomgeving.REGISTER, Testomgeving.REGIO, 2023);
        // 1 July - 31 December: 184 days; 1 October - 31 December: 92 days at 3,000.00 a month, × 12 / 365 rounded once
        assertThat(k.leden().get("0243")).isEqualTo(10000L * 184 + 907397); // 300000 × 92 × 12 / 365 = 907397.26
        assertThat(k.naUittreding()).isEmpty();
    }

    @Test
    void afterLeavingThePlacementIsShownApartAndOutsideTheRegionsResult() throws Exception {
        Overzichten.Kosten k = kosten(2025);
        Overzichten.Kostenregel harderwijk = k.gemeenten().stream().filter(r -> r.gemeente().equals("0243")).findFirst().orElseThrow();
        assertThat(harderwijk.kosten()).isZero();
        assertThat(harderwijk.naUittreding()).isEqualTo(10000L * 365 + 300000L * 12);
        assertThat(harderwijk.lokaalBudget()).isNull();
        assertThat(harderwijk.saldo()).isNull();
        assertThat(k.totaleKosten()).isEqualTo(10000L * 365);
        assertThat(k.kostenNaUittreding()).isEqualTo(harderwijk.naUittreding());
        assertThat(k.regionaalResultaat()).isEqualTo(k.verdeeld() - 10000L * 365);
    }

    @Test
    void theRegionalResultAndTheEqualizationInputsReconcileToTheCent() throws Exception {
        Overzichten.Kosten k = kosten(2025);
        List<Vereveningsgegevens> invoer = new BwVereveningsbron(monitoring, Testomgeving.registerService(), Testomgeving.REGIO).gegevens(2025);
        assertThat(invoer).extracting(Vereveningsgegevens::gemeente).doesNotContain("0243").hasSize(8);
        long somB = invoer.stream().mapToLong(g -> g.budget().eurocent()).sum();
        long somK = invoer.stream().mapToLong(g -> g.kosten().eurocent()).sum();
        Overzichten.Aansluiting a = k.aansluiting();
        assertThat(a.kostenAlleHerkomstgemeenten() - a.naUittreding()).isEqualTo(a.kostenLeden()).isEqualTo(somK);
        assertThat(a.verdeeld()).isEqualTo(somB);
        assertThat(a.regionaalResultaat()).isEqualTo(somB - somK).isEqualTo(k.regionaalResultaat());
    }

    @Test
    void aPlacementThatOutlivesItsGemeentesMembershipIsSignalled() throws Exception {
        List<Overzichten.Signalering> signalen = monitoring.signaleringen(Testomgeving.REGISTER, Testomgeving.REGIO, LocalDate.of(2025, 6, 1));
        assertThat(signalen).filteredOn(s -> s.soort().equals("na-uittreding"))
                .extracting(Overzichten.Signalering::plaatsing).containsExactlyInAnyOrder("0243/1", "0243/2");
        assertThat(signalen).filteredOn(s -> s.soort().equals("na-uittreding"))
                .allSatisfy(s -> assertThat(s.datum()).isEqualTo(LocalDate.of(2024, 1, 1)));
        assertThat(monitoring.signaleringen(Testomgeving.REGISTER, Testomgeving.REGIO, LocalDate.of(2023, 12, 31)))
                .noneMatch(s -> s.soort().equals("na-uittreding"));
    }

    @Test
    void costIsSplitAtTheMembershipBoundaryEachPartRoundedOnce() {
        // a membership that ends on 30 June: 1 March - 30 June is the region's (122 days), 1 July - 31 December not (184 days)
        List<Lidmaatschap> tot30Juni = List.of(new Lidmaatschap(Testomgeving.REGIO, "0999", LocalDate.of(2015, 1, 1), LocalDate.of(2023, 6, 30)));
        Lidmaatschapsdagen dagen = Lidmaatschapsdagen.in(LocalDate.of(2023, 3, 1), null, 2023, tot30Juni);
        assertThat(dagen).isEqualTo(new Lidmaatschapsdagen(122, 184));
        long[] kosten = dagen.kosten(100_00, Codes.Tariefeenheid.MAAND);
        assertThat(kosten[0]).isEqualTo(40110); // 10000 × 122 × 12 / 365 = 40109.59, half up
        assertThat(kosten[1]).isEqualTo(60493); // 10000 × 184 × 12 / 365 = 60493.15
        // a placement ended before the year, or a gemeente never a member: nothing, or everything outside
        assertThat(Lidmaatschapsdagen.in(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 2023, tot30Juni))
                .isEqualTo(new Lidmaatschapsdagen(0, 0));
        assertThat(Lidmaatschapsdagen.in(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), 2023, List.of()))
                .isEqualTo(new Lidmaatschapsdagen(0, 31));
    }

    private Overzichten.Kosten kosten(int jaar) throws Exception {
        var gelezen = Budgetbestanden.lees(Path.of("../../regional-config"), Testomgeving.REGIO, jaar);
        return monitoring.kosten(Testomgeving.REGISTER, Testomgeving.REGIO, jaar, gelezen.budget(), gelezen.fouten());
    }
}
