package nl.samenspel.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.audit.internal.Controleuitkomst.Reden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component on in-memory Derby: writing, the check, and changes made behind its back. */
class AuditlogComponentTest extends MetTestdatabase {

    private static final Instant T = Instant.parse("2025-06-02T08:00:00.123Z");

    private AuditlogComponent auditlog;



    @BeforeEach
    void start() throws Exception {
        db.leeg();
        auditlog = db.component();
    }

    @AfterEach
    void stop() throws InterruptedException {
        auditlog.deactivate();
        db.onbereikbaar(false);
    }

    private static Auditregel regel(int i) {
        return new Auditregel("beheer", "POST /vereveningen/{id}/definitief", "id=" + i, 200, "10.0.0." + (i % 250), T.plusSeconds(i));
    }

    private void schrijf(int aantal) {
        for (int i = 1; i <= aantal; i++) {
            auditlog.schrijf(regel(i));
        }
    }

    @Test
    void aChainOfManyRecordsChecksIntact() throws Exception {
        schrijf(300);

        Controleuitkomst u = auditlog.controleer();

        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(300);
        assertThat(u.anker()).isEqualTo(Anker.BEGIN);
        assertThat(db.tekst("SELECT vorige_hash FROM AUDIT.auditregel WHERE volgnummer = 1")).isEqualTo("0".repeat(64));
        assertThat(db.getal("SELECT MIN(volgnummer) FROM AUDIT.auditregel")).isEqualTo(1);
        assertThat(db.getal("SELECT MAX(volgnummer) FROM AUDIT.auditregel")).isEqualTo(300);
    }

    @Test
    void concurrentWritersStillMakeOneContiguousChain() throws Exception {
        int schrijvers = 6;
        int perSchrijver = 40;
        ExecutorService pool = Executors.newFixedThreadPool(schrijvers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> klaar = new ArrayList<>();
        for (int s = 0; s < schrijvers; s++) {
            int schrijver = s;
            klaar.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perSchrijver; i++) {
                    auditlog.schrijf(new Auditregel("gebruiker-" + schrijver, "GET /x", "i=" + i, 200, "", Instant.now()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : klaar) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Controleuitkomst u = auditlog.controleer();

        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(schrijvers * perSchrijver);
        assertThat(db.getal("SELECT COUNT(DISTINCT volgnummer) FROM AUDIT.auditregel")).isEqualTo(schrijvers * perSchrijver);
        assertThat(db.getal("SELECT MAX(volgnummer) - MIN(volgnummer) + 1 FROM AUDIT.auditregel")).isEqualTo(schrijvers * perSchrijver);
    }

    @Test
    void aFieldChangedWithSqlNamesExactlyThatRecord() throws Exception {
        schrijf(20);
        assertThat(db.wijzig("UPDATE AUDIT.auditregel SET object = 'id=999' WHERE volgnummer = 11")).isEqualTo(1);

        Controleuitkomst u = auditlog.controleer();

        assertThat(u.intact()).isFalse();
        assertThat(u.eersteFout().volgnummer()).isEqualTo(11);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.INHOUD_GEWIJZIGD);
        assertThat(u.gecontroleerd()).isEqualTo(20);
    }

    @Test
    void aChangedTimeIsFoundToo() throws Exception {
        schrijf(5);
        db.wijzig("UPDATE AUDIT.auditregel SET tijd = {fn TIMESTAMPADD(SQL_TSI_SECOND, -1, tijd)} WHERE volgnummer = 3");

        assertThat(auditlog.controleer().eersteFout().volgnummer()).isEqualTo(3);
    }

    @Test
    void aRowDeletedWithSqlNamesTheRecordAfterIt() throws Exception {
        schrijf(20);
        db.wijzig("DELETE FROM AUDIT.auditregel WHERE volgnummer = 11");

        Controleuitkomst u = auditlog.controleer();

        assertThat(u.intact()).isFalse();
        assertThat(u.eersteFout().volgnummer()).isEqualTo(12);
        assertThat(u.eersteFout().reden()).isIn(Reden.GAT_IN_VOLGNUMMERS, Reden.KETEN_VERBROKEN);
    }

    @Test
    void rowsDeletedAtTheEndAreFound() throws Exception {
        schrijf(20);
        db.wijzig("DELETE FROM AUDIT.auditregel WHERE volgnummer >= 19");

        Controleuitkomst u = auditlog.controleer();

        assertThat(u.eersteFout().volgnummer()).isEqualTo(19);
        assertThat(u.eersteFout().reden()).isEqualTo(Reden.EINDE_ONTBREEKT);
    }

    @Test
    void overlongAndOddValuesAreStoredAsHashed() throws Exception {
        auditlog.schrijf(new Auditregel("a".repeat(1000), "b".repeat(1000), "c".repeat(5000) , 200, "d\u0000".repeat(400),
                Instant.parse("2025-06-02T08:00:00.123456789Z")));

        assertThat(auditlog.controleer().intact()).isTrue();
        assertThat(db.getal("SELECT LENGTH(object) FROM AUDIT.auditregel")).isEqualTo(Velden.OBJECT);
    }

    @Test
    void theHourThatRepeatsWhenSummerTimeEndsSurvivesTheRoundTrip() throws Exception {
        TimeZone eerder = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
        try {
            // both are 02:30 on the clock in Amsterdam
            auditlog.schrijf(new Auditregel("a", "b", "", 200, "", Instant.parse("2023-10-29T00:30:00.001Z")));
            auditlog.schrijf(new Auditregel("a", "b", "", 200, "", Instant.parse("2023-10-29T01:30:00.002Z")));
            // and this one does not exist there at all
            auditlog.schrijf(new Auditregel("a", "b", "", 200, "", Instant.parse("2024-03-31T01:30:00.003Z")));

            assertThat(auditlog.controleer().intact()).isTrue();
        } finally {
            TimeZone.setDefault(eerder);
        }
    }

    @Test
    void aFailedWriteThrowsAndDoesNotAdvanceTheChain() throws Exception {
        schrijf(3);
        db.onbereikbaar(true);

        assertThatThrownBy(() -> auditlog.schrijf(regel(4))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("niet geschreven");

        db.onbereikbaar(false);
        auditlog.schrijf(regel(4));
        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(4);
        assertThat(db.getal("SELECT MAX(volgnummer) FROM AUDIT.auditregel")).isEqualTo(4);
    }

    @Test
    void aRefusedInsertDoesNotAdvanceTheChainEither() throws Exception {
        schrijf(3);
        // a time the TIMESTAMP column cannot hold: the database refuses the row
        assertThatThrownBy(() -> auditlog.schrijf(new Auditregel("a", "b", "", 200, "", Instant.parse("+10000-01-01T00:00:00Z"))))
                .isInstanceOf(IllegalStateException.class);

        auditlog.schrijf(regel(4));

        assertThat(auditlog.controleer().intact()).isTrue();
        assertThat(db.getal("SELECT MAX(volgnummer) FROM AUDIT.auditregel")).isEqualTo(4);
    }

    @Test
    void aRestartedComponentContinuesTheChain() throws Exception {
        schrijf(10);
        String hash10 = db.tekst("SELECT hash FROM AUDIT.auditregel WHERE volgnummer = 10");
        auditlog.deactivate();

        auditlog = db.component();
        auditlog.schrijf(regel(11));

        assertThat(db.tekst("SELECT vorige_hash FROM AUDIT.auditregel WHERE volgnummer = 11")).isEqualTo(hash10);
        assertThat(auditlog.controleer().intact()).isTrue();
        assertThat(auditlog.controleer().gecontroleerd()).isEqualTo(11);
    }

    @Test
    void aRestartOnAnEmptyLogContinuesFromTheAnchor() throws Exception {
        String hash = "ab".repeat(32);
        db.wijzig("INSERT INTO AUDIT.auditanker (volgnummer, hash, opgeruimd, verwijderd) VALUES (41, '" + hash
                + "', CURRENT_TIMESTAMP, 41)");
        auditlog.deactivate();

        auditlog = db.component();
        auditlog.schrijf(regel(1));

        assertThat(db.getal("SELECT volgnummer FROM AUDIT.auditregel")).isEqualTo(42);
        assertThat(db.tekst("SELECT vorige_hash FROM AUDIT.auditregel")).isEqualTo(hash);
        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.anker()).isEqualTo(new Anker(41, hash));
    }
}
