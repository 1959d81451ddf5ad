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

        Instant begin = Instant.parse("2026-03-01T09:00:00Z");
        assertThat(standen.standen(code -> "gemeente " + code)).containsExactly(
                new Knooppuntstanden.Stand("0150", "gemeente 0150", 1, 7, new Knooppuntstanden.Batch(begin.plusSeconds(120), "jeugdhulp", "toewijzingen", 7), 2,
                        new Knooppuntstanden.Weigering(begin.plusSeconds(240), "wmo", "toewijzingen", 403, "Niet in de regio"), null, null),
                new Knooppuntstanden.Stand("0166", "gemeente 0166", 2, 350, new Knooppuntstanden.Batch(begin.plusSeconds(60), "jeugdhulp", "declaraties", 250), 0,
                        null, klok.instant(), 3),
                new Knooppuntstanden.Stand("0243", "gemeente 0243", 0, 0, null, 1,
                        new Knooppuntstanden.Weigering(klok.instant(), "beschermd-wonen", "plaatsingen", 400, "Ongeldige invoer"), null, null));
    }
}
