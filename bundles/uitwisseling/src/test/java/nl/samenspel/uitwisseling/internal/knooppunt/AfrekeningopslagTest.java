package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import nl.samenspel.uitwisseling.internal.hub.Ontvangstopslag;
import nl.samenspel.uitwisseling.internal.hub.Ontvangstopslag.Ontvangstbewijs;
import org.junit.jupiter.api.Test;

/** The node's statements and, on the same schema, the hub's receipts: stored once, read back as they were written. */
class AfrekeningopslagTest extends MetTestdatabase {

    private static final Instant VASTGESTELD = Instant.parse("2025-03-01T09:00:00Z");

    private static DefinitieveAfrekening afrekening(long run) {
        return new DefinitieveAfrekening(run, "jeugd-ijsselland", 2025, "0193", VASTGESTELD, 1000, 1200, 1100, 100, -100,
                "{\"run\": " + run + "}");
    }

    @Test
    void aStatementIsStoredOnceAndReadBackNewestRunFirst() throws Exception {
        Afrekeningopslag opslag = new Afrekeningopslag(ds);

        assertThat(opslag.bewaar(List.of(afrekening(1), afrekening(2)))).isEqualTo(2);
        assertThat(opslag.bewaar(List.of(afrekening(2), afrekening(3)))).isEqualTo(1);

        assertThat(opslag.alle("0193")).extracting(DefinitieveAfrekening::run).containsExactly(3L, 2L, 1L);
        assertThat(opslag.van("0193", 2)).contains(afrekening(2));
        assertThat(opslag.van("0193", 4)).isEmpty();
    }

    @Test
    void aReceiptIsReadBackBySenderAndKey() throws Exception {
        Ontvangstbewijs bewijs = new Ontvangstbewijs("0193", "sleutel-1", "jeugdhulp", "toewijzingen", 12, 7L, VASTGESTELD,
                "ab".repeat(32));
        try (var c = ds.getConnection()) {
            Ontvangstopslag.schrijf(c, bewijs);
        }
        Ontvangstopslag opslag = new Ontvangstopslag(ds);

        assertThat(opslag.lees("0193", "sleutel-1")).contains(bewijs);
        assertThat(opslag.lees("0193", "sleutel-2")).isEmpty();
    }
}
