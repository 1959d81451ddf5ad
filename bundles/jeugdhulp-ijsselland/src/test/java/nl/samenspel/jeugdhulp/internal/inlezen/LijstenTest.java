package nl.samenspel.jeugdhulp.internal.inlezen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.jeugdhulp.internal.opslag.Jeugdhulplijsten;
import nl.samenspel.store.Lijstvraag;
import nl.samenspel.testsupport.Paginas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored allocations and declarations as pages: each record once, in key order, filtered by gemeente and period, no client. */
class LijstenTest {

    @TempDir
    Path map;

    private Jeugdhulplijsten lijsten;

    @BeforeEach
    void laad() throws Exception {
        Kleinedata data = new Kleinedata(map);
        List<String> regels = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            regels.add(Kleinedata.toewijzing(n % 3 == 0 ? "0148" : "0193", n, Kleinedata.AGB, Kleinedata.REGIONAAL,
                    n <= 6 ? "2016-01-01" : "2017-01-01", n <= 6 ? "2016-12-31" : "", 1, "1", "", ""));
        }
        data.toewijzingen(regels.toArray(String[]::new));
        data.starts("0193;1;2016-01-01");
        data.declaraties("0193;1;D1;2016-01-01;2016-01-31;310000;D", "0193;1;D2;2016-02-01;2016-02-29;290000;D",
                "0193;1;D3;2016-01-01;2016-01-31;10000;C");
        lijsten = data.opslag.lijsten();
    }

    @Test
    void allocationsPagedInKeyOrderWithTheirStart() throws Exception {
        List<String> gezien = Paginas.alle((vanaf, aantal) -> lijsten.toewijzingen(null, null, null, vanaf, aantal), 5, 12).stream()
                .map(t -> t.gemeente() + "/" + t.toewijzingnummer()).toList();
        assertThat(gezien).containsExactly("0148/3", "0148/6", "0148/9", "0148/12", "0193/1", "0193/2", "0193/4", "0193/5", "0193/7",
                "0193/8", "0193/10", "0193/11");
        Jeugdhulplijsten.Toewijzingregel eerste = lijsten.toewijzingen("0193", null, null, 0, 1).items().get(0);
        assertThat(eerste.startZorg()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(eerste.productcode()).isEqualTo("43A01");
    }

    @Test
    void filteredByGemeenteAndYear() throws Exception {
        assertThat(lijsten.toewijzingen("0148", null, null, 0, 100).totaal()).isEqualTo(4);
        // 2017: the six open ones; the six of 2016 ended on 31 December
        assertThat(lijsten.toewijzingen(null, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31), 0, 100).totaal()).isEqualTo(6);
        assertThat(lijsten.toewijzingen("0193", LocalDate.of(2016, 12, 31), LocalDate.of(2016, 12, 31), 0, 100).totaal()).isEqualTo(4);
    }

    @Test
    void declarationsWithCreditsNegative() throws Exception {
        Lijstvraag.Deel<Jeugdhulplijsten.Declaratieregel> feb = lijsten.declaraties("0193", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), 0, 10);
        assertThat(feb.items()).extracting(Jeugdhulplijsten.Declaratieregel::declaratienummer).containsExactly("D2");
        assertThat(lijsten.declaraties(null, null, null, 0, 10).items()).extracting(Jeugdhulplijsten.Declaratieregel::bedrag)
                .containsExactlyInAnyOrder(310000L, -10000L, 290000L);
    }
}
