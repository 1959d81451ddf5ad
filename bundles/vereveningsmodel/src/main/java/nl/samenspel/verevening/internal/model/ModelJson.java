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
import java.util.TreeSet;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.verevening.engine.Familie;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsEngine;
import nl.samenspel.verevening.engine.Vereveningsmodel;

/**
 * A model as JSON, the same in a model file and in a request:
 * <pre>{"naam": "...", "familie": "band", "band": 0.05, "plafond": 0.10, "gewichten": {"inwoners": 0.5, "jeugdigen": 0.5}}</pre>
 * Field names are the engine's, so an engine error names the JSON field. Numbers
 * may be JSON numbers or strings; both are read as exact decimals, within the bounds of precision
 * and scale ({@link Modelregels}). A band, cap or weight above 1 is almost certainly a mistake
 * (5% is 0.05, not 5) and is refused; a band or cap above 1 is accepted only when the model says
 * {@code "bovenEenToegestaan": true}. An unknown field is refused, not ignored.
 */
public final class ModelJson {

    /** The model's flag that allows a band or cap above 1. */
    public static final String BOVEN_EEN = "bovenEenToegestaan";

    private static final Set<String> VELDEN = Set.of("naam", "familie", "solidariteit", "band", "plafond", "gewichten", "toelichting",
            BOVEN_EEN);
    private static final String BEKEND = "bekend: familie, solidariteit, band, plafond, gewichten, naam, toelichting, " + BOVEN_EEN;

    /** A readable model with its display name; {@code bovenEenToegestaan} as the model said it. */
    public record Benoemd(String naam, Vereveningsmodel model, boolean bovenEenToegestaan) {

        public Benoemd(String naam, Vereveningsmodel model) {
            this(naam, model, false);
        }
    }

    private ModelJson() {
    }

    /**
     * Reads and checks a model: its shape and the bounds of its numbers here, its values by the
     * engine, its keys against {@code bekendeSleutels}. Throws nothing; the errors are returned
     * with field names relative to the model object.
     */
    public static List<Veldfout> lees(JsonNode node, Set<String> bekendeSleutels, Modelregels regels, List<Benoemd> uit) {
        List<Veldfout> fouten = new ArrayList<>();
        if (node == null || !node.isObject()) {
            fouten.add(new Veldfout("model", "verwacht een object met familie, gewichten en solidariteit of band"));
            return fouten;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String veld = it.next();
            if (!VELDEN.contains(veld)) {
                fouten.add(new Veldfout(JsonInvoer.veldnaam(veld), "onbekend veld; " + BEKEND));
            }
        }
        Familie familie = familie(node.get("familie"), fouten);
        String parameterVeld = familie == Familie.BAND ? "band" : "solidariteit";
        String anderVeld = familie == Familie.BAND ? "solidariteit" : "band";
        if (familie != null && node.has(anderVeld)) {
            fouten.add(new Veldfout(anderVeld, "hoort niet bij familie " + familie.name().toLowerCase(Locale.ROOT) + "; gebruik " + parameterVeld));
        }
        boolean bovenEen = bovenEen(node.get(BOVEN_EEN), fouten);
        BigDecimal parameter = getal(node, parameterVeld, regels, fouten);
        BigDecimal plafond = node.hasNonNull("plafond") ? getal(node, "plafond", regels, fouten) : null;
        Map<String, BigDecimal> gewichten = gewichten(node.get("gewichten"), bekendeSleutels, regels, fouten);
        if (regels.bereik()) {
            if (familie == Familie.BAND) {
                bereik("band", parameter, bovenEen, "een band van meer dan het hele budget", fouten);
            }
            bereik("plafond", plafond, bovenEen, "een plafond van meer dan het hele budget", fouten);
        }
        String naam = naam(node.get("naam"), fouten);
        if (familie == null || !fouten.isEmpty()) {
            return fouten;
        }
        Vereveningsmodel model = new Vereveningsmodel(familie, parameter, plafond, gewichten);
        fouten.addAll(VereveningsEngine.controleerModel(model));
        if (fouten.isEmpty()) {
            uit.add(new Benoemd(naam == null ? standaardNaam(model) : naam, model, bovenEen));
        }
        return fouten;
    }

    private static Familie familie(JsonNode node, List<Veldfout> fouten) {
        String tekst = node == null || !node.isTextual() ? "" : node.textValue();
        return switch (tekst) {
            case "kostenverdeling" -> Familie.KOSTENVERDELING;
            case "band" -> Familie.BAND;
            default -> {
                fouten.add(new Veldfout("familie", (tekst.isEmpty() ? "ontbreekt" : "onbekend") + "; kies kostenverdeling of band"));
                yield null;
            }
        };
    }

    private static boolean bovenEen(JsonNode node, List<Veldfout> fouten) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            fouten.add(new Veldfout(BOVEN_EEN, "verwacht true of false"));
            return false;
        }
        return node.booleanValue();
    }

    private static String naam(JsonNode node, List<Veldfout> fouten) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            fouten.add(new Veldfout("naam", "verwacht een tekst"));
            return null;
        }
        return node.textValue();
    }

    /**
     * Above 1 is almost certainly a mistake (5% written as 5): refused unless the model says it is
     * meant. Checked here, not in the engine: for the engine any band or cap &ge; 0 is well defined.
     */
    private static void bereik(String veld, BigDecimal waarde, boolean bovenEen, String wat, List<Veldfout> fouten) {
        if (waarde != null && waarde.compareTo(BigDecimal.ONE) > 0 && !bovenEen) {
            fouten.add(new Veldfout(veld, "groter dan 1: " + wat + " is vrijwel zeker een vergissing (5% is 0.05); zet \"" + BOVEN_EEN
                    + "\": true in het model als het zo bedoeld is"));
        }
    }

    private static BigDecimal getal(JsonNode ouder, String veld, Modelregels regels, List<Veldfout> fouten) {
        JsonNode node = ouder.get(veld);
        if (node == null || node.isNull()) {
            fouten.add(new Veldfout(veld, "ontbreekt"));
            return null;
        }
        return Decimalen.lees(node, veld, regels, fouten);
    }

    private static Map<String, BigDecimal> gewichten(JsonNode node, Set<String> bekendeSleutels, Modelregels regels, List<Veldfout> fouten) {
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        if (node == null || !node.isObject() || node.isEmpty()) {
            fouten.add(new Veldfout("gewichten", "verwacht een object sleutel -> gewicht, bijvoorbeeld {\"inwoners\": 1}"));
            return gewichten;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String veld = "gewichten." + JsonInvoer.veldnaam(e.getKey());
            if (!bekendeSleutels.contains(e.getKey())) {
                fouten.add(new Veldfout(veld, "onbekende sleutel; bekend: " + String.join(", ", new TreeSet<>(bekendeSleutels))));
                continue;
            }
            if (e.getValue().isNull()) {
                fouten.add(new Veldfout(veld, "gewicht ontbreekt"));
                continue;
            }
            BigDecimal w = Decimalen.lees(e.getValue(), veld, regels, fouten);
            if (w == null) {
                continue;
            }
            if (regels.bereik() && w.compareTo(BigDecimal.ONE) > 0) {
                // no flag for this one: the weights add up to exactly 1 and none is negative, so none can be above 1
                fouten.add(new Veldfout(veld, "groter dan 1: de gewichten tellen op tot precies 1, dus geen gewicht is groter dan 1"));
                continue;
            }
            gewichten.put(e.getKey(), w);
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
        if (benoemd.bovenEenToegestaan()) {
            node.put(BOVEN_EEN, true);
        }
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
