package nl.samenspel.uitwisseling.internal.knooppunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import nl.samenspel.api.invoer.Invoerlimieten;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.samenspel.invoer.Afzending;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Regelfout;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's routes in a plain Camel context: files in {@code inbox/<module>/<soort>/} reach
 * their module whole and leave the inbox for {@code klaar/} or {@code fout/} (with the report),
 * files elsewhere or still being written stay, and the sender's timer sends what is queued.
 */
class UitwisselingRoutesTest extends MetTestdatabase {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String STEMPEL = "\\d{8}-\\d{6}-\\d{3}-";

    @TempDir
    Path map;

    private Path inbox;
    private Path verwerkt;
    private Nepmodule module;
    private Nephub hub;
    private Uitgaandeopslag opslag;
    private DefaultCamelContext camel;

    /** A module that records what it got; it refuses a file that says FOUT, naming a line and field. */
    static final class Nepmodule extends Testmodule {

        record Bestand(String soort, String naam, byte[] inhoud) {
        }

        final List<Bestand> ontvangen = new CopyOnWriteArrayList<>();
        /** How many next calls fail as a lost database would, without judging the file. */
        final AtomicInteger storingen = new AtomicInteger();
        /** Attempts at a file the module fails on, as a bug would. */
        final AtomicInteger pogingenKapot = new AtomicInteger();

        Nepmodule() {
            super("jeugdhulp-ijsselland", "toewijzingen", "start-zorg");
        }

        @Override
        public Importresultaat importeer(String soort, String bestandsnaam, byte[] inhoud, Afzending afzending) throws SQLException {
            if (storingen.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new SQLException("Database 'samenspel' niet bereikbaar", "08001");
            }
            if (new String(inhoud, StandardCharsets.UTF_8).contains("KAPOT")) {
                pogingenKapot.incrementAndGet();
                throw new IllegalStateException("een fout in de module, bij dit bestand");
            }
            ontvangen.add(new Bestand(soort, bestandsnaam, inhoud));
            String tekst = new String(inhoud, StandardCharsets.UTF_8);
            long records = tekst.lines().count() - 1;
            if (tekst.contains("FOUT")) {
                return new Importresultaat(ontvangen.size(), soort, "csv", bestandsnaam, false, 0,
                        List.of(new Regelfout("regel 3", "bsn", "geen geldig BSN (elfproef)")), null);
            }
            return new Importresultaat(ontvangen.size(), soort, "csv", bestandsnaam, true, (int) records, List.of(), null);
        }

        Optional<Bestand> bestand(String naam) {
            return ontvangen.stream().filter(b -> b.naam().equals(naam)).findFirst();
        }
    }

    private Inboxbewaking bewaking;

    @BeforeEach
    void start() throws Exception {
        inbox = map.resolve("inbox");
        verwerkt = map.resolve("uitwisseling");
        module = new Nepmodule();
        for (String soort : module.soorten()) {
            Files.createDirectories(inbox.resolve(module.naam()).resolve(soort));
        }
        Files.createDirectories(inbox.resolve("onbekend").resolve("x"));
        hub = new Nephub();
        opslag = new Uitgaandeopslag(ds, 1000);
        Verzender verzender = new Verzender(opslag, hub, new Wachttijd(Duration.ofSeconds(1), Duration.ofSeconds(300)), Clock.systemUTC());
        camel = new DefaultCamelContext();
        bewaking = new Inboxbewaking(verwerkt, 3, Duration.ofMillis(20), Duration.ofMillis(200), Clock.systemUTC());
        Invoerlimieten limieten = new Invoerlimieten.Waarden(4096, 1024, 32, 100, 100, 10, 1 << 20, 100, 1000, 100, 32, 20, 10);
        camel.addRoutes(new UitwisselingRoutes(inbox, verwerkt, new Inboxverwerker(() -> List.of(module), verwerkt, opslag, limieten, bewaking, null),
                verzender, 100));
        // the routes as the node has them, but without the file consumer's default first delay of a second: a test need not wait for it
        camel.getEndpoints().stream().filter(FileEndpoint.class::isInstance).map(FileEndpoint.class::cast).forEach(e -> e.setInitialDelay(0));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    /** As the node component decides it: {@code <module>/<soort>/<bestand>} of an installed module. */
    /** Writes a file as a careful supplier does: under a .tmp name, then renamed in one step. */
    private static Path lever(Path doel, byte[] inhoud) throws IOException {
        Path tijdelijk = doel.resolveSibling(doel.getFileName() + ".tmp");
        Files.write(tijdelijk, inhoud);
        return Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The one file in {@code folder} whose name is a stamp and {@code naam}, once it is there. */
    private static Path verplaatst(Path folder, String naam) {
        return await("%s in %s".formatted(naam, folder)).atMost(DEADLINE).pollInterval(Duration.ofMillis(50))
                .until(() -> zoek(folder, naam), Optional::isPresent).orElseThrow();
    }

    private static Optional<Path> zoek(Path folder, String naam) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> bestanden = Files.list(folder)) {
            return bestanden.filter(p -> p.getFileName().toString().matches(STEMPEL + java.util.regex.Pattern.quote(naam))).findFirst();
        }
    }

    private Path map(String module, String soort) {
        return inbox.resolve(module).resolve(soort);
    }

    @Test
    void anAcceptedFileReachesItsModuleWholeAndMovesToKlaar() throws Exception {
        // a BOM, Windows line ends and non-ASCII: the module gets the bytes as delivered
        byte[] inhoud = ("\uFEFFgemeente;toewijzingnummer;client\r\n0150;1;ps-één\r\n0150;2;ps-twee\r\n").getBytes(StandardCharsets.UTF_8);
        Path bron = lever(map("jeugdhulp", "toewijzingen").resolve("toewijzingen-april.csv"), inhoud);

        Path klaar = verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "toewijzingen-april.csv");
        assertThat(Files.readAllBytes(klaar)).isEqualTo(inhoud);
        assertThat(bron).doesNotExist();
        assertThat(module.ontvangen).hasSize(1);
        Nepmodule.Bestand gekregen = module.ontvangen.get(0);
        assertThat(gekregen.soort()).isEqualTo("toewijzingen");
        assertThat(gekregen.naam()).isEqualTo("toewijzingen-april.csv");
        assertThat(gekregen.inhoud()).isEqualTo(inhoud);
        assertThat(Path.of(klaar + ".rapport.txt")).doesNotExist();
        assertThat(verwerkt.resolve("fout")).doesNotExist();
    }

    @Test
    void aFileWhoseImportCommittedBeforeTheNodeStoppedIsNotReadTwice() throws Exception {
        byte[] inhoud = "gemeente;toewijzingnummer;client\n0150;7;ps-zeven\n".getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(inhoud));
        // the import of this file was committed (records and outbox rows) but the file was not moved: kill -9 in between
        opslag.uitBestand(sha, () -> {
            try (java.sql.Connection c = ds.getConnection()) {
                opslag.bewaar(c, "jeugdhulp", "toewijzingen", 41, List.of("gemeente", "toewijzingnummer", "client"),
                        List.of(List.of("0150", "7", "ps-zeven")));
            }
            return null;
        });
        assertThat(opslag.ingelezen(sha)).contains(41L);
        lever(map("jeugdhulp", "toewijzingen").resolve("nogmaals.csv"), inhoud);
        Path klaar = verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "nogmaals.csv");
        assertThat(Files.readAllBytes(klaar)).isEqualTo(inhoud);
        assertThat(module.ontvangen).as("not read again").isEmpty();
    }

    @Test
    void aRefusedFileMovesToFoutWithItsReportBesideIt() throws Exception {
        byte[] inhoud = "gemeente;toewijzingnummer;bsn\n0150;1;FOUT\n".getBytes(StandardCharsets.UTF_8);
        Path bron = lever(map("jeugdhulp", "start-zorg").resolve("start-mei.csv"), inhoud);

        Path fout = verplaatst(verwerkt.resolve("fout/jeugdhulp/start-zorg"), "start-mei.csv");
        assertThat(Files.readAllBytes(fout)).isEqualTo(inhoud);
        assertThat(bron).doesNotExist();
        Path rapport = Path.of(fout + ".rapport.txt");
        assertThat(rapport).exists();
        assertThat(Files.readString(rapport)).contains("Geweigerd").contains("regel 3, bsn: geen geldig BSN (elfproef)");
        assertThat(module.bestand("start-mei.csv")).isPresent();
        assertThat(verwerkt.resolve("klaar")).doesNotExist();
    }

    @Test
    void aFileOutsideAModulesFolderOrStillBeingWrittenStaysWhereItIs() throws Exception {
        Instant eerder = Instant.now().minusSeconds(60);
        Path onbekend = Files.writeString(inbox.resolve("onbekend/x/y.csv"), "gemeente;client\n0150;ps-1\n");
        Path halfGeschreven = Files.writeString(map("jeugdhulp", "toewijzingen").resolve("toewijzingen-mei.csv.tmp"), "gemeente;client\n0150;ps-2\n");
        Path bovenin = Files.writeString(inbox.resolve("los.csv"), "gemeente;client\n");
        for (Path p : List.of(onbekend, halfGeschreven, bovenin)) {
            Files.setLastModifiedTime(p, FileTime.from(eerder));
        }
        // a later file in a module's folder: once it is through, the inbox has been read with the others in it
        lever(map("jeugdhulp", "toewijzingen").resolve("toewijzingen-april.csv"), "gemeente;client\n0150;ps-3\n".getBytes(StandardCharsets.UTF_8));
        verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "toewijzingen-april.csv");

        assertThat(onbekend).exists();
        assertThat(halfGeschreven).exists();
        assertThat(bovenin).exists();
        assertThat(module.ontvangen).extracting(Nepmodule.Bestand::naam).containsExactly("toewijzingen-april.csv");
        assertThat(verwerkt.resolve("fout")).doesNotExist();

        // renamed when complete, the file is read
        Files.move(halfGeschreven, halfGeschreven.resolveSibling("toewijzingen-mei.csv"), StandardCopyOption.ATOMIC_MOVE);
        Path klaar = verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "toewijzingen-mei.csv");
        assertThat(Files.readString(klaar)).isEqualTo("gemeente;client\n0150;ps-2\n");
        assertThat(module.ontvangen).extracting(Nepmodule.Bestand::naam).containsExactly("toewijzingen-april.csv", "toewijzingen-mei.csv");
        assertThat(onbekend).exists();
        assertThat(bovenin).exists();
    }

    @Test
    void aFailureThatJudgesNotTheFileLeavesItInTheInboxForTheNextPoll() throws Exception {
        module.storingen.set(2);
        byte[] inhoud = "gemeente;client\n0150;ps-4\n".getBytes(StandardCharsets.UTF_8);
        Path bron = lever(map("jeugdhulp", "toewijzingen").resolve("toewijzingen-juni.csv"), inhoud);

        Path klaar = verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "toewijzingen-juni.csv");
        assertThat(module.storingen).hasValue(0);
        assertThat(Files.readAllBytes(klaar)).isEqualTo(inhoud);
        assertThat(bron).doesNotExist();
        assertThat(module.ontvangen).extracting(Nepmodule.Bestand::naam).containsExactly("toewijzingen-juni.csv");
        assertThat(verwerkt.resolve("fout")).doesNotExist();
    }

    @Test
    void aFileThatKeepsFailingIsTriedThreeTimesThenPutAsideAndTheNextFileProceeds() throws Exception {
        lever(map("jeugdhulp", "toewijzingen").resolve("kapot.csv"), "gemeente;client\nKAPOT\n".getBytes(StandardCharsets.UTF_8));
        lever(map("jeugdhulp", "toewijzingen").resolve("daarna.csv"), "gemeente;client\n0150;ps-5\n".getBytes(StandardCharsets.UTF_8));

        Path apart = verplaatst(verwerkt.resolve("fout/jeugdhulp/toewijzingen"), "kapot.csv");
        assertThat(Files.readString(Path.of(apart + ".rapport.txt"))).contains("3 keer").contains("apart gezet");
        assertThat(module.pogingenKapot).hasValue(3);
        verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "daarna.csv");
        assertThat(bewaking.stand().apartGezet()).isEqualTo(1);
        assertThat(bewaking.storingen()).as("one bad file is a refusal, not a fault").isEmpty();
        assertThat(verwerkt.resolve(".pogingen")).isEmptyDirectory();
    }

    @Test
    void aFileThatTookTheProcessDownWhileBeingReadIsPutAsideUnreadAfterTheRestarts() throws Exception {
        Path tijdelijk = Files.writeString(map("jeugdhulp", "toewijzingen").resolve("zwaar.csv.tmp"), "gemeente;client\n0150;ps-6\n");
        long gewijzigd = Files.getLastModifiedTime(tijdelijk).toMillis();
        String sleutel = Inboxverwerker.sleutel("jeugdhulp/toewijzingen/zwaar.csv", Files.size(tijdelijk), gewijzigd);
        for (int i = 0; i < 3; i++) {
            bewaking.begin(sleutel); // three attempts that never ended: the process died each time
        }
        Files.move(tijdelijk, tijdelijk.resolveSibling("zwaar.csv"), StandardCopyOption.ATOMIC_MOVE);

        Path apart = verplaatst(verwerkt.resolve("fout/jeugdhulp/toewijzingen"), "zwaar.csv");
        assertThat(Files.readString(Path.of(apart + ".rapport.txt"))).contains("niet afgerond");
        assertThat(module.ontvangen).as("not read a fourth time").isEmpty();
    }

    @Test
    void aFileOverTheUploadBoundIsRefusedUnreadNamingTheBound() throws Exception {
        lever(map("jeugdhulp", "toewijzingen").resolve("groot.csv"), new byte[5000]);

        Path fout = verplaatst(verwerkt.resolve("fout/jeugdhulp/toewijzingen"), "groot.csv");
        assertThat(Files.readString(Path.of(fout + ".rapport.txt"))).contains("nl.samenspel.invoer/uploadBytes");
        assertThat(module.ontvangen).isEmpty();
    }

    @Test
    void aLastingPassingFailureIsReportedAsAFaultUntilTheFileGoesThrough() throws Exception {
        module.storingen.set(Inboxbewaking.STORING_NA + 1);
        lever(map("jeugdhulp", "toewijzingen").resolve("later.csv"), "gemeente;client\n0150;ps-7\n".getBytes(StandardCharsets.UTF_8));

        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(5)).until(() -> !bewaking.storingen().isEmpty());
        assertThat(bewaking.storingen().get(0)).contains("SQLState 08001");
        verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "later.csv");
        assertThat(bewaking.storingen()).isEmpty();
        assertThat(bewaking.stand().tijdelijkOpRij()).isZero();
    }

    @Test
    void aKeptFileIsReadableByTheServiceAccountOnlyUnderANameWithoutTheBsn() throws Exception {
        lever(map("jeugdhulp", "toewijzingen").resolve("client-123456782.csv"), "gemeente;client\n0150;ps-8\n".getBytes(StandardCharsets.UTF_8));

        Path klaar = verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "client-#.csv");
        assertThat(Files.getPosixFilePermissions(klaar)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theSenderSendsNothingWhileTheOutboxIsEmptyAndWhatIsQueuedOnceItIs() throws Exception {
        // the timer fires every 100 ms; a file through the inbox takes several of its turns
        lever(map("jeugdhulp", "toewijzingen").resolve("toewijzingen-april.csv"), "gemeente;client\n0150;ps-3\n".getBytes(StandardCharsets.UTF_8));
        verplaatst(verwerkt.resolve("klaar/jeugdhulp/toewijzingen"), "toewijzingen-april.csv");
        assertThat(hub.posts()).isEmpty();

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            opslag.bewaar(c, "jeugdhulp", "toewijzingen", 1, List.of("gemeente", "client"), List.of(List.of("0150", "ps-3")));
            c.commit();
        }
        await("de batch bij de hub").atMost(DEADLINE).until(() -> opslag.stand().verzonden() == 1);
        assertThat(hub.posts()).singleElement().satisfies(p -> {
            assertThat(p.soort()).isEqualTo("toewijzingen");
            assertThat(p.body()).isEqualTo("gemeente;client\n0150;ps-3\n");
        });
    }
}
