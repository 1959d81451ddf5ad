package nl.samenspel.verevening.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.run.Verzoek;
import org.junit.jupiter.api.Test;

/** Requests: unknown fields refused by name, values never repeated. */
class VerzoekLezerTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String MODEL = "{\"familie\":\"band\",\"band\":0,\"gewichten\":{\"inwoners\":1}}";

    private static VereveningsFout run(String json) throws Exception {
        return catchThrowableOfType(() -> VerzoekLezer.run(JSON.readTree(json)), VereveningsFout.class);
    }

    @Test
    void aValidRequestIsRead() throws Exception {
        Verzoek v = VerzoekLezer.run(JSON.readTree("{\"regio\":\"r\",\"jaar\":2016,\"model\":" + MODEL
                + ",\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"kosten\":2,\"sleutels\":{\"inwoners\":3}}]}"));
        assertThat(v.leden()).hasSize(1);
        assertThat(VerzoekLezer.run(JSON.readTree("{\"regio\":\"r\",\"jaar\":2016,\"modelbestand\":true}")).modellen()).hasSize(1).containsOnlyNulls();
    }

    @Test
    void unknownFieldsAreRefusedAtEveryLevel() throws Exception {
        assertThat(run("{\"regio\":\"r\",\"jaar\":2016,\"model\":" + MODEL + ",\"modelbestnd\":true}").velden()).containsExactly("modelbestnd");
        VereveningsFout lid = run("{\"regio\":\"r\",\"jaar\":2016,\"model\":" + MODEL + ",\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,"
                + "\"kosten\":2,\"bsn\":\"123456782\"}]}");
        assertThat(lid.velden()).containsExactly("leden[#0].bsn");
        assertThat(lid.getMessage()).doesNotContain("123456782");
        VereveningsFout vergelijking = catchThrowableOfType(() -> VerzoekLezer.vergelijking(JSON.readTree(
                "{\"regio\":\"r\",\"jaar\":2016,\"modellen\":[" + MODEL + "," + MODEL + "],\"model\":" + MODEL + "}")), VereveningsFout.class);
        assertThat(vergelijking.velden()).containsExactly("model");
    }

    @Test
    void valuesAreNeverRepeated() throws Exception {
        VereveningsFout f = run("{\"regio\":\"Jan Jansen\",\"jaar\":\"123456782\",\"modelbestand\":\"ja\",\"leden\":[{\"gemeente\":\"123456782\","
                + "\"budget\":\"1e999999999\",\"kosten\":1e999999999,\"sleutels\":{\"inwoners\":12.5}}, 7]}");
        assertThat(f.velden()).containsExactly("modelbestand", "model", "regio", "jaar", "leden[#0].gemeente", "leden[#0].budget",
                "leden[#0].kosten", "leden[#0].sleutels.inwoners", "leden[#1]");
        assertThat(f.getMessage()).doesNotContain("123456782").doesNotContain("Jan").doesNotContain("1e999999999").doesNotContain("12.5");
    }
}
