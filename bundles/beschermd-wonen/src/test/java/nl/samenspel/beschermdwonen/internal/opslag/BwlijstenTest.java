package nl.samenspel.beschermdwonen.internal.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.samenspel.beschermdwonen.internal.Hubtest;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.store.Lijstvraag;
import nl.samenspel.testsupport.Paginas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stored records, paged and filtered: every record exactly once over the pages, in key order, without the client. */
class BwlijstenTest extends Hubtest {

    private static final String CLIENT = "ef".repeat(32);

    private Bwlijsten lijsten;

    @BeforeEach
    void laad() throws Exception {
        StringBuilder voorzieningen = new StringBuilder("code;naam;agb;vestigingsgemeente;soort;capaciteit;ingangsdatum;einddatum\n")
                .append("A;Huis A;12345678;0193;intramuraal-bw;5;2015-01-01;2015-12-31\n")
                .append("A;Huis A;12345678;0193;intramuraal-bw;8;2016-01-01;\n")
                .append("B;Huis B;12345678;0166;intramuraal-bw;50;2016-01-01;\n");
        lees(Bwsoort.VOORZIENINGEN, voorzieningen.toString());
        StringBuilder plaatsingen = new StringBuilder("herkomstgemeente;plaatsingnummer;client;voorziening;vorm;ingangsdatum;einddatum;tarief;tariefeenheid;eindreden\n");
        for (int i = 1; i <= 25; i++) {
            plaatsingen.append(i % 2 == 0 ? "0166" : "0193").append(';').append(i).append(';').append(CLIENT).append(";B;intramuraal;2016-0")
                    .append(1 + i % 9).append("-01;").append(i <= 5 ? "2016-12-31;10000;dag;anders\n" : ";10000;dag;\n");
        }
        lees(Bwsoort.PLAATSINGEN, plaatsingen.toString());
        lijsten = opslag.lijsten();
    }

    @Test
    void everyPlacementOnceOverThePagesInKeyOrder() throws Exception {
        List<String> gezien = Paginas.alle((vanaf, aantal) -> lijsten.plaatsingen(null, null, null, vanaf, aantal), 10, 25).stream()
                .map(p -> p.herkomstgemeente() + "/" + p.plaatsingnummer()).toList();
        assertThat(gezien).hasSize(25).doesNotHaveDuplicates();
        assertThat(gezien.subList(0, 12)).allSatisfy(k -> assertThat(k).startsWith("0166/"));
        assertThat(lijsten.plaatsingen(null, null, null, 30, 10).items()).isEmpty();
    }

    @Test
    void filteredByGemeenteAndPeriod() throws Exception {
        assertThat(lijsten.plaatsingen("0193", null, null, 0, 100).totaal()).isEqualTo(13);
        // 2017: the 20 open ones run on; the 5 ended on 31 December 2016 do not
        assertThat(lijsten.plaatsingen(null, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), 0, 100).totaal())
                .isEqualTo(20);
        assertThat(lijsten.plaatsingen(null, LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 31), 0, 100).totaal())
                .isEqualTo(25);
    }

    @Test
    void facilitiesWithAllTheirCapacityPeriods() throws Exception {
        Lijstvraag.Deel<Bwlijsten.Voorzieningregel> deel = lijsten.voorzieningen("0193", null, null, 0, 10);
        assertThat(deel.totaal()).isEqualTo(1);
        assertThat(deel.items().get(0).capaciteit()).extracting(Bwlijsten.Capaciteitsperiode::capaciteit).containsExactly(5, 8);
        // paged by facility, not by period
        assertThat(lijsten.voorzieningen(null, null, null, 0, 1).items()).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("A"));
        assertThat(lijsten.voorzieningen(null, null, null, 1, 1).totaal()).isEqualTo(2);
    }
}
