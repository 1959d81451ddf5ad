package nl.samenspel.verevening.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.verevening.engine.Familie;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsEngine;
import nl.samenspel.verevening.engine.Vereveningsmodel;

/**
 * A model as JSON, the same in a model file and in a request:
 * <pre>{"naam": "...", "familie": "band", "band": 0.05, "plafond": 0.10, "gewichten": {"inwoners": 0.5, "jeugdigen": 0.5}}</pre>
 * Field names are the engine's, so an engine error names the JSON field. Numbers
 * may be JSON numbers or strings; both are read as exact decimals.
 */
public final class ModelJson {

    private static final Set<String> VELDEN = Set.of("naam", "familie", "solidariteit", "band", "plafond", "gewichten", "toelichting");

    /** A readable model with its display name. */
    public record Benoemd(String naam, Vereveningsmodel model) {
    }

    private ModelJson() {
    }

    /**
     * Reads and checks a model: its shape here, its values by the engine, its keys
     * against {@code bekendeSleutels}. Throws nothing; the errors are returned
     * with field names relative to the model object.
     */
    public static List<Veldfout> lees(JsonNode node, Set<String> bekendeSleutels, List<Benoemd> uit) {
        List<Veldfout> fouten = new ArrayList<>();
        if (node == null || !node.isObject()) {
            fouten.add(new Veldfout("model", "verwacht een object met familie, gewichten en solidariteit of band"));
            return fouten;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String veld = it.next();
            if (!VELDEN.contains(veld)) {
                fouten.add(new Veldfout(veld, "onbekend veld; bekend: familie, solidariteit, band, plafond, gewichten, naam, toelichting"));
            }
        }
        Familie familie = familie(node.get("familie"), fouten);
        String parameterVeld = familie == Familie.BAND ? "band" : "solidariteit";
        String anderVeld = familie == Familie.BAND ? "solidariteit" : "band";
        if (familie != null && node.has(anderVeld)) {
            fouten.add(new Veldfout(anderVeld, "hoort niet bij familie " + familie.name().toLowerCase(Locale.ROOT) + "; gebruik " + parameterVeld));
        }
        BigDecimal parameter = getal(node, parameterVeld, fouten);
        BigDecimal plafond = node.hasNonNull("plafond") ? getal(node, "plafond", fouten) : null;
        Map<String, BigDecimal> gewichten = gewichten(node.get("gewichten"), bekendeSleutels, fouten);
        String naam = node.hasNonNull("naam") ? node.get("naam").asText() : null;
        if (familie == null || !fouten.isEmpty()) {
            return fouten;
        }
        Vereveningsmodel model = new Vereveningsmodel(familie, parameter, plafond, gewichten);
        fouten.addAll(VereveningsEngine.controleerModel(model));
        if (fouten.isEmpty()) {
            uit.add(new Benoemd(naam == null ? standaardNaam(model) : naam, model));
        }
        return fouten;
    }

    private static Familie familie(JsonNode node, List<Veldfout> fouten) {
        String tekst = node == null || node.isNull() ? "" : node.asText();
        return switch (tekst) {
            case "kostenverdeling" -> Familie.KOSTENVERDELING;
            case "band" -> Familie.BAND;
            default -> {
                fouten.add(new Veldfout("familie", "'" + tekst + "' onbekend; kies kostenverdeling of band"));
                yield null;
            }
        };
    }

    private static BigDecimal getal(JsonNode ouder, String veld, List<Veldfout> fouten) {
        JsonNode node = ouder.get(veld);
        if (node == null || node.isNull()) {
            fouten.add(new Veldfout(veld, "ontbreekt"));
            return null;
        }
        try {
            // a JSON number is read through its text, so 0.1 stays exactly 0.1 (never a double)
            return new BigDecimal(node.isNumber() ? node.numberValue().toString() : node.asText().strip());
        } catch (NumberFormatException e) {
            fouten.add(new Veldfout(veld, "'" + node.asText() + "' is geen getal"));
            return null;
        }
    }

    private static Map<String, BigDecimal> gewichten(JsonNode node, Set<String> bekendeSleutels, List<Veldfout> fouten) {
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        if (node == null || !node.isObject() || node.isEmpty()) {
            fouten.add(new Veldfout("gewichten", "verwacht een object sleutel -> gewicht, bijvoorbeeld {\"inwoners\": 1}"));
            return gewichten;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!bekendeSleutels.contains(e.getKey())) {
                fouten.add(new Veldfout("gewichten." + e.getKey(), "onbekende sleutel; bekend: " + String.join(", ", bekendeSleutels)));
                continue;
            }
            BigDecimal w = getal(node, e.getKey(), new ArrayList<>());
            if (w == null) {
                fouten.add(new Veldfout("gewichten." + e.getKey(), "'" + e.getValue().asText() + "' is geen getal"));
            } else {
                gewichten.put(e.getKey(), w);
            }
        }
        return gewichten;
    }

    /** The JSON of a model as used, for storage and answers. */
    public static ObjectNode schrijf(Benoemd benoemd) {
        Vereveningsmodel model = benoemd.model();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("naam", benoemd.naam());
        node.put("familie", model.familie().name().toLowerCase(Locale.ROOT));
        node.put(model.parameterNaam(), model.parameter());
        if (model.plafond() != null) {
            node.put("plafond", model.plafond());
        }
        ObjectNode gewichten = node.putObject("gewichten");
        model.gewichten().forEach(gewichten::put);
        return node;
    }

    /** E.g. "band 0.05 op inwoners 0.5, jeugdigen 0.5, plafond 0.10". */
    static String standaardNaam(Vereveningsmodel model) {
        StringBuilder s = new StringBuilder(model.familie().name().toLowerCase(Locale.ROOT)).append(' ')
                .append(model.parameter().toPlainString()).append(" op ");
        List<String> delen = new ArrayList<>();
        model.gewichten().forEach((k, w) -> delen.add(k + " " + w.toPlainString()));
        s.append(String.join(", ", delen));
        model.plafondIndienGezet().ifPresent(c -> s.append(", plafond ").append(c.toPlainString()));
        return s.toString();
    }
}
