package nl.samenspel.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.samenspel.api.audit.Auditregel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention with a fixed clock: 730 days back from {@link #NU}. */
class OpruimenTest extends MetTestdatabase {

    private static final Instant NU = Instant.parse("2026-01-10T12:00:00Z");
    private static final Instant OUD = NU.minus(800, ChronoUnit.DAYS);
    private static final Instant JONG = NU.minus(10, ChronoUnit.DAYS);

    private AuditlogComponent auditlog;



    @BeforeEach
    void start() throws Exception {
        db.leeg();
        auditlog = db.component(Clock.fixed(NU, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws InterruptedException {
        auditlog.deactivate();
    }

    private void schrijf(Instant tijd, int aantal) {
        for (int i = 0; i < aantal; i++) {
            auditlog.schrijf(new Auditregel("beheer", "POST /x", "i=" + i, 200, "", tijd.plusSeconds(i)));
        }
    }

    @Test
    void removesOnlyOldRecordsAndWhatRemainsIsIntact() throws Exception {
        schrijf(OUD, 5);
        schrijf(JONG, 5);
        String hash5 = db.tekst("SELECT hash FROM AUDIT.auditregel WHERE volgnummer = 5");

        assertThat(auditlog.ruimOp()).isEqualTo(5);

        assertThat(db.getal("SELECT MIN(volgnummer) FROM AUDIT.auditregel")).isEqualTo(6);
        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditregel WHERE tijd < TIMESTAMP('2024-01-01 00:00:00')")).isZero();
        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.anker()).isEqualTo(new Anker(5, hash5));
        // the 5 young records and the record of the removal itself
        assertThat(u.gecontroleerd()).isEqualTo(6);
        assertThat(db.tekst("SELECT object FROM AUDIT.auditregel WHERE volgnummer = 11")).isEqualTo("volgnummer<=5 hash=" + hash5);
        assertThat(db.tekst("SELECT actie FROM AUDIT.auditregel WHERE volgnummer = 11")).isEqualTo(AuditlogComponent.OPRUIMEN);
    }

    @Test
    void recordsWrittenAfterRetentionContinueTheChainAlsoAfterARestart() throws Exception {
        schrijf(OUD, 3);
        schrijf(JONG, 2);
        auditlog.ruimOp();
        schrijf(NU, 2);
        auditlog.deactivate();

        auditlog = db.component(Clock.fixed(NU, ZoneOffset.UTC));
        schrijf(NU, 1);

        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(2 + 1 + 2 + 1);
        assertThat(db.getal("SELECT MAX(volgnummer) FROM AUDIT.auditregel")).isEqualTo(9);
    }

    @Test
    void aSecondRunMovesTheAnchorOn() throws Exception {
        schrijf(OUD, 3);
        schrijf(JONG, 2);
        auditlog.ruimOp();
        auditlog.deactivate();

        // 800 days later the young records and the first removal's record are old too
        auditlog = db.component(Clock.fixed(NU.plus(800, ChronoUnit.DAYS), ZoneOffset.UTC));
        assertThat(auditlog.ruimOp()).isEqualTo(3);

        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.anker().volgnummer()).isEqualTo(6);
        assertThat(u.gecontroleerd()).isEqualTo(1);
        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditanker")).isEqualTo(2);
    }

    @Test
    void anOldRecordAfterAYoungerOneWaitsSoTheChainHasNoHole() throws Exception {
        schrijf(OUD, 2);
        schrijf(JONG, 1);
        schrijf(OUD, 2);

        assertThat(auditlog.ruimOp()).isEqualTo(2);

        assertThat(db.getal("SELECT MIN(volgnummer) FROM AUDIT.auditregel")).isEqualTo(3);
        assertThat(auditlog.controleer().intact()).isTrue();
    }

    @Test
    void nothingOldMeansNothingRemovedAndNoAnchor() throws Exception {
        schrijf(JONG, 4);

        assertThat(auditlog.ruimOp()).isZero();

        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditregel")).isEqualTo(4);
        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditanker")).isZero();
        assertThat(auditlog.controleer().anker()).isEqualTo(Anker.BEGIN);
    }

    @Test
    void everythingOldLeavesOnlyTheRecordOfTheRemoval() throws Exception {
        schrijf(OUD, 4);

        assertThat(auditlog.ruimOp()).isEqualTo(4);

        Controleuitkomst u = auditlog.controleer();
        assertThat(u.intact()).isTrue();
        assertThat(u.gecontroleerd()).isEqualTo(1);
        assertThat(u.anker().volgnummer()).isEqualTo(4);
    }

    @Test
    void aTamperedOldPartIsKeptAsEvidence() throws Exception {
        schrijf(OUD, 5);
        schrijf(JONG, 5);
        db.wijzig("UPDATE AUDIT.auditregel SET actor = 'niemand' WHERE volgnummer = 2");

        assertThat(auditlog.ruimOp()).isZero();

        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditregel")).isEqualTo(10);
        assertThat(auditlog.controleer().eersteFout().volgnummer()).isEqualTo(2);
    }

    @Test
    void checksAndRetentionWhileWritersWriteAlwaysSeeAnIntactChain() throws Exception {
        auditlog.deactivate();
        // every run a thousand days later, so each run removes all there is, its predecessor's record included
        auditlog = db.component(new Voortschrijdend(NU, Duration.ofDays(1000)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> schrijvers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            schrijvers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 60; i++) {
                    auditlog.schrijf(new Auditregel("a", "b", "i=" + i, 200, "", OUD));
                }
                return null;
            }));
        }
        AtomicBoolean klaar = new AtomicBoolean();
        List<Controleuitkomst> controles = new CopyOnWriteArrayList<>();
        Future<?> controleur = pool.submit(() -> {
            start.await();
            while (!klaar.get()) {
                controles.add(auditlog.controleer());
            }
            return null;
        });
        Future<?> opruimer = pool.submit(() -> {
            start.await();
            while (!klaar.get()) {
                auditlog.ruimOp();
            }
            return null;
        });
        start.countDown();
        for (Future<?> f : schrijvers) {
            f.get(30, TimeUnit.SECONDS);
        }
        klaar.set(true);
        controleur.get(30, TimeUnit.SECONDS);
        opruimer.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(controles).isNotEmpty().allSatisfy(u -> assertThat(u.intact()).as("%s", u).isTrue());
        assertThat(auditlog.controleer().intact()).isTrue();
        assertThat(db.getal("SELECT COUNT(*) FROM AUDIT.auditanker")).isPositive();
    }

    /** A clock that moves on by a step each time it is read. */
    private static final class Voortschrijdend extends Clock {
        private final AtomicLong stappen = new AtomicLong();
        private final Instant begin;
        private final Duration stap;

        Voortschrijdend(Instant begin, Duration stap) {
            this.begin = begin;
            this.stap = stap;
        }

        @Override
        public Instant instant() {
            return begin.plus(stap.multipliedBy(stappen.getAndIncrement()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theScheduleRunsRetentionAndStopsOnDeactivate() throws Exception {
        schrijf(OUD, 3);
        schrijf(JONG, 1);
        auditlog.deactivate();

        auditlog = new AuditlogComponent(db, null, Duration.ofDays(730), Duration.ofMinutes(60), Clock.fixed(NU, ZoneOffset.UTC));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> db.getal("SELECT COUNT(*) FROM AUDIT.auditanker") == 1);
        assertThat(auditlog.controleer().intact()).isTrue();
        assertThat(db.getal("SELECT MIN(volgnummer) FROM AUDIT.auditregel")).isEqualTo(4);
    }
}
