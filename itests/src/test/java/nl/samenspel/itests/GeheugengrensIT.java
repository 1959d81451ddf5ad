package nl.samenspel.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import nl.samenspel.store.Database;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The memory bounds of issue 12: a ZIP bomb, a 1 GiB upload (with and without Content-Length) and
 * a 100 MB JSON request (with and without) are each refused within 2 s with a 4xx, while the heap
 * of the container's JVM, sampled every 5 ms, stays under 128 MiB above what it was idle; the
 * node then still accepts a small import. The bodies are generated while they are sent, never
 * held. A Deventer node with the region's key and the youth-care module: a bomb must reach the
 * archive reader, which only an installation with a key does (the hub refuses any archive
 * unread). The JVM runs with the production heap settings of {@code bin/setenv}, so that a
 * buffered gigabyte would not fit. The requests go over a plain socket ({@link Ruwverzoek}), which
 * also tells how much of the body the server had taken when its answer came: a refusal must come
 * before the whole body is read. The figures are printed with the prefix {@code GEHEUGENGRENS} for
 * docs/performance.md.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GeheugengrensIT {

    static final int POORT = 18196;
    private static final long MIB = 1024L * 1024;
    private static final long HEAPGRENS = 128 * MIB;
    private static final Duration BINNEN = Duration.ofSeconds(2);
    private static final long GIB = 1024 * MIB;
    /** The default bounds nl.samenspel.invoer/uploadBytes and /jsonBytes. */
    private static final long UPLOADGRENS = 64 * MIB;
    private static final long JSONGRENS = MIB;
    /**
     * What the server may take of a body beyond what it reads before its answer arrives: CXF drains
     * up to 16 MiB of an unread body before it answers (AbstractHTTPDestination.cacheInput), and the
     * socket buffers on both sides hold a few MiB more.
     */
    private static final long VOOR_ANTWOORD = 32 * MIB;

    /** Where the test leaves a copy of the container's log (the container's folder is removed after the run). */
    private static final String LOGKOPIE = "samenspel.itests.logkopie";

    @Inject
    private Database database;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path map = Path.of(System.getProperty("samenspel.werkmap"), "geheugengrens").toAbsolutePath();
        Path sleutel = map.resolve("pseudoniem.sleutel");
        try {
            Files.createDirectories(map);
            Files.writeString(sleutel, Base64.getEncoder().encodeToString(Demobestanden.SLEUTEL) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-jeugdhulp", POORT, 18116, 11116, 44566),
                        SamenspelKaraf.kopieVanConfig("geheugengrens")),
                SamenspelKaraf.deventerZonderHub(sleutel),
                // the heap of production (distribution bin/setenv), not the JVM default of a quarter of this machine's memory;
                // a young generation of 32 MiB, so that the sampled used heap is never more than 32 MiB of garbage above what is
                // live (as the heap grows, the default young generation would reach a third of 1 GiB, all of it garbage to the sampler)
                vmOptions("-Xms128m", "-Xmx1g", "-XX:+UseSerialGC", "-Xmn32m"),
                systemProperty(LOGKOPIE).value(map.resolve("karaf.log").toString())};
    }

    /** What one large input came to. */
    /**
     * @param ms             from the first byte of the request to the last of the answer
     * @param ontvangen      bytes of the body the server had taken when its answer's status line arrived
     * @param schijf         the most the temporary folder held in new files meanwhile
     * @param achtergebleven what it still held in new files 5 s after the answer
     */
    private record Meting(String naam, int status, String antwoord, String ioFout, long ms, long ontvangen, long rust, long piek, long naGc,
                          long schijf, long achtergebleven) {

        long piekBovenRust() {
            return Math.max(0, piek - rust);
        }

        long naGcBovenRust() {
            return Math.max(0, naGc - rust);
        }

        String regel() {
            return String.format("GEHEUGENGRENS | %-36s | %s | %5d ms | %4d MiB van de body ontvangen | piek heap +%3d MiB (rust %d MiB)"
                            + " | na GC +%3d MiB | tijdelijke bestanden %4d MiB, na 5 s %d MiB |", naam,
                    ioFout == null ? String.valueOf(status) : "verbinding gesloten (" + ioFout + ")", ms, ontvangen / MIB,
                    piekBovenRust() / MIB, rust / MIB, naGcBovenRust() / MIB, schijf / MIB, achtergebleven / MIB);
        }
    }

    @Test
    public void largeInputsAreRefusedWithinTwoSecondsInBoundedHeapAndTheNodeWorksOn() throws Exception {
        http.wachtOpPaden("/jeugdhulp/imports/{soort}", "/register/regio-controles", "/readiness");
        http.wachtOpJson("jeugdhulp/imports", "jeugdhulp/aanbieders");
        http.wachtTotGereed(Duration.ofSeconds(120));
        try {
            meetEnControleer();
        } finally {
            SamenspelKaraf.bewaarLog(LOGKOPIE);
        }
    }

    private void meetEnControleer() throws Exception {
        List<Long> voor = opgeslagen();
        List<String> fouten = new ArrayList<>();
        List<Meting> metingen = new ArrayList<>();

        // a ZIP bomb: one entry of 500 MB zeros, about 500 KB deflated (built before the measurement starts)
        byte[] bom = bom(500L * 1024 * 1024);
        Meting m = meet("zip-bom 500 MB (" + bom.length / 1024 + " KiB)", "jeugdhulp/imports/toewijzingen?bestand=bom.zip", "application/zip",
                () -> new java.io.ByteArrayInputStream(bom), bom.length);
        metingen.add(m);
        verwacht(m, List.of(422), "zipVerhouding", false, bom.length, fouten);

        // 1 GiB with its length announced: refused before a byte of it is read
        m = meet("upload 1 GiB met Content-Length", "jeugdhulp/imports/toewijzingen?bestand=groot.csv", "text/csv", () -> Generator.csv(GIB), GIB);
        metingen.add(m);
        verwacht(m, List.of(413), "uploadBytes", false, VOOR_ANTWOORD, fouten);

        // 1 GiB chunked: read up to the bound and refused there; the server may close the connection while the client still sends
        m = meet("upload 1 GiB zonder Content-Length", "jeugdhulp/imports/toewijzingen?bestand=groot.csv", "text/csv", () -> Generator.csv(GIB), -1);
        metingen.add(m);
        verwacht(m, List.of(413), "uploadBytes", true, UPLOADGRENS + VOOR_ANTWOORD, fouten);

        // 100 MB of JSON: a region document with a million members
        m = meet("JSON 100 MB met Content-Length", "register/regio-controles", "application/json", Generator::json, Generator.JSON_LENGTE);
        metingen.add(m);
        verwacht(m, List.of(413), "jsonBytes", false, VOOR_ANTWOORD, fouten);

        m = meet("JSON 100 MB zonder Content-Length", "register/regio-controles", "application/json", Generator::json, -1);
        metingen.add(m);
        // whichever bound is met first: the size (413) or the array length (400)
        verwacht(m, List.of(413, 400), "nl.samenspel.invoer/json", true, JSONGRENS + VOOR_ANTWOORD, fouten);

        metingen.forEach(x -> System.out.println(x.regel()));

        // nothing of it stored, and the node works on: a small import and a small JSON request are accepted
        assertEquals(200, http.get("readiness").status());
        List<Long> na = opgeslagen();
        if (!voor.equals(na)) {
            fouten.add("opgeslagen (toewijzingen, importlogregels geaccepteerd) " + voor + " -> " + na);
        }
        Http.Antwoord klein = http.post("jeugdhulp/imports/aanbieders?bestand=aanbieders.csv", "text/csv",
                "agb;naam\n12345678;Proefaanbieder na de grote bestanden\n");
        if (klein.status() != 201) {
            fouten.add("een kleine import daarna: " + klein.status() + " " + klein.body());
        }
        Http.Antwoord json = http.post("register/regio-controles", "application/json",
                "{\"id\":\"proef\",\"naam\":\"Proef\",\"domein\":\"wmo\",\"penvoerder\":\"0193\",\"leden\":[{\"gemeente\":\"0193\",\"van\":\"2020-01-01\"}]}");
        if (json.status() != 200) {
            fouten.add("een kleine JSON-aanvraag daarna: " + json.status() + " " + json.body());
        }
        for (Path log : logbestanden()) {
            List<String> regels = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < regels.size(); i++) {
                if (regels.get(i).contains("OutOfMemoryError") || regels.get(i).contains("StackOverflowError")) {
                    fouten.add(log.getFileName() + ":" + (i + 1) + ": " + regels.get(i));
                }
            }
        }
        assertTrue(String.join("\n", fouten), fouten.isEmpty());
    }

    /**
     * @param sluitenMag true where the server may close the connection after its refusal while the
     *                   client is still sending (no Content-Length to refuse on): then an I/O error
     *                   counts as refused, provided nothing was stored and the node is ready (checked by the caller)
     */
    private static void verwacht(Meting m, List<Integer> statussen, String genoemd, boolean sluitenMag, long hoogstensOntvangen,
                                 List<String> fouten) {
        if (m.ioFout() != null) {
            if (!sluitenMag) {
                fouten.add(m.naam() + ": geen antwoord: " + m.ioFout());
            }
        } else {
            if (!statussen.contains(m.status())) {
                fouten.add(m.naam() + ": status " + m.status() + ", verwacht " + statussen + ": " + kort(m.antwoord()));
            }
            if (!m.antwoord().contains(genoemd)) {
                fouten.add(m.naam() + ": noemt " + genoemd + " niet: " + kort(m.antwoord()));
            }
        }
        if (m.ms() > BINNEN.toMillis()) {
            fouten.add(m.naam() + ": geweigerd na " + m.ms() + " ms, hoogstens " + BINNEN.toMillis());
        }
        if (m.piekBovenRust() >= HEAPGRENS) {
            fouten.add(m.naam() + ": piek heap " + m.piekBovenRust() / MIB + " MiB boven rust, hoogstens " + HEAPGRENS / MIB);
        }
        // refused before the whole body is read (issue 12): the answer comes when little more than the bound has been taken
        if (m.ontvangen() > hoogstensOntvangen) {
            fouten.add(m.naam() + ": het antwoord kwam pas toen de server " + m.ontvangen() / MIB + " MiB van de body had genomen, hoogstens "
                    + hoogstensOntvangen / MIB + " MiB; " + (m.schijf() > 0 ? m.schijf() / MIB + " MiB ervan stond intussen in tijdelijke"
                    + " bestanden" : "") + " [PRODUCTFOUT: CXF leest een body die de resource ongelezen liet helemaal in (cxf.io.cacheinput)]");
        }
        if (m.achtergebleven() > 0) {
            fouten.add(m.naam() + ": " + m.achtergebleven() / MIB + " MiB aan tijdelijke bestanden bleef achter na de weigering");
        }
    }

    /**
     * Sends one request while a background thread samples the used heap every 5 ms, and a listener
     * notes the heap left after each collection (what was still live). The idle figure is the used
     * heap after {@code System.gc()} just before.
     */
    private Meting meet(String naam, String pad, String type, java.util.function.Supplier<InputStream> body, long lengte) throws Exception {
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long rust = geheugen.getHeapMemoryUsage().getUsed();
        AtomicLong piek = new AtomicLong(rust);
        AtomicLong naGc = new AtomicLong(rust);
        NotificationListener luisteraar = (Notification n, Object h) -> {
            if ("com.sun.management.gc.notification".equals(n.getType()) && n.getUserData() instanceof CompositeData cd) {
                naGc.accumulateAndGet(heapNaGc(cd), Math::max);
            }
        };
        List<NotificationEmitter> zenders = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(luisteraar, null, null);
                zenders.add(e);
            }
        }
        ScheduledExecutorService bemonstering = Executors.newScheduledThreadPool(2);
        bemonstering.scheduleAtFixedRate(() -> piek.accumulateAndGet(geheugen.getHeapMemoryUsage().getUsed(), Math::max), 0, 5,
                TimeUnit.MILLISECONDS);
        // what the request leaves in the temporary folder meanwhile (CXF spools a body it caches there)
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> alTijdelijk = tijdelijk(tmp).keySet();
        AtomicLong schijf = new AtomicLong();
        bemonstering.scheduleAtFixedRate(() -> schijf.accumulateAndGet(tijdelijk(tmp).entrySet().stream()
                .filter(e -> !alTijdelijk.contains(e.getKey())).mapToLong(java.util.Map.Entry::getValue).sum(), Math::max), 0, 20,
                TimeUnit.MILLISECONDS);
        Ruwverzoek.Antwoord a;
        try {
            a = Ruwverzoek.post(POORT, "/api/v1/" + pad, type, "alles:" + Gebruikers.wachtwoord("alles"), body.get(), lengte);
        } finally {
            bemonstering.shutdownNow();
            bemonstering.awaitTermination(5, TimeUnit.SECONDS);
            for (NotificationEmitter e : zenders) {
                e.removeNotificationListener(luisteraar);
            }
        }
        piek.accumulateAndGet(geheugen.getHeapMemoryUsage().getUsed(), Math::max);
        AtomicLong achtergebleven = new AtomicLong();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                achtergebleven.set(tijdelijk(tmp).entrySet().stream().filter(e -> !alTijdelijk.contains(e.getKey()))
                        .mapToLong(java.util.Map.Entry::getValue).sum());
                return achtergebleven.get() == 0;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported with the figure
        }
        System.out.println("GEHEUGENGRENS detail: " + naam + ": statusregel " + a.status() + " na " + a.statusMs() + " ms, toen " + a.verstuurd() / MIB
                + " MiB verstuurd; antwoord compleet na " + a.ms() + " ms"
                + (a.honderdContinue() ? ", na 100 Continue" : ", zonder 100 Continue") + (a.ioFout() == null ? "" : ", " + a.ioFout()));
        return new Meting(naam, a.status(), a.body(), a.status() < 0 ? a.ioFout() : null, a.ms(), a.verstuurd(), rust, piek.get(), naGc.get(),
                schijf.get(), achtergebleven.get());
    }

    /** The files in a folder and its subfolders (CXF makes one, cxf-tmp-*), with their sizes; a file gone while listing counts as empty. */
    private static java.util.Map<Path, Long> tijdelijk(Path map) {
        java.util.Map<Path, Long> uit = new java.util.HashMap<>();
        try (var s = Files.walk(map, 3)) {
            s.forEach(p -> {
                try {
                    uit.put(p, Files.isRegularFile(p) ? Files.size(p) : 0L);
                } catch (IOException e) {
                    uit.put(p, 0L);
                }
            });
        } catch (IOException e) {
            // the folder itself: nothing to count
        }
        return uit;
    }

    /** The heap after a collection, from a GC notification's {@code gcInfo.memoryUsageAfterGc}, summed over the heap's pools. */
    private static long heapNaGc(CompositeData notificatie) {
        CompositeData info = (CompositeData) notificatie.get("gcInfo");
        TabularData na = (TabularData) info.get("memoryUsageAfterGc");
        long som = 0;
        for (Object rij : na.values()) {
            CompositeData r = (CompositeData) rij;
            String pool = (String) r.get("key");
            if (ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP)) {
                som += MemoryUsage.from((CompositeData) r.get("value")).getUsed();
            }
        }
        return som;
    }

    /** An archive of one entry of {@code bytes} zeros, deflated as tightly as deflate can. */
    private static byte[] bom(long bytes) throws IOException {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(uit)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("bom.xml"));
            byte[] nullen = new byte[1024 * 1024];
            for (long n = 0; n < bytes; n += nullen.length) {
                zip.write(nullen, 0, (int) Math.min(nullen.length, bytes - n));
            }
            zip.closeEntry();
        }
        return uit.toByteArray();
    }

    /** Allocations and accepted imports: what a stored input would change. */
    private List<Long> opgeslagen() throws SQLException {
        List<Long> uit = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String q : List.of("SELECT COUNT(*) FROM JEUGDHULP.TOEWIJZING", "SELECT COUNT(*) FROM JEUGDHULP.IMPORTLOG WHERE GEACCEPTEERD")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    uit.add(rs.getLong(1));
                }
            }
        }
        return uit;
    }

    private static List<Path> logbestanden() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("karaf.data"), "log"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("karaf.log")).toList();
        }
    }

    private static String kort(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    /**
     * An HTTP/1.1 POST over a plain socket, as curl sends one: the headers with
     * {@code Expect: 100-continue}, the body only after {@code 100 Continue} (or after a second
     * without an answer), streamed by a thread of its own while this one reads the answer, and
     * stopped as soon as the answer is there. The JDK's HttpClient cannot show a refusal before the
     * body is read: it reads the answer only after it has sent the whole body (for 1 GiB with a
     * Content-Length the server's immediate 413 arrived after 3.3 s), and when the server closes
     * after refusing, it reports no answer at all ("header parser received no bytes").
     */
    static final class Ruwverzoek {

        /**
         * @param ms        from the first byte of the request to the last of the answer
         * @param statusMs  to the answer's status line
         * @param verstuurd body bytes the server had taken when the status line arrived
         */
        record Antwoord(int status, String body, long ms, long statusMs, long verstuurd, boolean honderdContinue, String ioFout) {
        }

        private Ruwverzoek() {
        }

        /** @param lengte the Content-Length; negative: chunked */
        static Antwoord post(int poort, String pad, String type, String gebruiker, InputStream body, long lengte) throws Exception {
            try (java.net.Socket s = new java.net.Socket("localhost", poort)) {
                s.setSoTimeout(30_000);
                java.io.OutputStream uit = s.getOutputStream();
                java.io.BufferedInputStream in = new java.io.BufferedInputStream(s.getInputStream());
                String kop = "POST " + pad + " HTTP/1.1\r\nHost: localhost:" + poort + "\r\nContent-Type: " + type + "\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString(gebruiker.getBytes(UTF_8)) + "\r\nExpect: 100-continue\r\n"
                        + (lengte >= 0 ? "Content-Length: " + lengte : "Transfer-Encoding: chunked") + "\r\n\r\n";
                long start = System.nanoTime();
                uit.write(kop.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                uit.flush();
                AtomicLong verstuurd = new AtomicLong();
                Thread schrijver = null;
                boolean honderd = false;
                int status;
                try {
                    // an answer within a second: a 100 Continue, or already the refusal
                    s.setSoTimeout(1_000);
                    try {
                        status = statusregel(in);
                    } catch (java.net.SocketTimeoutException e) {
                        status = 100; // no interim answer: send anyway, as curl does
                    }
                    s.setSoTimeout(30_000);
                    if (status == 100) {
                        honderd = true;
                        koppen(in);
                        schrijver = new Thread(() -> schrijf(uit, body, lengte, verstuurd), "geheugengrens-schrijver");
                        schrijver.setDaemon(true);
                        schrijver.start();
                        status = statusregel(in);
                    }
                    long statusMs = (System.nanoTime() - start) / 1_000_000;
                    long bijStatus = verstuurd.get();
                    java.util.Map<String, String> koppen = koppen(in);
                    String inhoud = lees(in, koppen);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    return new Antwoord(status, inhoud, ms, statusMs, bijStatus, honderd, null);
                } catch (IOException e) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    return new Antwoord(-1, "", ms, ms, verstuurd.get(), honderd, e.getClass().getSimpleName() + ": " + e.getMessage());
                } finally {
                    s.close(); // stops the writer
                    if (schrijver != null) {
                        schrijver.join(10_000);
                    }
                }
            }
        }

        private static void schrijf(java.io.OutputStream uit, InputStream body, long lengte, AtomicLong verstuurd) {
            byte[] buf = new byte[64 * 1024];
            try {
                for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
                    if (lengte < 0) {
                        uit.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    uit.write(buf, 0, n);
                    if (lengte < 0) {
                        uit.write(new byte[] {'\r', '\n'});
                    }
                    verstuurd.addAndGet(n);
                }
                if (lengte < 0) {
                    uit.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                uit.flush();
            } catch (IOException e) {
                // the server closed after its refusal, or the reader closed the socket: what was sent is counted
            }
        }

        private static String regel(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("verbinding gesloten na " + b.length() + " tekens");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        private static int statusregel(InputStream in) throws IOException {
            String r = regel(in);
            String[] delen = r.split(" ", 3);
            if (delen.length < 2 || !delen[0].startsWith("HTTP/")) {
                throw new IOException("geen statusregel: " + r);
            }
            return Integer.parseInt(delen[1]);
        }

        private static java.util.Map<String, String> koppen(InputStream in) throws IOException {
            java.util.Map<String, String> uit = new java.util.HashMap<>();
            for (String r = regel(in); !r.isEmpty(); r = regel(in)) {
                int i = r.indexOf(':');
                if (i > 0) {
                    uit.put(r.substring(0, i).strip().toLowerCase(java.util.Locale.ROOT), r.substring(i + 1).strip());
                }
            }
            return uit;
        }

        private static String lees(InputStream in, java.util.Map<String, String> koppen) throws IOException {
            if ("chunked".equalsIgnoreCase(koppen.get("transfer-encoding"))) {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                for (int n = Integer.parseInt(regel(in).split(";")[0].strip(), 16); n > 0; n = Integer.parseInt(regel(in).split(";")[0].strip(), 16)) {
                    b.write(in.readNBytes(n));
                    regel(in);
                }
                return b.toString(UTF_8);
            }
            String lengte = koppen.get("content-length");
            return lengte == null ? "" : new String(in.readNBytes(Integer.parseInt(lengte)), UTF_8);
        }
    }

    /** A body made while it is read: a head, a pattern repeated, a tail; never more than the pattern in memory. */
    static final class Generator extends InputStream {

        private static final int LEDEN = 1_000_000;
        /** One member of 100 bytes, the comma included. */
        private static final byte[] LID = lid();
        private static final byte[] JSON_KOP = "{\"id\":\"groot\",\"naam\":\"Groot\",\"domein\":\"wmo\",\"penvoerder\":\"0193\",\"leden\":[".getBytes(UTF_8);
        private static final byte[] JSON_STAART = "{\"gemeente\":\"0193\",\"van\":\"2020-01-01\"}]}".getBytes(UTF_8);
        static final long JSON_LENGTE = JSON_KOP.length + (long) LEDEN * LID.length + JSON_STAART.length;

        private final byte[] kop;
        private final byte[] patroon;
        private final byte[] staart;
        private final long midden;
        private long positie;

        private Generator(byte[] kop, byte[] patroon, long midden, byte[] staart) {
            this.kop = kop;
            this.patroon = patroon;
            this.midden = midden;
            this.staart = staart;
        }

        /** A toewijzingen CSV of {@code lengte} bytes: the header and lines of nothing personal. */
        static Generator csv(long lengte) {
            byte[] kop = "gemeente;toewijzingnummer;client;agb;categorie;productcode;ingangsdatum\n".getBytes(UTF_8);
            byte[] regel = ("0150;1;" + "a".repeat(64) + ";12345678;45;45A01;2016-01-01\n").getBytes(UTF_8);
            return new Generator(kop, regel, lengte - kop.length, new byte[0]);
        }

        /** A region document with a million members, about 100 MB. */
        static Generator json() {
            return new Generator(JSON_KOP, LID, (long) LEDEN * LID.length, JSON_STAART);
        }

        private static byte[] lid() {
            String lid = "{\"gemeente\":\"0193\",\"van\":\"2020-01-01\",\"tot\":\"2020-12-31\",\"toelichting\":\"";
            return (lid + "x".repeat(100 - lid.length() - 3) + "\"},").getBytes(UTF_8);
        }

        private long lengte() {
            return kop.length + midden + staart.length;
        }

        @Override
        public int read() {
            byte[] een = new byte[1];
            return read(een, 0, 1) < 0 ? -1 : een[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (positie >= lengte()) {
                return -1;
            }
            int n = 0;
            while (n < len && positie < lengte()) {
                byte[] bron;
                int plek;
                long tot;
                if (positie < kop.length) {
                    bron = kop;
                    plek = (int) positie;
                    tot = kop.length - positie;
                } else if (positie < kop.length + midden) {
                    long inMidden = positie - kop.length;
                    bron = patroon;
                    plek = (int) (inMidden % patroon.length);
                    tot = Math.min(patroon.length - plek, midden - inMidden);
                } else {
                    bron = staart;
                    plek = (int) (positie - kop.length - midden);
                    tot = staart.length - plek;
                }
                int stuk = (int) Math.min(tot, len - n);
                System.arraycopy(bron, plek, b, off + n, stuk);
                n += stuk;
                positie += stuk;
            }
            return n;
        }
    }
}
