package nl.samenspel.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;
import nl.samenspel.testsupport.Testdatabase;
import org.junit.jupiter.api.Test;

class PeriodetabelTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final List<Object> PRODUCT = List.of("45", "45A01");

    private final Periodetabel tabel = new Periodetabel("PERIODE", List.of("CATEGORIE", "CODE"), List.of("VARIANT", "GROEP"));

    @Test
    void aChangeClosesTheLastPeriodTheDayBeforeOrReplacesItsValues() throws SQLException {
        DataSource ds = Testdatabase.leeg();
        try (Connection c = ds.getConnection()) {
            Jdbc.bijwerk(c, "CREATE TABLE PERIODE (CATEGORIE CHAR(2), CODE VARCHAR(5), INGANG DATE, EINDE DATE, VARIANT VARCHAR(20),"
                    + " GROEP VARCHAR(9))");
            tabel.open(c, PRODUCT, JAN, Arrays.asList("inspanningsgericht", null));
            tabel.wijzig(c, PRODUCT, JAN, new Periodewijziging(JAN.withMonth(7), false), List.of("outputgericht", "a"));
            tabel.wijzig(c, PRODUCT, JAN.withMonth(7), new Periodewijziging(JAN.withMonth(7), true), List.of("outputgericht", "b"));
        }
        assertThat(Jdbc.lijst(ds, "SELECT * FROM PERIODE ORDER BY INGANG", rs -> new Periode<>(Jdbc.datum(rs, "INGANG"),
                Jdbc.datum(rs, "EINDE"), rs.getString("VARIANT") + "/" + rs.getString("GROEP"))))
                .containsExactly(new Periode<>(JAN, JAN.withMonth(6).withDayOfMonth(30), "inspanningsgericht/null"),
                        new Periode<>(JAN.withMonth(7), null, "outputgericht/b"));
    }
}
