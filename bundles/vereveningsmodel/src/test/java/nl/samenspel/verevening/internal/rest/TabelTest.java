package nl.samenspel.verevening.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.samenspel.rest.Csvdownload;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.xlsx.Blad;
import nl.samenspel.xlsx.XlsxLezer;
import nl.samenspel.xlsx.XlsxSchrijver;
import org.junit.jupiter.api.Test;

/** A run as the tables and sheets it is downloaded as; and the refusal of amounts that are no whole eurocents. */
class TabelTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static Run run() throws Exception {
        JsonNode model = JSON.readTree("{\"naam\":\"m\",\"familie\":\"kostenverdeling\",\"solidariteit\":1,\"gewichten\":{\"inwoners\":1}}");
        List<Run.Lid> leden = List.of(
                new Run.Lid("0148", "Dalfsen", 1000, 1200, Map.of("inwoners", 1L), "1/4", "0.2500000000", Map.of("inwoners", "1/4"), 200,
                        null, "1200", "2399/4", "2399/4", "0", 0, "2399/4", 1, 600, 600, 400),
                new Run.Lid("0150", "Deventer", 3000, 1199, Map.of("inwoners", 3L), "3/4", "0.7500000000", Map.of("inwoners", "3/4"), -1801,
                        null, "1199", "7197/4", "7197/4", "0", 0, "7197/4", 0, 1799, -600, 1201));
        return new Run(7, "r", 2016, null, "anna", "0".repeat(64), model, 2399, Map.of("inwoners", "4"), "2399", leden, List.of(),
                new Run.Controle(2399, 0));
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithEurocents() throws Exception {
        Blad verevening = Tabel.bladen(Tabel.van(run())).get(0);
        String csv = new String(Csvdownload.bestand(verevening.kolommen(), verevening.rijen()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffgemeente;naam;budget (eurocent);kosten (eurocent);inwoners;sigma;");
        assertThat(csv).contains("0148;Dalfsen;1000;1200;1;0.2500000000;600;600;400;2399/4");
        assertThat(csv).contains("totaal;;4000;2399;;;2399;0;1601;");
    }

    @Test
    void xlsxHoldsTheSameIntegers() throws Exception {
        List<Blad> bladen = XlsxLezer.lees(new ByteArrayInputStream(XlsxSchrijver.alsBytes(Tabel.bladen(Tabel.van(run())))));
        assertThat(bladen).extracting(Blad::naam).containsExactly("Verevening", "Model");
        assertThat(bladen.get(0).rijen().get(1)).containsSequence("0150", "Deventer", 3000L, 1199L, 3L);
        assertThat(bladen.get(0).rijen().get(1).get(7)).isEqualTo(-600L);
        assertThat(bladen.get(1).rijen()).as("the model sheet names who made the run").contains(List.of("aangemaakt door", "anna"));
    }

    @Test
    void requestAmountsMustBeWholeEurocents() throws Exception {
        assertThatThrownBy(() -> VerzoekLezer.run(JSON.readTree(
                "{\"regio\":\"r\",\"jaar\":2016,\"modelbestand\":true,\"leden\":[{\"gemeente\":\"0148\",\"budget\":10.5,\"kosten\":-1,\"x\":1}]}")))
                .isInstanceOfSatisfying(VereveningsFout.class, f -> assertThat(f.velden())
                        .containsExactly("leden[#0].x", "leden[#0].budget", "leden[#0].kosten"));
        assertThatThrownBy(() -> VerzoekLezer.run(JSON.readTree("{\"regio\":\"r\",\"jaar\":2016,\"leden\":[]}")))
                .isInstanceOfSatisfying(VereveningsFout.class, f -> assertThat(f.velden()).containsExactly("model", "leden"));
    }
}
