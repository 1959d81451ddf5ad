package nl.samenspel.verevening.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decimals within precision and scale, the plausible range per parameter, and model files within the bounds on input. */
class ModelgrenzenTest {

    private static final Set<String> SLEUTELS = Set.of("inwoners", "jeugdigen", "budget");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Invoerlimieten LIMIETEN = Invoerlimieten.standaard();

    private static List<Veldfout> fouten(String json) throws Exception {
        return ModelJson.lees(JSON.readTree(json), SLEUTELS, Modelregels.invoer(LIMIETEN), new ArrayList<>());
    }

    private static String band(String waarde) {
        return "{\"familie\":\"band\",\"band\":" + waarde + ",\"gewichten\":{\"inwoners\":1}}";
    }

    @Test
    void exponentsAreCountedAsTheDigitsTheyStandFor() throws Exception {
        for (String waarde : List.of("\"1e999999999\"", "\"1e99\"", "1e99", "1E+21", "\"123456789012345678901\"")) {
            List<Veldfout> f = fouten(band(waarde));
            assertThat(f).as(waarde).extracting(Veldfout::veld).containsExactly("band");
            assertThat(f.get(0).melding()).as(waarde).isEqualTo("meer dan 20 cijfers (grens nl.samenspel.invoer/decimaalPrecisie = 20)");
        }
        for (String waarde : List.of("\"1e-999999999\"", "0.00000000001", "\"0.12345678901\"")) {
            List<Veldfout> f = fouten(band(waarde));
            assertThat(f).as(waarde).extracting(Veldfout::veld).containsExactly("band");
            assertThat(f.get(0).melding()).as(waarde).isEqualTo("meer dan 10 cijfers achter de komma (grens nl.samenspel.invoer/decimaalSchaal = 10)");
        }
        assertThat(fouten(band("\"0.0500000000000000\""))).as("trailing zeros do not count").isEmpty();
        assertThat(fouten(band("0.0000000001"))).isEmpty();
        List<ModelJson.Benoemd> nul = new ArrayList<>();
        ModelJson.lees(JSON.readTree(band("\"0E-2147483647\"")), SLEUTELS, Modelregels.invoer(LIMIETEN), nul);
        assertThat(nul.get(0).naam()).as("zero is written as 0, not two billion digits").isEqualTo("band 0 op inwoners 1");
    }

    @Test
    void aDecimalThatIsNoNumberIsNotRepeated() throws Exception {
        for (String waarde : List.of("\"123456782x\"", "\"NaN\"", "\"Infinity\"", "true", "[1]", "{\"a\":1}", "\"" + "9".repeat(200) + "\"")) {
            List<Veldfout> f = fouten(band(waarde));
            assertThat(f).as(waarde).extracting(Veldfout::veld).containsExactly("band");
            assertThat(f.get(0).melding()).doesNotContain("123456782").doesNotContain("999999");
        }
        List<Veldfout> f = fouten("{\"familie\":\"123456782\",\"gewichten\":{\"inwoners\":1}}");
        assertThat(f.toString()).doesNotContain("123456782");
    }

    @Test
    void aBandOrCapAbove1NeedsTheFlag() throws Exception {
        List<Veldfout> band = fouten(band("1.5"));
        assertThat(band).extracting(Veldfout::veld).containsExactly("band");
        assertThat(band.get(0).melding()).contains("\"bovenEenToegestaan\": true");
        List<Veldfout> plafond = fouten("{\"familie\":\"band\",\"band\":0.05,\"plafond\":2,\"gewichten\":{\"inwoners\":1}}");
        assertThat(plafond).extracting(Veldfout::veld).containsExactly("plafond");
        assertThat(fouten(band("1"))).as("1 is the whole budget: allowed").isEmpty();

        List<ModelJson.Benoemd> uit = new ArrayList<>();
        assertThat(ModelJson.lees(JSON.readTree("{\"familie\":\"band\",\"band\":1.5,\"plafond\":2,\"bovenEenToegestaan\":true,"
                + "\"gewichten\":{\"inwoners\":1}}"), SLEUTELS, Modelregels.invoer(LIMIETEN), uit)).isEmpty();
        assertThat(uit.get(0).bovenEenToegestaan()).isTrue();
        assertThat(ModelJson.schrijf(uit.get(0)).get("bovenEenToegestaan").booleanValue()).as("stored with the run").isTrue();

        assertThat(fouten("{\"familie\":\"band\",\"band\":1.5,\"bovenEenToegestaan\":\"ja\",\"gewichten\":{\"inwoners\":1}}"))
                .extracting(Veldfout::veld).containsExactly("bovenEenToegestaan", "band");
    }

    @Test
    void aWeightAbove1IsAlwaysRefused() throws Exception {
        List<Veldfout> f = fouten("{\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"bovenEenToegestaan\":true,"
                + "\"gewichten\":{\"inwoners\":1.5,\"jeugdigen\":-0.5}}");
        assertThat(f).extracting(Veldfout::veld).contains("gewichten.inwoners");
    }

    @Test
    void aStoredModelIsReadWithoutTheRangeAndWithTheWidestBounds() throws Exception {
        JsonNode opgeslagen = JSON.readTree("{\"familie\":\"band\",\"band\":\"1.5\",\"plafond\":\"0.123456789012\",\"gewichten\":{\"inwoners\":1}}");
        List<ModelJson.Benoemd> uit = new ArrayList<>();
        assertThat(ModelJson.lees(opgeslagen, Set.of("inwoners"), Modelregels.opgeslagen(), uit)).isEmpty();
    }

    @Test
    void anUnknownFieldInAModelFileIsRefusedByName(@TempDir Path config) throws Exception {
        Path bestand = schrijf(config, "{\"familie\":\"band\",\"band\":0.05,\"gewichten\":{\"inwoners\":1},\"plafon\":0.1}");
        VereveningsFout fout = catchThrowableOfType(() -> Modelbestanden.lees(config, "r", 2016, SLEUTELS, LIMIETEN), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("verevening/r/2016.json: plafon");
        assertThat(fout.fouten().get(0).melding()).startsWith("onbekend veld; bekend:");
        assertThat(bestand).exists();
    }

    @Test
    void aModelFileIsReadWithinTheBoundsOnInput(@TempDir Path config) throws Exception {
        Invoerlimieten klein = new Invoerlimieten.Waarden(1 << 20, 2048, 5, 10, 100, 10, 1024, 10, 100, 10, 5, 20, 10);
        schrijf(config, "{\"toelichting\":\"" + "x".repeat(3000) + "\"}");
        assertThat(melding(config, klein)).contains("nl.samenspel.invoer/jsonBytes");
        schrijf(config, "{\"toelichting\":[[[[[[1]]]]]]}");
        assertThat(melding(config, klein)).contains("nl.samenspel.invoer/jsonDiepte");
        schrijf(config, "{\"toelichting\":[1,2,3,4,5,6,7,8,9,10,11]}");
        assertThat(melding(config, klein)).contains("nl.samenspel.invoer/jsonLijst");
        schrijf(config, "{\"toelichting\":\"" + "x".repeat(101) + "\"}");
        assertThat(melding(config, klein)).contains("nl.samenspel.invoer/jsonTekst");
        schrijf(config, "{\"familie\":\"band\",\n \"band\": 123456782x}");
        VereveningsFout fout = catchThrowableOfType(() -> Modelbestanden.lees(config, "r", 2016, SLEUTELS, klein), VereveningsFout.class);
        assertThat(fout.velden()).singleElement().asString().startsWith("verevening/r/2016.json: regel 2, kolom ");
        assertThat(fout.getMessage()).doesNotContain("123456782");
    }

    private static String melding(Path config, Invoerlimieten limieten) {
        VereveningsFout fout = catchThrowableOfType(() -> Modelbestanden.lees(config, "r", 2016, SLEUTELS, limieten), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("verevening/r/2016.json");
        return fout.fouten().get(0).melding();
    }

    private static Path schrijf(Path config, String inhoud) throws Exception {
        Path bestand = config.resolve("verevening/r/2016.json");
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, inhoud);
        return bestand;
    }
}
