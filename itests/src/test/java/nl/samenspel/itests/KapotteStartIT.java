package nl.samenspel.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.inject.Inject;
import nl.samenspel.api.register.RegisterService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A hub that starts with a broken configuration still starts, says why it has no register, and recovers when fixed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KapotteStartIT {

    static final int POORT = 18183;

    @Inject
    private RegisterService registerService;

    private final Http http = new Http(POORT);

    @Configuration
    public Option[] config() {
        Path config = SamenspelKaraf.kopieVanConfig("kapot");
        try {
            Path gemeenten = config.resolve("gemeenten.csv");
            Files.writeString(gemeenten, Files.readString(gemeenten).replace("0193,Zwolle", "0193,Zwolle,extra"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Option[] {SamenspelKaraf.distributie(new SamenspelKaraf.Profiel("samenspel-hub", POORT, 18103, 11101, 44546), config)};
    }

    @Test
    public void startsReportsAndRecovers() throws IOException {
        assertTrue(registerService.actueel().isEmpty());
        http.wachtOpPaden("/register", "/regios/{id}/leden");

        JsonNode status = http.get("register").json();
        assertFalse(status.get("actueel").asBoolean());
        String fouten = status.get("laatsteWeigering").get("fouten").toString();
        assertTrue(fouten, fouten.contains("gemeenten.csv [regel 11]: 4 velden, de kopregel heeft er 3"));

        Http.Antwoord leden = http.get("regios/jeugdhulp-ijsselland/leden");
        assertEquals(503, leden.status());
        assertTrue(leden.contentType().startsWith("application/problem+json"));
        // readiness says so: a hub without a valid register is no hub to send work to
        Http.Antwoord gereed = http.anoniem().get("readiness");
        assertEquals(gereed.body(), 503, gereed.status());
        assertTrue(gereed.body(), gereed.body().contains("register: geen geldig register geladen"));

        Path gemeenten = Path.of(registerService.status().bron(), "gemeenten.csv");
        Files.writeString(gemeenten, Files.readString(gemeenten).replace("0193,Zwolle,extra", "0193,Zwolle"));
        await().atMost(Duration.ofSeconds(30)).until(() -> registerService.status().isActueel());
        assertEquals(11, http.get("regios/jeugdhulp-ijsselland/leden?peildatum=2016-06-01").json().get("aantal").asInt());
        http.wachtTotGereed(Duration.ofSeconds(60));
    }
}
