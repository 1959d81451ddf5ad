package nl.samenspel.uitwisseling.internal.knooppunt;

import nl.samenspel.testsupport.Testklok;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.samenspel.invoer.CsvBestand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sender over the real outbox (in-memory Derby with the bundle's migration) and a scripted
 * hub: queue order, batch cutting, receipts, retries with backoff under a clock the test moves,
 * refusals, and a node restart with a full outbox.
 */
class VerzenderTest extends MetTestdatabase {

    private static final String MODULE = "jeugdhulp";
    private static final List<String> KOP_TOEWIJZINGEN = List.of("gemeente", "toewijzingnummer", "client", "productcode", "ingangsdatum", "einddatum");
    private static final List<String> KOP_START = List.of("gemeente", "toewijzingnummer", "client", "startdatum");
    private static final Duration EERSTE = Duration.ofSeconds(1);
    private static final Duration LANGSTE = Duration.ofSeconds(300);
    private static final Duration BEURT = Duration.ofSeconds(10);

    private Uitgaandeopslag opslag;
    private Nephub hub;
    private Testklok klok;
    /** Every line queued, in queue order, as the outbox writes it. */
    private final List<String> wachtrij = new ArrayList<>();
    private long importId;

    @BeforeEach
    void maak() throws Exception {
        opslag = new Uitgaandeopslag(ds, 1000);
        hub = new Nephub();
        klok = new Testklok(Instant.parse("2025-03-01T09:00:00Z"));
    }

    private Verzender verzender() {
        return new Verzender(opslag, hub, new Wachttijd(EERSTE, LANGSTE), klok);
    }

    /** An import of {@code aantal} allocations, queued in its own transaction as a module does. */
    private List<String> toewijzingen(int aantal) throws Exception {
        long volgende = importId + 1;
        return bewaar("toewijzingen", KOP_TOEWIJZINGEN, IntStream.rangeClosed(1, aantal).mapToObj(i ->
                waarden("0150", "T" + volgende + "-" + i, "ps-" + Integer.toHexString(31 * i + 7), "43A01", "2025-01-01", i % 3 == 0 ? null : "2025-12-31"))
                .toList());
    }

    private List<String> startZorg(int aantal) throws Exception {
        return bewaar("start-zorg", KOP_START, IntStream.rangeClosed(1, aantal).mapToObj(i ->
                waarden("0150", "T1-" + i, "ps-" + Integer.toHexString(31 * i + 7), "2025-02-0" + (1 + i % 9))).toList());
    }

    private static List<String> waarden(String... w) {
        return java.util.Arrays.asList(w);
    }

    private List<String> bewaar(String soort, List<String> kop, List<List<String>> regels) throws Exception {
        importId++;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            opslag.bewaar(c, MODULE, soort, importId, kop, regels);
            c.commit();
        }
        List<String> lijnen = regels.stream().map(CsvBestand::regel).toList();
        wachtrij.addAll(lijnen);
        return lijnen;
    }

    private static String body(List<String> kop, List<String> regels) {
        StringBuilder sb = new StringBuilder(CsvBestand.regel(kop)).append('\n');
        regels.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    private Uitgaandeopslag.Batchregel batch(String sleutel) throws Exception {
        return opslag.batches(null, 100).stream().filter(b -> b.sleutel().equals(sleutel)).findFirst().orElseThrow();
    }

    @Test
    void twoImportsGoInQueueOrderInBatchesOfTheConfiguredSize() throws Exception {
        List<String> toewijzingen = toewijzingen(2500);
        List<String> start = startZorg(10);
        assertThat(toewijzingen.get(2)).as("een leeg veld blijft leeg").isEqualTo("0150;T1-3;ps-64;43A01;2025-01-01;");
        assertThat(opslag.stand().wachtend()).isEqualTo(2510);

        Verzender verzender = verzender();
        assertThat(verzender.beurt(BEURT)).isEqualTo(4);

        List<Nephub.Post> posts = hub.posts();
        assertThat(posts).extracting(Nephub.Post::module).containsOnly(MODULE);
        assertThat(posts).extracting(Nephub.Post::soort).containsExactly("toewijzingen", "toewijzingen", "toewijzingen", "start-zorg");
        assertThat(posts).extracting(p -> p.regels().size()).containsExactly(1000, 1000, 500, 10);
        assertThat(posts).extracting(Nephub.Post::sleutel).doesNotHaveDuplicates().allMatch(s -> s.matches("[A-Za-z0-9-]{1,64}"));
        assertThat(posts.get(0).body()).isEqualTo(body(KOP_TOEWIJZINGEN, toewijzingen.subList(0, 1000)));
        assertThat(posts.get(1).body()).isEqualTo(body(KOP_TOEWIJZINGEN, toewijzingen.subList(1000, 2000)));
        assertThat(posts.get(2).body()).isEqualTo(body(KOP_TOEWIJZINGEN, toewijzingen.subList(2000, 2500)));
        assertThat(posts.get(3).body()).isEqualTo(body(KOP_START, start));
        assertThat(posts.get(3).kop()).isEqualTo("gemeente;toewijzingnummer;client;startdatum");

        Uitgaandeopslag.Stand stand = opslag.stand();
        assertThat(stand.wachtend()).isZero();
        assertThat(stand.verzonden()).isEqualTo(2510);
        assertThat(stand.batchesVerzonden()).isEqualTo(4);
        assertThat(stand.mislukt()).isZero();
        assertThat(stand.batchesMislukt()).isZero();
        assertThat(stand.laatsteFout()).isNull();
        // the receipt is kept, the content of confirmed batches is not
        assertThat(opslag.batches("verzonden", 10)).hasSize(4).allSatisfy(b -> {
            assertThat(b.pogingen()).isEqualTo(1);
            assertThat(b.bewijs()).contains(b.sleutel());
            assertThat(b.afgehandeld()).isNotNull();
        });
        assertThat(Testdatabase.getal(ds, "SELECT COUNT(*) FROM UITWISSELING.batch WHERE inhoud IS NOT NULL")).isZero();
        // nothing more to send
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(hub.posts()).hasSize(4);
    }

    @Test
    void recordsOfAnImportThatRollsBackAreNeverQueued() throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            opslag.bewaar(c, MODULE, "toewijzingen", 99, KOP_TOEWIJZINGEN, List.of(waarden("0150", "T9", "ps-9", "43A01", "2025-01-01", null)));
            c.rollback();
        }
        assertThat(opslag.stand().wachtend()).isZero();
        assertThat(verzender().beurt(BEURT)).isZero();
        assertThat(hub.posts()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"503", "geen verbinding", "429", "408"})
    void aFailedAttemptKeepsTheBatchOpenAndSendsTheSameAgainAfterTheWait(String fout) throws Exception {
        List<String> regels = toewijzingen(10);
        switch (fout) {
            case "geen verbinding" -> hub.geenVerbinding();
            default -> hub.antwoord(Integer.parseInt(fout));
        }
        Verzender verzender = verzender();
        Instant begin = klok.instant();

        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(hub.posts()).hasSize(1);
        Nephub.Post eerste = hub.posts().get(0);
        assertThat(eerste.body()).isEqualTo(body(KOP_TOEWIJZINGEN, regels));
        assertThat(verzender.volgendePoging()).isEqualTo(begin.plus(EERSTE));
        Uitgaandeopslag.Batchregel open = batch(eerste.sleutel());
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.pogingen()).isEqualTo(1);
        assertThat(open.laatsteFout()).contains(fout.equals("geen verbinding") ? "geen verbinding met de hub" : "HTTP " + fout);
        assertThat(opslag.stand().wachtend()).isEqualTo(10);
        assertThat(opslag.stand().verzonden()).isZero();

        // before the wait is over nothing goes, however often the timer fires
        assertThat(verzender.beurt(BEURT)).isZero();
        klok.verzet(EERSTE.minusMillis(1));
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(hub.posts()).hasSize(1);

        // then the same batch goes again: same key, same body
        klok.verzet(Duration.ofMillis(1));
        assertThat(verzender.beurt(BEURT)).isEqualTo(1);
        assertThat(hub.posts()).hasSize(2);
        Nephub.Post tweede = hub.posts().get(1);
        assertThat(tweede.sleutel()).isEqualTo(eerste.sleutel());
        assertThat(tweede.body()).isEqualTo(eerste.body());
        assertThat(verzender.volgendePoging()).isEqualTo(Instant.MIN);
        assertThat(batch(eerste.sleutel()).status()).isEqualTo("verzonden");
        assertThat(batch(eerste.sleutel()).pogingen()).isEqualTo(2);
        assertThat(opslag.stand().verzonden()).isEqualTo(10);
        assertThat(opslag.stand().wachtend()).isZero();
    }

    @Test
    void consecutiveFailuresWaitLongerEachTimeUpToTheMaximumAndASuccessStartsOver() throws Exception {
        toewijzingen(5);
        for (int i = 0; i < 12; i++) {
            if (i % 2 == 0) {
                hub.antwoord(503);
            } else {
                hub.geenVerbinding();
            }
        }
        Verzender verzender = verzender();
        List<Long> wachttijden = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant poging = klok.instant();
            assertThat(verzender.beurt(BEURT)).isZero();
            Duration wacht = Duration.between(poging, verzender.volgendePoging());
            wachttijden.add(wacht.toSeconds());
            // one moment too early: nothing goes
            klok.verzet(wacht.minusMillis(1));
            assertThat(verzender.beurt(BEURT)).isZero();
            assertThat(hub.posts()).hasSize(i + 1);
            klok.verzet(Duration.ofMillis(1));
        }
        assertThat(wachttijden).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
        assertThat(hub.posts()).extracting(Nephub.Post::sleutel).containsOnly(hub.posts().get(0).sleutel());
        assertThat(hub.posts()).extracting(Nephub.Post::body).containsOnly(hub.posts().get(0).body());
        assertThat(batch(hub.posts().get(0).sleutel()).pogingen()).isEqualTo(12);

        // the 13th attempt succeeds; the next import's first failure waits the first wait again
        assertThat(verzender.beurt(BEURT)).isEqualTo(1);
        assertThat(opslag.stand().verzonden()).isEqualTo(5);
        toewijzingen(3);
        hub.antwoord(503);
        Instant poging = klok.instant();
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(verzender.volgendePoging()).isEqualTo(poging.plus(EERSTE));
    }

    @Test
    void theStateNowIsFailingSinceTheFirstFailureAndOkAfterTheHubAnswersWhileTheHistoryKeepsTheLastError() throws Exception {
        toewijzingen(5);
        hub.antwoord(503).geenVerbinding().antwoord(201);
        Verzender verzender = verzender();
        assertThat(verzender.stand().toestand()).isEqualTo(Verzender.Toestand.OK);
        Instant eerste = klok.instant();

        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(verzender.stand()).satisfies(s -> {
            assertThat(s.toestand()).isEqualTo(Verzender.Toestand.FAALT);
            assertThat(s.sinds()).isEqualTo(eerste);
            assertThat(s.reden()).startsWith("HTTP 503");
            assertThat(s.volgendePoging()).isEqualTo(eerste.plus(EERSTE));
        });
        klok.verzet(EERSTE);
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(verzender.stand().sinds()).as("failing since the first failure of the run").isEqualTo(eerste);
        assertThat(verzender.stand().reden()).startsWith("geen verbinding met de hub");
        assertThat(verzender.storingsduur()).isEqualTo(EERSTE);

        klok.verzet(EERSTE.multipliedBy(2));
        assertThat(verzender.beurt(BEURT)).isEqualTo(1);
        assertThat(verzender.stand()).isEqualTo(new Verzender.Stand(Verzender.Toestand.OK, null, null, null));
        assertThat(verzender.storingsduur()).isZero();
        assertThat(opslag.stand().laatsteFout()).as("history: the last error a batch met").startsWith("geen verbinding met de hub");
        assertThat(verzender.pogingenMislukt()).isEqualTo(2);
        assertThat(verzender.verzendingen()).isEqualTo(3);
    }

    @Test
    void aHubThatDoesNotAnswerShowsAsSlowWhileTheNodeWaits() throws Exception {
        toewijzingen(5);
        java.util.concurrent.CountDownLatch antwoord = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch onderweg = new java.util.concurrent.CountDownLatch(1);
        Hubverbinding bevroren = new Hubverbinding() {
            @Override
            public Antwoord verstuur(String module, String soort, String sleutel, String csv) throws InterruptedException {
                onderweg.countDown();
                antwoord.await();
                return new Antwoord(201, "{}");
            }

            @Override
            public Antwoord haal(String pad) {
                throw new UnsupportedOperationException();
            }
        };
        Verzender verzender = new Verzender(opslag, bevroren, new Wachttijd(EERSTE, LANGSTE), klok, Duration.ofSeconds(10), null);
        Instant weg = klok.instant();
        var beurt = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return verzender.beurt(BEURT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(onderweg.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(verzender.stand().toestand()).isEqualTo(Verzender.Toestand.VERZENDT);
        klok.verzet(Duration.ofSeconds(11));
        assertThat(verzender.stand()).satisfies(s -> {
            assertThat(s.toestand()).isEqualTo(Verzender.Toestand.TRAAG);
            assertThat(s.sinds()).isEqualTo(weg);
            assertThat(s.reden()).isEqualTo("hub antwoordt traag: al 11 s geen antwoord op een batch");
        });
        antwoord.countDown();
        assertThat(beurt.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(verzender.stand().toestand()).isEqualTo(Verzender.Toestand.OK);
    }

    @Test
    void nothingIsSentWhileTheStoreTakesNoWork() throws Exception {
        toewijzingen(5);
        hub.antwoord(201);
        Instant sinds = klok.instant();
        nl.samenspel.api.gezondheid.Opslagstand storing = new nl.samenspel.api.gezondheid.Opslagstand() {
            @Override
            public java.util.Optional<Storing> storing() {
                return java.util.Optional.of(new Storing(sinds, "de database staat op alleen-lezen"));
            }

            @Override
            public void gemeld(java.sql.SQLException fout) {
            }
        };
        Verzender verzender = new Verzender(opslag, hub, new Wachttijd(EERSTE, LANGSTE), klok, Duration.ofSeconds(10), storing);
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(hub.posts()).isEmpty();
        assertThat(verzender.stand().toestand()).isEqualTo(Verzender.Toestand.OPSLAG);
        assertThat(verzender.stand().reden()).contains("alleen-lezen");
    }

    @Test
    void aRefusedBatchStopsTheRestOfItsImportButNotTheNextImport() throws Exception {
        opslag = new Uitgaandeopslag(ds, 10);
        toewijzingen(25);
        startZorg(3);
        hub.antwoord(201);
        hub.antwoord(422, "{\"status\":422}");
        Verzender verzender = verzender();

        assertThat(verzender.beurt(BEURT)).as("batch 1 received, batch 2 refused, the start-of-care import goes").isEqualTo(3);
        assertThat(hub.posts()).extracting(Nephub.Post::soort).containsExactly("toewijzingen", "toewijzingen", "start-zorg");
        Uitgaandeopslag.Stand stand = opslag.stand();
        assertThat(stand.verzonden()).isEqualTo(10 + 3);
        assertThat(stand.mislukt()).as("the refused batch and the rest of its import").isEqualTo(15);
        assertThat(stand.batchesMislukt()).isEqualTo(2);
        assertThat(stand.wachtend()).isZero();
        Uitgaandeopslag.Batchregel geweigerd = batch(hub.posts().get(1).sleutel());
        assertThat(opslag.batches("mislukt", 10)).extracting(Uitgaandeopslag.Batchregel::laatsteFout)
                .containsExactly("niet verzonden: batch " + geweigerd.id() + " van dezelfde import is door de hub geweigerd", "HTTP 422: {\"status\":422}");
    }

    @Test
    void aRefusedBatchIsMarkedFailedWithTheHubsAnswerIsNotResentAndTheNextOneGoes() throws Exception {
        toewijzingen(5);
        List<String> start = startZorg(3);
        String antwoord = "{\"status\":422,\"title\":\"Batch geweigerd\",\"invalidParams\":[{\"name\":\"regel 3, client\",\"reason\":\"onbekend pseudoniem\"}]}";
        hub.antwoord(422, antwoord);
        Verzender verzender = verzender();

        assertThat(verzender.beurt(BEURT)).as("de weigering en de ontvangst zijn allebei een antwoord").isEqualTo(2);
        List<Nephub.Post> posts = hub.posts();
        assertThat(posts).extracting(Nephub.Post::soort).containsExactly("toewijzingen", "start-zorg");
        assertThat(posts).extracting(Nephub.Post::status).containsExactly(422, 201);
        assertThat(posts.get(1).body()).isEqualTo(body(KOP_START, start));
        assertThat(verzender.volgendePoging()).as("een weigering is geen storing: geen wachttijd").isEqualTo(Instant.MIN);

        Uitgaandeopslag.Batchregel geweigerd = batch(posts.get(0).sleutel());
        assertThat(geweigerd.status()).isEqualTo("mislukt");
        assertThat(geweigerd.laatsteFout()).isEqualTo("HTTP 422: " + antwoord);
        assertThat(geweigerd.pogingen()).isEqualTo(1);
        assertThat(geweigerd.afgehandeld()).isNotNull();
        assertThat(opslag.batches("mislukt", 10)).extracting(Uitgaandeopslag.Batchregel::sleutel).containsExactly(posts.get(0).sleutel());

        Uitgaandeopslag.Stand stand = opslag.stand();
        assertThat(stand.mislukt()).isEqualTo(5);
        assertThat(stand.batchesMislukt()).isEqualTo(1);
        assertThat(stand.verzonden()).isEqualTo(3);
        assertThat(stand.wachtend()).isZero();
        assertThat(stand.laatsteFout()).contains("HTTP 422").contains("onbekend pseudoniem");
        // the refused batch keeps its content for the operator
        assertThat(Testdatabase.getal(ds, "SELECT COUNT(*) FROM UITWISSELING.batch WHERE status = 'mislukt' AND inhoud IS NOT NULL")).isEqualTo(1);

        // never sent again, not even much later
        klok.verzet(Duration.ofDays(1));
        assertThat(verzender.beurt(BEURT)).isZero();
        assertThat(verzender().beurt(BEURT)).isZero();
        assertThat(hub.posts()).hasSize(2);
    }

    @Test
    void aRestartedNodeResendsTheOpenBatchWithItsKeyFirstAndLosesOrDuplicatesNothing() throws Exception {
        toewijzingen(2500);
        startZorg(10);
        hub.antwoord(201).antwoord(503);
        assertThat(verzender().beurt(BEURT)).isEqualTo(1);
        Nephub.Post mislukt = hub.posts().get(1);
        assertThat(mislukt.status()).isEqualTo(503);

        // the node stops with a full outbox; a new store and sender on the same database, with a smaller batch size configured:
        // the queued batches stay as they were cut, the next import is cut to the new size
        Uitgaandeopslag naHerstart = new Uitgaandeopslag(Testdatabase.opnieuw(ds), 400);
        opslag = naHerstart;
        Verzender verzender = new Verzender(naHerstart, hub, new Wachttijd(EERSTE, LANGSTE), klok);
        assertThat(naHerstart.stand().wachtend()).isEqualTo(1510);
        toewijzingen(500);
        assertThat(verzender.beurt(BEURT)).isEqualTo(5);

        List<Nephub.Post> na = hub.posts().subList(2, hub.posts().size());
        assertThat(na.get(0).sleutel()).as("eerst de open batch, met zijn sleutel").isEqualTo(mislukt.sleutel());
        assertThat(na.get(0).body()).as("een batch ligt vast voor de eerste poging").isEqualTo(mislukt.body());
        assertThat(na).extracting(p -> p.regels().size()).containsExactly(1000, 500, 10, 400, 100);

        List<String> geaccepteerd = hub.posts().stream().filter(Nephub.Post::geaccepteerd).flatMap(p -> p.regels().stream()).toList();
        assertThat(geaccepteerd).containsExactlyElementsOf(wachtrij).doesNotHaveDuplicates();
        assertThat(hub.ontvangenRegels()).containsExactlyElementsOf(wachtrij);
        Uitgaandeopslag.Stand stand = naHerstart.stand();
        assertThat(stand.wachtend()).isZero();
        assertThat(stand.verzonden()).isEqualTo(3010);
        assertThat(stand.batchesVerzonden()).isEqualTo(6);
    }

    @Test
    void aBatchTheHubStoredButWhoseAnswerWasLostIsResentWithItsKeyAndStoredOnce() throws Exception {
        toewijzingen(1500);
        hub.antwoord(201).antwoordKwijt();
        assertThat(verzender().beurt(BEURT)).isEqualTo(1);
        String sleutel = hub.posts().get(1).sleutel();
        assertThat(batch(sleutel).status()).isEqualTo("open");

        Uitgaandeopslag naHerstart = new Uitgaandeopslag(Testdatabase.opnieuw(ds), 1000);
        assertThat(new Verzender(naHerstart, hub, new Wachttijd(EERSTE, LANGSTE), klok).beurt(BEURT)).isEqualTo(1);

        assertThat(hub.posts()).extracting(Nephub.Post::sleutel).containsExactly(hub.posts().get(0).sleutel(), sleutel, sleutel);
        assertThat(hub.posts().get(2).status()).as("de hub herkent de herhaling").isEqualTo(200);
        assertThat(hub.ontvangenRegels()).containsExactlyElementsOf(wachtrij);
        assertThat(naHerstart.stand().verzonden()).isEqualTo(1500);
        assertThat(naHerstart.stand().wachtend()).isZero();
    }
}
