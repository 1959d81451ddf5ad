package nl.samenspel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import org.junit.jupiter.api.Test;

/** Every bound of JSON input, one at a time, with small bounds so the inputs stay small. */
class JsonInvoerTest {

    /** jsonBytes 2048, depth 5, arrays 10, strings 20, decimals 20 + 10 (numbers of 40 characters). */
    static final Invoerlimieten KLEIN = new Invoerlimieten.Waarden(64L * 1024, 2048, 5, 10, 20, 10, 1024, 10, 100, 10, 5, 20, 10);

    private final ObjectMapper json = new ObjectMapper(JsonInvoer.fabriek(KLEIN)).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private String grens(String tekst) {
        Throwable fout = catchThrowable(() -> json.readTree(tekst));
        assertThat(fout).as(tekst).isInstanceOf(JsonProcessingException.class);
        return JsonInvoer.overschrijding(fout, KLEIN).map(Limietoverschrijding::limiet).orElse("geen grens: " + fout);
    }

    @Test
    void withinEveryBoundIsRead() throws Exception {
        JsonNode node = json.readTree("{\"a\":[1,2,3,4,5,6,7,8,9,10],\"b\":{\"c\":{\"d\":[\"twintig tekens lang!\"]}},\"g\":0.1234567890}");
        assertThat(node.get("a").size()).isEqualTo(10);
        assertThat(node.get("g").decimalValue()).isEqualByComparingTo("0.123456789");
    }

    @Test
    void depthOverTheBoundIsRefusedByName() {
        assertThat(grens("[[[[[[1]]]]]]")).isEqualTo("jsonDiepte");
        assertThat(grens("{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":1}}}}}}")).isEqualTo("jsonDiepte");
    }

    @Test
    void arrayOverTheBoundIsRefusedAtTheElementOverIt() {
        assertThat(grens("[1,2,3,4,5,6,7,8,9,10,11]")).isEqualTo("jsonLijst");
        assertThat(grens("{\"leden\":[{},{},{},{},{},{},{},{},{},{},{}]}")).isEqualTo("jsonLijst");
        assertThat(grens("[[],[],[],[],[],[],[],[],[],[],[]]")).isEqualTo("jsonLijst");
        // each array counts its own elements
        assertThat(catchThrowable(() -> json.readTree("[[1,2,3,4,5,6,7,8,9,10],[1,2,3,4,5,6,7,8,9,10]]"))).isNull();
    }

    @Test
    void arrayBoundHoldsForDataBindingToo() {
        Throwable fout = catchThrowable(() -> json.readValue("{\"x\":[1,2,3,4,5,6,7,8,9,10,11]}", Map.class));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonLijst");
        fout = catchThrowable(() -> json.readValue("[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]", String[].class));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonLijst");
        fout = catchThrowable(() -> json.readValue("[1,2,3,4,5,6,7,8,9,10,11]", int[].class));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonLijst");
    }

    @Test
    void longStringAndLongNumberAreRefusedByName() {
        assertThat(grens("{\"a\":\"" + "x".repeat(21) + "\"}")).isEqualTo("jsonTekst");
        assertThat(grens("[" + "1".repeat(41) + "]")).isEqualTo("decimaalPrecisie");
        assertThat(grens("[0." + "1".repeat(41) + "]")).isEqualTo("decimaalPrecisie");
        // short, but no BigDecimal can hold it: Jackson's NumberFormatException (quoting the number) becomes the same refusal
        assertThat(grens("[0E-99999999999]")).isEqualTo("decimaalPrecisie");
    }

    @Test
    void theBoundedStreamStopsOneBytePastTheBound() throws Exception {
        InputStream in = JsonInvoer.begrens(new ByteArrayInputStream(new byte[5000]), KLEIN);
        assertThat(in.readNBytes(2048)).hasSize(2048);
        Throwable fout = catchThrowable(in::read);
        assertThat(fout).isInstanceOfSatisfying(Limietoverschrijding.class, l -> {
            assertThat(l.limiet()).isEqualTo("jsonBytes");
            assertThat(l.getMessage()).contains("nl.samenspel.invoer/jsonBytes = 2048");
        });
        InputStream precies = JsonInvoer.begrens(new ByteArrayInputStream(new byte[2048]), KLEIN);
        assertThat(precies.readAllBytes()).hasSize(2048);
    }

    @Test
    void aBodyOverTheBoundStopsTheParser() {
        byte[] groot = ("{\"a\":\"" + "x".repeat(19) + "\",\"b\":[" + "1,".repeat(3000) + "1]}").getBytes(StandardCharsets.UTF_8);
        Throwable fout = catchThrowable(() -> json.readTree(JsonInvoer.begrens(new ByteArrayInputStream(groot), KLEIN)));
        // the array bound or the byte bound, whichever comes first: here the array, at element 11
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).isPresent();
        byte[] veleVelden = ("{" + "\"a\":1,".repeat(1000) + "\"b\":1}").getBytes(StandardCharsets.UTF_8);
        fout = catchThrowable(() -> new ObjectMapper(JsonInvoer.fabriek(KLEIN)).readTree(JsonInvoer.begrens(new ByteArrayInputStream(veleVelden), KLEIN)));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonBytes");
    }

    @Test
    void aCopyOfTheMapperKeepsTheBounds() {
        ObjectMapper kopie = json.copy();
        Throwable fout = catchThrowable(() -> kopie.readTree("[1,2,3,4,5,6,7,8,9,10,11]"));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonLijst");
        fout = catchThrowable(() -> kopie.readTree("[[[[[[1]]]]]]"));
        assertThat(JsonInvoer.overschrijding(fout, KLEIN)).map(Limietoverschrijding::limiet).contains("jsonDiepte");
    }

    @Test
    void namesThatCouldBeValuesAreLeftOut() {
        List<String> namen = List.of("gemeente", "gebruik-vorig-jaar", "0148");
        assertThat(namen.stream().map(JsonInvoer::veldnaam)).containsExactlyElementsOf(namen);
        assertThat(Stream.of("123456782", "bsn 123456782", "x".repeat(65), "Jan Jansen").map(JsonInvoer::veldnaam))
                .containsExactly("(naam weggelaten)", "(naam weggelaten)", "(naam weggelaten)", "(naam weggelaten)");
    }

    /** The value a client sent is never in the description, whatever Jackson's own message says. */
    @Test
    void descriptionsNeverQuoteTheInput() {
        record Lid(int budget, List<String> namen) {
        }
        for (String tekst : List.of("{\"budget\": \"x123456782\"}", "{\"budget\": 123456782.5}", "{\"namen\": \"123456782\"}",
                "{\"budget\": 1, \"budget\": 123456782}", "{\"123456782\": 1}", "[123456782]", "{\"budget\": 123456782x}",
                "{\"budget\": tru123456782}", "{\"budget\": \"123456782")) {
            ObjectMapper strikt = new ObjectMapper(JsonInvoer.fabriek(Invoerlimieten.standaard()))
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            Throwable fout = catchThrowable(() -> strikt.readValue(tekst, Lid.class));
            assertThat(fout).as(tekst).isInstanceOf(JsonProcessingException.class);
            JsonProcessingException e = (JsonProcessingException) fout;
            assertThat(JsonInvoer.beschrijving(e) + " " + JsonInvoer.veldpad(e)).as(tekst).doesNotContain("123456782").doesNotContain("12345678");
        }
    }
}
