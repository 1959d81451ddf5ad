package nl.samenspel.uitwisseling.internal.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testklok;
import org.junit.jupiter.api.Test;

/** The hub's overview of the nodes: receipts, refusals and fetches per node, on the schema as migrated. */
class KnooppuntstandenTest {

    private final Testklok klok = new Testklok(Instant.parse("2026-03-01T09:00:00Z"));
    private final DataSource ds = Testdatabase.gemigreerd(Knooppuntstanden.SCHEMA, "db/uitwisseling");
    private final Knooppuntstanden standen = new Knooppuntstanden(ds, klok);

    private void ontvangen(String afzender, String sleutel, String soort, int records) throws Exception {
        try (Connection c = ds.getConnection()) {
            Ontvangstopslag.schrijf(c, new Ontvangstopslag.Ontvangstbewijs(afzender, sleutel, "jeugdhulp", soort, records, 1, klok.instant(), "0".repeat(64)));
        }
        klok.verzet(Duration.ofMinutes(1));
    }

    @Test
    void perKnooppuntDeOntvangenBatchesDeWeigeringenEnDeLaatsteAfhaling() throws Exception {
        ontvangen("0166", "a", "toewijzingen", 100);
        ontvangen("0166", "b", "declaraties", 250);
        ontvangen("0150", "c", "toewijzingen", 7);
        standen.geweigerd("0150", "jeugdhulp", "start-zorg", 422, "Batch geweigerd");
        klok.verzet(Duration.ofMinutes(1));
        standen.geweigerd("0150", "wmo", "toewijzingen", 403, "Niet in de regio");
        standen.afgehaald("0166", 2);
        klok.verzet(Duration.ofMinutes(5));
        standen.afgehaald("0166", 3);
        standen.geweigerd("0243", "beschermd-wonen", "plaatsingen", 400, "Ongeldige invoer");

        var lijst = standen.standen();

        assertThat(lijst).extracting(Knooppuntstanden.Stand::gemeente).containsExactly("0150", "0166", "0243");
        var kampen = lijst.get(1);
        assertThat(kampen.batches()).isEqualTo(2);
        assertThat(kampen.records()).isEqualTo(350);
        assertThat(kampen.laatsteBatch().soort()).isEqualTo("declaraties");
        assertThat(kampen.laatsteBatch().records()).isEqualTo(250);
        assertThat(kampen.geweigerd()).isZero();
        assertThat(kampen.laatsteWeigering()).isNull();
        assertThat(kampen.laatsteAfhaling()).isEqualTo(klok.instant());
        assertThat(kampen.afrekeningenBijLaatsteAfhaling()).isEqualTo(3);
        var deventer = lijst.get(0);
        assertThat(deventer.batches()).isEqualTo(1);
        assertThat(deventer.geweigerd()).isEqualTo(2);
        assertThat(deventer.laatsteWeigering().module()).isEqualTo("wmo");
        assertThat(deventer.laatsteWeigering().status()).isEqualTo(403);
        assertThat(deventer.laatsteAfhaling()).isNull();
        var harderwijk = lijst.get(2);
        assertThat(harderwijk.batches()).isZero();
        assertThat(harderwijk.laatsteBatch()).isNull();
        assertThat(harderwijk.geweigerd()).isEqualTo(1);
    }
}
