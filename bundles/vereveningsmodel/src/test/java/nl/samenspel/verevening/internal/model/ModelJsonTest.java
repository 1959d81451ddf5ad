package nl.samenspel.verevening.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.verevening.engine.Familie;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonTest {

    private static final Set<String> SLEUTELS = Set.of("inwoners", "jeugdigen", "budget", "gebruik", "clienten");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Invoerlimieten LIMIETEN = Invoerlimieten.standaard();
    private static final Modelregels REGELS = Modelregels.invoer(LIMIETEN);

    private static List<String> fouten(String json) throws Exception {
        return ModelJson.lees(JSON.readTree(json), SLEUTELS, REGELS, new ArrayList<>()).stream().map(Veldfout::veld).toList();
    }

    @Test
    void readsABandModelExactly() throws Exception {
        List<ModelJson.Benoemd> uit = new ArrayList<>();
        assertThat(ModelJson.lees(JSON.readTree("{\"familie\":\"band\",\"band\":0.05,\"plafond\":\"0.10\",\"gewichten\":{\"inwoners\":0.5,\"jeugdigen\":0.5}}"),
                SLEUTELS, REGELS, uit)).isEmpty();
        assertThat(uit.get(0).model().familie()).isEqualTo(Familie.BAND);
        assertThat(uit.get(0).model().parameter()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(uit.get(0).naam()).isEqualTo("band 0.05 op inwoners 0.5, jeugdigen 0.5, plafond 0.10");
        JsonNode terug = ModelJson.schrijf(uit.get(0));
        assertThat(terug.get("band").decimalValue()).isEqualByComparingTo("0.05");
    }

    @Test
    void everyInvalidFieldIsNamed() throws Exception {
        assertThat(fouten("{\"familie\":\"kostenverdeling\",\"solidariteit\":1.2,\"gewichten\":{\"inwoners\":1}}")).containsExactly("solidariteit");
        assertThat(fouten("{\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":0.6,\"jeugdigen\":0.3}}"))
                .containsExactly("gewichten");
        assertThat(fouten("{\"familie\":\"band\",\"band\":-0.01,\"gewichten\":{\"inwoners\":1}}")).containsExactly("band");
        assertThat(fouten("{\"familie\":\"band\",\"band\":0,\"plafond\":-1,\"gewichten\":{\"inwoners\":1}}")).containsExactly("plafond");
        assertThat(fouten("{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"bijstand\":1}}")).containsExactly("gewichten.bijstand");
        assertThat(fouten("{\"familie\":\"solidair\",\"gewichten\":{\"inwoners\":1}}")).contains("familie");
        assertThat(fouten("{\"familie\":\"band\",\"band\":0,\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}")).containsExactly("solidariteit");
        assertThat(fouten("{\"familie\":\"band\",\"band\":0,\"gewicht\":{},\"gewichten\":{\"inwoners\":1}}")).containsExactly("gewicht");
    }

    @Test
    void modelFileErrorsNameFileAndField(@TempDir Path config) throws Exception {
        Path bestand = config.resolve("verevening/r/2016.json");
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, "{\"familie\":\"band\",\"band\":0.05,\"gewichten\":{\"inwoners\":0.5,\"jeugdigen\":0.4}}");
        VereveningsFout fout = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Modelbestanden.lees(config, "r", 2016, SLEUTELS, LIMIETEN), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("verevening/r/2016.json: gewichten");

        Files.writeString(bestand, "{\"familie\":\"band\",\n \"band\": }");
        fout = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Modelbestanden.lees(config, "r", 2016, SLEUTELS, LIMIETEN), VereveningsFout.class);
        assertThat(fout.velden().get(0)).startsWith("verevening/r/2016.json: regel 2");

        fout = org.assertj.core.api.Assertions.catchThrowableOfType(() -> Modelbestanden.lees(config, "r", 2017, SLEUTELS, LIMIETEN), VereveningsFout.class);
        assertThat(fout.fouten().get(0).melding()).contains("geen model voor r in 2017");
    }

    @Test
    void shippedModelFileIsValid() {
        ModelJson.Benoemd model = Modelbestanden.lees(Path.of("../../regional-config"), "jeugdhulp-ijsselland", 2016, SLEUTELS, LIMIETEN);
        assertThat(model.model().plafond()).isEqualByComparingTo("0.10");
    }
}
