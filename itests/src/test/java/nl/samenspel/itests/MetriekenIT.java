package nl.samenspel.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.inject.Inject;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code GET /api/v1/metrics} of a hub: only a beheerder reads it, in the Prometheus text format, with
 * the JVM's meters, the data directory's disk space, and the figures of a Meetbron and a Gezondheid the
 * test registers in the container; a Meetbron that throws is counted, not fatal, and a source that goes
 * away takes its meters with it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetriekenIT {

    static final int POORT = 18197;
    /** The text format 0.0.4 in UTF-8; CXF writes the parameters in an order of its own, which media types allow. */
    private static final Set<String> TEKSTFORMAAT = Set.of("text/plain", "version=0.0.4", "charset=utf-8");
    /** What Prometheus 2.x sends: OpenMetrics first, the text format as a fallback. */
    private static final String PROMETHEUS_ACCEPT =
            "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    @Inject
    private BundleContext context;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18198, 11117, 44567),
                SamenspelKaraf.kopieVanConfig("metrieken"))};
    }

    private void wachtTotGereed() {
        http.wachtTotGereed(Duration.ofSeconds(120));
        http.wachtOpPaden("/metrics");
    }

    /** A scrape as Prometheus does it, as the given user. */
    private static Http.Antwoord scrape(Http als) {
        return als.stuur(HttpRequest.newBuilder(URI.create(als.basis() + "metrics")).header("Accept", PROMETHEUS_ACCEPT).GET());
    }

    @Test
    public void onlyABeheerderReadsTheMetrics() {
        wachtTotGereed();
        Http.Antwoord anoniem = scrape(http.anoniem());
        assertEquals(anoniem.body(), 401, anoniem.status());
        assertTrue(anoniem.contentType(), anoniem.contentType().startsWith("application/problem+json"));
        assertTrue(anoniem.koppen().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        Http.Antwoord lezer = scrape(http.als("lezer"));
        assertEquals(lezer.body(), 403, lezer.status());
        assertTrue(lezer.contentType(), lezer.contentType().startsWith("application/problem+json"));
        assertTrue(lezer.body(), lezer.body().contains("beheerder"));

        Http.Antwoord beheerder = wachtOpScrape(tekst -> tekst.contains("jvm_memory_used_bytes"));
        assertTekstformaat(beheerder.contentType());
    }

    @Test
    public void theJvmTheDataDirectoryAndTheSourcesFiguresAreExposed() {
        wachtTotGereed();
        Meetbron proef = () -> List.of(
                Meting.meter("samenspel.test.wachtrij", "Batches die wachten (test)", "", Map.of("module", "jeugdhulp"), 3),
                Meting.teller("samenspel.test.verzonden", "Verzonden batches (test)", "", Map.of(), 7));
        Meetbron kapot = () -> {
            throw new IllegalStateException("de test laat deze meetbron falen");
        };
        Gezondheid storing = new Gezondheid() {
            @Override
            public String naam() {
                return "metriekentest";
            }

            @Override
            public List<String> storingen() {
                return List.of("de test meldt een storing");
            }
        };
        ServiceRegistration<Meetbron> proefRegistratie = context.registerService(Meetbron.class, proef, null);
        ServiceRegistration<Meetbron> kapotRegistratie = context.registerService(Meetbron.class, kapot, null);
        ServiceRegistration<Gezondheid> storingRegistratie = context.registerService(Gezondheid.class, storing, null);
        String kapotLabel = "bron=\"service-" + kapotRegistratie.getReference().getProperty(Constants.SERVICE_ID) + "\"";
        try {
            Http.Antwoord a = wachtOpScrape(tekst -> tekst.contains("samenspel_test_wachtrij{"));
            String tekst = a.body();
            assertTekstformaat(a.contentType());
            assertTrue(tekst, tekst.contains("# TYPE samenspel_test_wachtrij gauge\n"));
            assertTrue(tekst, tekst.contains("samenspel_test_wachtrij{module=\"jeugdhulp\"} 3.0\n"));
            assertTrue(tekst, tekst.contains("# TYPE samenspel_test_verzonden_total counter\n"));
            assertTrue(tekst, tekst.contains("samenspel_test_verzonden_total 7.0\n"));
            assertTrue(tekst, tekst.contains("samenspel_gezondheid_storingen{bron=\"metriekentest\"} 1.0\n"));
            // the throwing source is counted, and the rest of the scrape is there
            assertTrue(tekst, Pattern.compile("samenspel_metrieken_bronfouten_total\\{" + Pattern.quote(kapotLabel) + "} [1-9][0-9]*\\.0\n")
                    .matcher(tekst).find());
            assertTrue(tekst, tekst.contains("jvm_memory_used_bytes{area=\"heap\""));
            assertTrue(tekst, tekst.contains("jvm_gc_pause_seconds_count") || tekst.contains("jvm_gc_memory_allocated_bytes_total"));
            assertTrue(tekst, tekst.contains("jvm_threads_live_threads "));
            String data = Path.of(System.getProperty("karaf.data")).toAbsolutePath().normalize().toString();
            assertTrue(tekst, Pattern.compile("disk_free_bytes\\{path=\"" + Pattern.quote(data) + "\"} [0-9.E]+\n").matcher(tekst).find());
            assertTrue(tekst, tekst.contains("disk_total_bytes{path=\"" + data + "\"} "));
        } finally {
            proefRegistratie.unregister();
            kapotRegistratie.unregister();
            storingRegistratie.unregister();
        }
        // sources that went away take their meters with them
        String daarna = wachtOpScrape(tekst -> !tekst.contains("samenspel_test_")).body();
        assertFalse(daarna, daarna.contains(kapotLabel));
        assertFalse(daarna, daarna.contains("bron=\"metriekentest\""));
    }

    @Test
    public void openApiListsTheOperationWithItsRight() {
        wachtTotGereed();
        JsonNode get = http.anoniem().get("openapi.json").json().path("paths").path("/metrics").path("get");
        assertEquals(get.toString(), "METRIEKEN", get.path("x-samenspel-bevoegdheid").asText());
        assertTrue(get.toString(), get.path("responses").path("200").path("content").has("text/plain"));
    }

    @Test
    public void anUnknownQueryParameterIsRefused() {
        wachtTotGereed();
        wachtOpScrape(tekst -> true);
        Http.Antwoord a = http.als("beheerder").get("metrics?naam=jvm");
        assertEquals(a.body(), 400, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
        assertTrue(a.body(), a.body().contains("naam"));
    }

    private static void assertTekstformaat(String contentType) {
        Set<String> delen = Arrays.stream(contentType.split(";")).map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        assertEquals(contentType, TEKSTFORMAAT, delen);
    }

    /** Scrapes as a beheerder until the answer is 200 and passes the check: each resource that appears redeploys the application. */
    private Http.Antwoord wachtOpScrape(Predicate<String> klaar) {
        AtomicReference<Http.Antwoord> laatste = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Http.Antwoord a = scrape(http.als("beheerder"));
            laatste.set(a);
            return a.status() == 200 && klaar.test(a.body());
        });
        return laatste.get();
    }
}
