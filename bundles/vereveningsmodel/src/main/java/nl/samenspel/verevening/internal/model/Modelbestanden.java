package nl.samenspel.verevening.internal.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;

/**
 * The model files of the regions: {@code regional-config/verevening/<regio>/<jaar>.json},
 * one per region per year. Read when a run asks for one, so that a run always uses
 * the file as it is now; an invalid file refuses the run, naming file and field.
 */
public final class Modelbestanden {

    public static final String MAP = "verevening";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Modelbestanden() {
    }

    /** Relative path of the model file, as errors name it. */
    public static String pad(String regio, int jaar) {
        return MAP + "/" + regio + "/" + jaar + ".json";
    }

    public static ModelJson.Benoemd lees(Path configMap, String regio, int jaar, Set<String> bekendeSleutels) {
        String naam = pad(regio, jaar);
        Path bestand = configMap.resolve(naam);
        if (!Files.isRegularFile(bestand)) {
            throw fout(naam, "", "bestand ontbreekt: er is geen model voor " + regio + " in " + jaar);
        }
        JsonNode node;
        try {
            node = JSON.readTree(bestand.toFile());
        } catch (JsonParseException e) {
            throw fout(naam, "regel " + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr(),
                    "geen geldige JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fout(naam, "", "onleesbaar: " + e.getMessage());
        }
        List<ModelJson.Benoemd> model = new ArrayList<>();
        List<Veldfout> fouten = ModelJson.lees(node, bekendeSleutels, model);
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten.stream().map(f -> new Veldfout(naam + ": " + f.veld(), f.melding())).toList());
        }
        return model.get(0);
    }

    private static VereveningsFout fout(String bestand, String plaats, String melding) {
        return new VereveningsFout(List.of(new Veldfout(bestand + (plaats.isEmpty() ? "" : ": " + plaats), melding)));
    }
}
