package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Issue 13, a database that becomes unwritable and recovers, at a Deventer node. The node's store
 * is pointed (through the documented {@code dataSource.target} of {@code nl.samenspel.store}) at a
 * DataSource this test registers over the real Derby one, which can refuse every write with
 * SQLState 25502, as Derby does once it has turned read-only after a full disk. While it refuses:
 * readiness is 503 naming the store and the cause, the exchange status says {@code opslag}, a file in
 * the inbox stays there unread, a REST import gets 503 and nothing is stored. Once writes are taken
 * again, with no restart: readiness is 200, the file is read and accepted, and the import log says so.
 * (Derby's own reopening after a real read-only state is tested in the store's unit tests.)
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpslagstoringIT {

    static final int POORT = 18199;
    private static final Duration WACHTTIJD = Duration.ofSeconds(60);
    /** True while the DataSource refuses writes. */
    private static final AtomicBoolean ALLEEN_LEZEN = new AtomicBoolean();
    private static final String DEMO = "samenspel.demo.opslag";

    @Inject
    private BundleContext context;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path demo = Demobestanden.maak("opslag", false);
        return new Option[] {
                SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-node,samenspel-jeugdhulp", POORT, 18119, 11119, 44569),
                        SamenspelKaraf.kopieVanConfig("opslag-node")),
                SamenspelKaraf.deventerZonderHub(demo.resolve("pseudoniem.sleutel")),
                editConfigurationFilePut("etc/nl.samenspel.store.cfg", "dataSource.target", "(dataSourceName=proef)"),
                editConfigurationFilePut("etc/nl.samenspel.opslag.cfg", "proefIntervalS", "1"),
                editConfigurationFilePut("etc/nl.samenspel.opslag.cfg", "schijfMinimumMiB", "0"),
                org.ops4j.pax.exam.CoreOptions.systemProperty(DEMO).value(demo.toString())};
    }

    @Test
    public void aDatabaseThatRefusesWritesStopsWorkIsReportedAndWorkResumesByItselfWhenItTakesWritesAgain() throws Exception {
        registreerProefbron();
        http.wachtTotGereed(Duration.ofSeconds(180));
        Path inbox = Path.of(System.getProperty("karaf.data"), "inbox", "jeugdhulp", "aanbieders");
        Path aanbieders = Path.of(System.getProperty(DEMO), "csv", "aanbieders.csv");

        ALLEEN_LEZEN.set(true);
        Awaitility.await("readiness 503 met de oorzaak").atMost(WACHTTIJD).pollInterval(Duration.ofMillis(250)).until(() -> {
            Http.Antwoord a = http.anoniem().get("readiness");
            return a.status() == 503 && a.body().contains("opslag") && a.body().contains("SQLState 25502")
                    && a.body().contains("alleen-lezen");
        });
        JsonNode status = http.get("uitwisseling/status").json();
        assertEquals(status.toString(), "opslag", status.get("toestand").asText());
        assertTrue(status.toString(), status.get("reden").asText().contains("alleen-lezen"));
        String metrieken = http.get("metrics").body();
        assertTrue(metrieken, metrieken.contains("\nsamenspel_database_schrijfbaar 0.0\n"));
        assertTrue(metrieken, metrieken.contains("samenspel_gezondheid_storingen{bron=\"opslag\"} 1.0"));

        // a file in the inbox stays where it is, unread; a REST import is answered 503 and stores nothing
        Files.copy(aanbieders, inbox.resolve("aanbieders.csv"));
        Awaitility.await("het bestand blijft in de inbox").during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(inbox.resolve("aanbieders.csv")));
        Http.Antwoord rest = http.post("jeugdhulp/imports/aanbieders", "text/csv", Files.readAllBytes(aanbieders));
        assertEquals(rest.body(), 503, rest.status());
        assertTrue(rest.body(), rest.body().contains("Opslag neemt geen werk aan"));
        assertEquals(200, http.anoniem().get("liveness").status());

        ALLEEN_LEZEN.set(false);
        http.wachtTotGereed(WACHTTIJD);
        Awaitility.await("het bestand is gelezen").atMost(WACHTTIJD).pollInterval(Duration.ofMillis(250))
                .until(() -> !Files.exists(inbox.resolve("aanbieders.csv")));
        Path klaar = Path.of(System.getProperty("karaf.data"), "uitwisseling", "klaar", "jeugdhulp", "aanbieders");
        try (Stream<Path> gelezen = Files.list(klaar)) {
            assertEquals(1, gelezen.filter(p -> p.getFileName().toString().endsWith("aanbieders.csv")).count());
        }
        JsonNode laatste = http.get("jeugdhulp/imports?aantal=1").json().get(0);
        assertEquals(laatste.toString(), "geaccepteerd", laatste.get("status").asText());
        String metriekenNa = http.get("metrics").body();
        assertTrue(metriekenNa, metriekenNa.contains("\nsamenspel_database_schrijfbaar 1.0\n"));
        assertTrue(metriekenNa, metriekenNa.contains("samenspel_invoer_imports_total{module=\"jeugdhulp\",uitkomst=\"geaccepteerd\"} 1.0"));
        JsonNode na = http.get("uitwisseling/status").json();
        assertTrue(na.toString(), !"opslag".equals(na.get("toestand").asText()));
    }

    /** The real Derby DataSource of pax-jdbc, wrapped, as {@code dataSourceName=proef}: the store waits for it (configuration above). */
    private void registreerProefbron() throws Exception {
        ServiceReference<DataSource> ref = Awaitility.await().atMost(WACHTTIJD).until(() -> context.getServiceReferences(DataSource.class,
                "(dataSourceName=samenspel)").stream().findFirst().orElse(null), r -> r != null);
        DataSource echt = context.getService(ref);
        Hashtable<String, Object> eigenschappen = new Hashtable<>();
        eigenschappen.put("dataSourceName", "proef");
        context.registerService(DataSource.class, omhul(echt), eigenschappen);
    }

    private static DataSource omhul(DataSource echt) {
        return (DataSource) Proxy.newProxyInstance(OpslagstoringIT.class.getClassLoader(), new Class<?>[]{DataSource.class}, (p, m, a) -> {
            Object uit = roep(echt, m, a);
            return uit instanceof Connection c ? verbinding(c) : uit;
        });
    }

    /** Reads pass; writes (a prepared INSERT, UPDATE or DELETE, a commit) are refused as by a read-only Derby while set. */
    private static Connection verbinding(Connection echt) {
        return (Connection) Proxy.newProxyInstance(OpslagstoringIT.class.getClassLoader(), new Class<?>[]{Connection.class}, (p, m, a) -> {
            if (ALLEEN_LEZEN.get() && schrijft(m, a)) {
                throw new SQLException("An SQL data change is not permitted for a read-only database.", "25502");
            }
            return roep(echt, m, a);
        });
    }

    private static boolean schrijft(Method m, Object[] a) {
        if (m.getName().equals("commit")) {
            return true;
        }
        return m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql
                && sql.stripLeading().toUpperCase(java.util.Locale.ROOT).matches("(INSERT|UPDATE|DELETE|MERGE).*");
    }

    private static Object roep(Object doel, Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(doel, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
