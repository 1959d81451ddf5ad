package nl.samenspel.uitwisseling.internal.knooppunt;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An outbox of the earlier version (one row per record in table uitgaand) upgraded: its rows
 * become batches once, the batch that was already fixed keeps its key and content, and everything
 * goes to the hub in the order it was queued.
 */
class OmzettingTest {

    private EmbeddedDataSource ds;

    @AfterEach
    void weg() {
        Testdatabase.weg(ds);
    }

    @Test
    void rowsOfTheEarlierVersionBecomeBatchesOnceAndGoInTheirOrder() throws Exception {
        ds = Testdatabase.nieuw(2);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SCHEMA UITWISSELING");
            s.executeUpdate("INSERT INTO zending (module, soort, import_id, kop, records, aangemaakt) VALUES"
                    + " ('jeugdhulp', 'toewijzingen', 7, 'gemeente;client', 3, CURRENT_TIMESTAMP),"
                    + " ('jeugdhulp', 'start-zorg', 8, 'gemeente;client;startdatum', 3, CURRENT_TIMESTAMP),"
                    + " ('jeugdhulp', 'stop-zorg', 9, 'gemeente;client;einddatum', 1, CURRENT_TIMESTAMP)");
            // import 7: a batch fixed before its first attempt (open, tried once), and one record not yet in a batch
            s.executeUpdate("INSERT INTO batch (zending_id, sleutel, records, status, pogingen, aangemaakt) VALUES"
                    + " (1, 'oud-1', 2, 'open', 1, CURRENT_TIMESTAMP), (3, 'oud-2', 1, 'mislukt', 1, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO uitgaand (zending_id, regel, batch_id) VALUES (1, '0150;ps-1', 1), (1, '0150;ps-2', 1),"
                    + " (1, '0150;ps-3', NULL), (2, '0150;ps-1;2025-02-01', NULL), (2, '0150;ps-2;2025-02-02', NULL),"
                    + " (2, '0150;ps-3;2025-02-03', NULL), (3, '0150;ps-9;2025-03-01', 2)");
        }
        Testdatabase.migreer(ds, 2, Testdatabase.MIGRATIES.length);
        Uitgaandeopslag opslag = new Uitgaandeopslag(ds, 2);

        assertThat(opslag.zetRijenOm()).isEqualTo(7);
        assertThat(opslag.zetRijenOm()).as("once").isZero();
        assertThat(Testdatabase.getal(ds, "SELECT COUNT(*) FROM UITWISSELING.uitgaand")).isZero();
        assertThat(opslag.stand().wachtend()).isEqualTo(6);
        assertThat(opslag.stand().mislukt()).isEqualTo(1);

        Nephub hub = new Nephub();
        Verzender verzender = new Verzender(opslag, hub, new Wachttijd(Duration.ofSeconds(1), Duration.ofSeconds(300)),
                new Testklok(Instant.parse("2025-03-01T09:00:00Z")));
        assertThat(verzender.beurt(Duration.ofSeconds(10))).isEqualTo(4);
        assertThat(hub.posts()).extracting(Nephub.Post::sleutel).first().isEqualTo("oud-1");
        assertThat(hub.posts()).extracting(Nephub.Post::body).containsExactly(
                "gemeente;client\n0150;ps-1\n0150;ps-2\n",
                "gemeente;client\n0150;ps-3\n",
                "gemeente;client;startdatum\n0150;ps-1;2025-02-01\n0150;ps-2;2025-02-02\n",
                "gemeente;client;startdatum\n0150;ps-3;2025-02-03\n");
        // the refused batch is not sent, and keeps its records for the operator
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT status, inhoud FROM UITWISSELING.batch WHERE sleutel = 'oud-2'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("mislukt");
            assertThat(rs.getString(2)).isEqualTo("gemeente;client;einddatum\n0150;ps-9;2025-03-01\n");
        }
    }
}
