package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import javax.ws.rs.core.Response;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;
import org.junit.jupiter.api.Test;

/** The mappers outside a container: what a client gets for each kind of failure. */
class ProblemMappersTest {

    private final ObjectMapper json = Json.mapper();

    @Test
    void problemExceptionKeepsStatusAndParameters() {
        Response r = new ProblemExceptionMapper().toResponse(ProblemException.nietGevonden("code", "geen gemeente met code 0999"));
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem p = (Problem) r.getEntity();
        assertThat(p.invalidParams()).containsExactly(new Problem.InvalidParam("code", "geen gemeente met code 0999"));
    }

    @Test
    void malformedJsonSaysWhere() {
        Exception fout = org.assertj.core.api.Assertions.catchException(() -> json.readTree("{\"a\": 1,\n \"b\": }"));
        Response r = new JsonFoutMapper(Invoerlimieten.standaard()).toResponse((com.fasterxml.jackson.core.JsonProcessingException) fout);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((Problem) r.getEntity()).detail()).contains("regel 2");
    }

    @Test
    void wrongShapeNamesTheField() {
        record Regel(Bedrag bedrag) {
        }
        Exception fout = org.assertj.core.api.Assertions.catchException(() -> json.readValue("{\"bedrag\": 12.5}", Regel.class));
        Response r = new JsonFoutMapper(Invoerlimieten.standaard()).toResponse((com.fasterxml.jackson.core.JsonProcessingException) fout);
        assertThat(((Problem) r.getEntity()).invalidParams()).extracting(Problem.InvalidParam::name).containsExactly("bedrag");
    }

    @Test
    void unexpectedErrorsLeakNothingButAReference() {
        // an Error is not mapped: it goes to the container, so an OutOfMemoryError is not passed off as one failed request
        assertThat(((java.lang.reflect.ParameterizedType) OnverwachteFoutMapper.class.getGenericInterfaces()[0]).getActualTypeArguments())
                .containsExactly(Exception.class);
        Response r = new OnverwachteFoutMapper().toResponse(new IllegalStateException("SELECT * FROM geheim"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(((Problem) r.getEntity()).detail()).doesNotContain("geheim").contains("kenmerk");
    }

    @Test
    void amountsAreIntegerEurocents() throws Exception {
        assertThat(json.writeValueAsString(Map.of("budget", Bedrag.eurocent(123456)))).isEqualTo("{\"budget\":123456}");
        assertThat(json.readValue("123456", Bedrag.class)).isEqualTo(Bedrag.eurocent(123456));
    }

    @Test
    void problemOmitsEmptyFields() throws Exception {
        String tekst = json.writeValueAsString(new Problem("about:blank", "Niet gevonden", 404, "x", null, null));
        assertThat(tekst).doesNotContain("instance").doesNotContain("invalidParams");
    }
}
