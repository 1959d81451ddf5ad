package nl.samenspel.verevening.internal.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;

/**
 * The model files of the regions: {@code regional-config/verevening/<regio>/<jaar>.json},
 * one per region per year. Read when a run asks for one, so that a run always uses
 * the file as it is now; an invalid file refuses the run, naming file and field. A file is read
 * within the bounds on input, like a request: its size ({@code jsonBytes}), depth, lists, texts
 * and the decimals in it.
 */
public final class Modelbestanden {

    public static final String MAP = "verevening";

    private Modelbestanden() {
    }

    /** Relative path of the model file, as errors name it. */
    public static String pad(String regio, int jaar) {
        return MAP + "/" + regio + "/" + jaar + ".json";
    }

    public static ModelJson.Benoemd lees(Path configMap, String regio, int jaar, Set<String> bekendeSleutels, Invoerlimieten limieten) {
        String naam = pad(regio, jaar);
        Path bestand = configMap.resolve(naam);
        if (!Files.isRegularFile(bestand)) {
            throw fout(naam, "", "bestand ontbreekt: er is geen model voor " + regio + " in " + jaar);
        }
        JsonNode node = json(bestand, naam, limieten);
        List<ModelJson.Benoemd> model = new ArrayList<>();
        List<Veldfout> fouten = ModelJson.lees(node, bekendeSleutels, Modelregels.invoer(limieten), model);
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten.stream().map(f -> new Veldfout(naam + ": " + f.veld(), f.melding())).toList());
        }
        return model.get(0);
    }

    /**
     * A JSON file within the bounds on input; refused as a {@link VereveningsFout} on field
     * {@code naam} (the file as the user knows it) that says where and which bound, and never
     * quotes the file.
     */
    public static JsonNode json(Path bestand, String naam, Invoerlimieten limieten) {
        try {
            long grootte = Files.size(bestand);
            if (grootte > limieten.jsonBytes()) {
                throw fout(naam, "", JsonInvoer.teGroot(limieten.jsonBytes(), grootte).getMessage());
            }
            try (InputStream in = JsonInvoer.begrens(Files.newInputStream(bestand), limieten)) {
                return mapper(limieten).readTree(in);
            }
        } catch (JsonProcessingException e) {
            Optional<Limietoverschrijding> limiet = JsonInvoer.overschrijding(e, limieten);
            if (limiet.isPresent()) {
                throw fout(naam, "", limiet.get().getMessage());
            }
            String plaats = JsonInvoer.plaats(e.getLocation());
            throw fout(naam, plaats.isEmpty() ? "" : plaats.strip().replaceAll("[()]", ""),
                    "geen geldige JSON: " + JsonInvoer.beschrijving(e).replace(plaats, ""));
        } catch (Limietoverschrijding e) {
            throw fout(naam, "", e.getMessage());
        } catch (IOException e) {
            throw fout(naam, "", "onleesbaar (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Strict like the API: a field twice is an error, decimals exact. */
    private static ObjectMapper mapper(Invoerlimieten limieten) {
        return new ObjectMapper(JsonInvoer.fabriek(limieten))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static VereveningsFout fout(String bestand, String plaats, String melding) {
        return new VereveningsFout(List.of(new Veldfout(bestand + (plaats.isEmpty() ? "" : ": " + plaats), melding)));
    }
}
