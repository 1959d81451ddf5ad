package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.Problem;
import org.junit.jupiter.api.Test;

/** A request body through the real provider and the real mappers: what a client gets back. */
class JsonProviderTest {

    private final Invoerlimieten limieten = Invoerlimieten.standaard();
    private final JsonProvider provider = new JsonProvider(limieten);
    private final JsonFoutMapper mapper = new JsonFoutMapper(limieten);

    public record Lid(String gemeente, Bedrag budget) {
    }

    public record Verzoek(String regio, int jaar, List<Lid> leden) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object lees(Class<?> type, InputStream body, String lengte) throws IOException {
        MultivaluedMap<String, String> koppen = new MultivaluedHashMap<>();
        if (lengte != null) {
            koppen.putSingle("Content-Length", lengte);
        }
        return provider.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, koppen, body);
    }

    private Response antwoord(Class<?> type, InputStream body, String lengte) {
        Throwable fout = catchThrowable(() -> lees(type, body, lengte));
        assertThat(fout).isInstanceOf(JsonProcessingException.class);
        return mapper.toResponse((JsonProcessingException) fout);
    }

    private static Problem probleem(Response r) {
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        return (Problem) r.getEntity();
    }

    @Test
    void aValidBodyIsRead() throws Exception {
        Verzoek v = (Verzoek) lees(Verzoek.class, stroom("{\"regio\":\"r\",\"jaar\":2016,\"leden\":[{\"gemeente\":\"0148\",\"budget\":100}]}"), null);
        assertThat(v.leden()).containsExactly(new Lid("0148", Bedrag.eurocent(100)));
    }

    @Test
    void anAnnouncedLengthOverTheBoundIsRefusedBeforeReadingAByte() {
        Herhaling body = new Herhaling("{}", "", 0, "");
        Response r = antwoord(JsonNode.class, body, Long.toString(77L * 1024 * 1024));
        assertThat(r.getStatus()).isEqualTo(413);
        Problem p = probleem(r);
        assertThat(p.title()).isEqualTo("Te groot");
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("nl.samenspel.invoer/jsonBytes");
        assertThat(body.gelezen()).isZero();
    }

    /**
     * The 77 MB request with a million members of the issue, generated as it is read and without a
     * Content-Length: refused within a second, before 1 MiB is read. Members of some 80 bytes reach
     * the array bound (10,000) before the byte bound, so this one is a 400 naming jsonLijst.
     */
    @Test
    void theMillionMembersAreRefusedWhileStreaming() {
        geweigerdTijdensHetLezen("{\"gemeente\":\"0148\",\"budget\":123456,\"kosten\":234567,\"sleutels\":{\"inwoners\":1}},", 400,
                "nl.samenspel.invoer/jsonLijst");
    }

    /** Larger members reach the byte bound first: 413, having read one byte past it at most. */
    @Test
    void aHugeBodyWithoutLengthIsRefusedAtTheByteBoundWhileStreaming() {
        geweigerdTijdensHetLezen("{\"gemeente\":\"0148\",\"toelichting\":\"" + "x".repeat(200) + "\"},", 413,
                "nl.samenspel.invoer/jsonBytes");
    }

    /**
     * A body of a million times {@code lid} in {@code leden}, generated as it is read and without a
     * Content-Length: refused within a second with {@code status} naming {@code grens}, having read
     * one byte past the byte bound at most.
     */
    private void geweigerdTijdensHetLezen(String lid, int status, String grens) {
        Herhaling body = new Herhaling("{\"regio\":\"r\",\"jaar\":2016,\"leden\":[", lid, 1_000_000, "{}]}");
        long start = System.nanoTime();
        Response r = antwoord(JsonNode.class, body, null);
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(probleem(r).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly(grens);
        assertThat(body.gelezen()).isLessThanOrEqualTo(limieten.jsonBytes() + 1);
    }

    @Test
    void aHugeBodyIntoARecordIsRefusedTheSameWay() {
        Response r = antwoord(Verzoek.class, new Herhaling("{\"regio\":\"r\",\"jaar\":2016,\"leden\":[",
                "{\"gemeente\":\"" + "0".repeat(200) + "\"},", 1_000_000, "{}]}"), null);
        assertThat(r.getStatus()).isEqualTo(413);
    }

    @Test
    void tooManyElementsIsA400NamingTheBound() {
        Response r = antwoord(JsonNode.class, new Herhaling("[", "1,", 10_000, "1]"), null);
        assertThat(r.getStatus()).isEqualTo(400);
        Problem p = probleem(r);
        assertThat(p.title()).isEqualTo("Over een grens");
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("nl.samenspel.invoer/jsonLijst");
        assertThat(p.detail()).contains("10000 elementen");
    }

    @Test
    void tooDeepAndTooLongAre400sNamingTheBound() {
        Response diep = antwoord(JsonNode.class, stroom("[".repeat(33) + "]".repeat(33)), null);
        assertThat(diep.getStatus()).isEqualTo(400);
        assertThat(probleem(diep).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("nl.samenspel.invoer/jsonDiepte");
        Response lang = antwoord(Verzoek.class, stroom("{\"regio\":\"" + "x".repeat(10_001) + "\"}"), null);
        assertThat(lang.getStatus()).isEqualTo(400);
        assertThat(probleem(lang).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("nl.samenspel.invoer/jsonTekst");
        Response getal = antwoord(JsonNode.class, stroom("[" + "9".repeat(100) + "]"), null);
        assertThat(probleem(getal).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("nl.samenspel.invoer/decimaalPrecisie");
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        Response r = antwoord(Verzoek.class, stroom("{\"regio\":\"r\",\"jaar\":2016,\"leden\":[{\"gemeente\":\"0148\",\"bsn\":\"123456782\"}]}"), null);
        assertThat(r.getStatus()).isEqualTo(400);
        Problem p = probleem(r);
        assertThat(p.title()).isEqualTo("Ongeldige JSON");
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("leden[0].bsn");
        assertThat(p.invalidParams().get(0).reason()).startsWith("onbekend veld; bekend: budget, gemeente");
        assertThat(p.toString()).doesNotContain("123456782");
    }

    @Test
    void aWrongTypeNamesFieldAndTypeButNotTheValue() {
        Response r = antwoord(Verzoek.class, stroom("{\"regio\":\"r\",\"jaar\":\"abc123456782\"}"), null);
        Problem p = probleem(r);
        assertThat(p.invalidParams()).containsExactly(new Problem.InvalidParam("jaar", "de waarde past niet in een getal (regel 1, kolom 21)"));
        assertThat(p.toString()).doesNotContain("123456782");
        Response bedrag = antwoord(Verzoek.class, stroom("{\"leden\":[{\"budget\":\"123456782\"}]}"), null);
        assertThat(probleem(bedrag).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("leden[0].budget");
        assertThat(probleem(bedrag).toString()).doesNotContain("123456782");
    }

    @Test
    void malformedJsonSaysWhereButNotWhat() {
        Response r = antwoord(JsonNode.class, stroom("{\"a\": 1,\n \"b\": 123456782x}"), null);
        Problem p = probleem(r);
        assertThat(p.detail()).contains("regel 2").doesNotContain("123456782");
        assertThat(p.invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("body");
    }

    @Test
    void aLimitThrownElsewhereIs413or400ByItsKind() {
        Response groot = new LimietMapper().toResponse(new Limietoverschrijding("uploadBytes", 10, "het bestand is groter dan 10 bytes"));
        assertThat(groot.getStatus()).isEqualTo(413);
        Response vorm = new LimietMapper().toResponse(new Limietoverschrijding("csvVelden", 100, "een regel heeft meer dan 100 velden"));
        assertThat(vorm.getStatus()).isEqualTo(400);
        assertThat(probleem(vorm).invalidParams()).containsExactly(new Problem.InvalidParam("nl.samenspel.invoer/csvVelden",
                "een regel heeft meer dan 100 velden (grens nl.samenspel.invoer/csvVelden = 100)"));
    }

    static InputStream stroom(String tekst) {
        return new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code begin + deel * aantal + eind}, produced as it is read: a huge body without the memory.
     * It knows how far it was read ({@link #gelezen}), so a test sees what the provider took.
     */
    static final class Herhaling extends InputStream {
        private final byte[] begin;
        private final byte[] deel;
        private final byte[] eind;
        private final long totaal;
        private long plek;

        Herhaling(String begin, String deel, long aantal, String eind) {
            this.begin = begin.getBytes(StandardCharsets.UTF_8);
            this.deel = deel.getBytes(StandardCharsets.UTF_8);
            this.eind = eind.getBytes(StandardCharsets.UTF_8);
            this.totaal = this.begin.length + this.deel.length * aantal + this.eind.length;
        }

        @Override
        public int read() {
            if (plek >= totaal) {
                return -1;
            }
            long p = plek++;
            if (p < begin.length) {
                return begin[(int) p];
            }
            long inDelen = p - begin.length;
            long delen = totaal - begin.length - eind.length;
            return inDelen < delen ? deel[(int) (inDelen % deel.length)] : eind[(int) (inDelen - delen)];
        }

        /** The bytes taken so far, by any read or skip (both come through {@link #read()}). */
        long gelezen() {
            return plek;
        }
    }
}
