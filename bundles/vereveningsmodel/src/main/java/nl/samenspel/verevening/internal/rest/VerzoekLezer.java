package nl.samenspel.verevening.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Verzoek;

/**
 * Reads a run or comparison request field by field, so every bad field is
 * named at once. Amounts must be whole eurocents: {@code 12.5} is refused, not rounded. An unknown
 * field is refused, not ignored (a misspelt {@code "modelbestand"} would otherwise run another
 * model than meant). Errors name the field and what was expected, never the value sent.
 */
final class VerzoekLezer {

    private static final List<String> RUN = List.of("jaar", "leden", "model", "modelbestand", "regio");
    private static final List<String> VERGELIJKING = List.of("jaar", "leden", "modellen", "regio");
    private static final List<String> LID = List.of("budget", "gemeente", "kosten", "sleutels");
    /** A region's id as the register has them, e.g. {@code jeugdhulp-ijsselland}. */
    private static final Pattern REGIO = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private VerzoekLezer() {
    }

    /** {@code {"regio", "jaar", "model": {...} | "modelbestand": true, "leden": [...]}} */
    static Verzoek run(JsonNode body) {
        List<Veldfout> fouten = new ArrayList<>();
        object(body);
        onbekend(body, "", RUN, fouten);
        List<JsonNode> modellen = new ArrayList<>();
        boolean bestand = false;
        JsonNode vlag = body.get("modelbestand");
        if (vlag != null && !vlag.isBoolean()) {
            fouten.add(new Veldfout("modelbestand", "verwacht true of false"));
        } else {
            bestand = vlag != null && vlag.booleanValue();
        }
        if (body.has("model") == bestand) {
            fouten.add(new Veldfout("model", "geef een model, of \"modelbestand\": true voor het modelbestand van de regio en het jaar"));
        }
        modellen.add(bestand ? null : body.get("model"));
        return verzoek(body, modellen, fouten);
    }

    /** {@code {"regio", "jaar", "modellen": [{...}, {"modelbestand": true}], "leden": [...]}} */
    static Verzoek vergelijking(JsonNode body) {
        List<Veldfout> fouten = new ArrayList<>();
        object(body);
        onbekend(body, "", VERGELIJKING, fouten);
        List<JsonNode> modellen = new ArrayList<>();
        JsonNode lijst = body.get("modellen");
        if (lijst == null || !lijst.isArray() || lijst.size() < 2) {
            fouten.add(new Veldfout("modellen", "verwacht een lijst van minstens twee modellen"));
        } else {
            // {"modelbestand": true} alone stands for the model file; anything else is a model, whose reader refuses what it does not know
            lijst.forEach(m -> modellen.add(m.size() == 1 && m.path("modelbestand").isBoolean() && m.path("modelbestand").booleanValue() ? null : m));
        }
        return verzoek(body, modellen, fouten);
    }

    private static void object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new VereveningsFout(List.of(new Veldfout("", "verwacht een JSON-object met regio, jaar, model en leden")));
        }
    }

    private static void onbekend(JsonNode object, String pad, List<String> bekend, List<Veldfout> fouten) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String veld = it.next();
            if (!bekend.contains(veld)) {
                fouten.add(new Veldfout(pad + JsonInvoer.veldnaam(veld), "onbekend veld; bekend: " + String.join(", ", bekend)));
            }
        }
    }

    private static Verzoek verzoek(JsonNode body, List<JsonNode> modellen, List<Veldfout> fouten) {
        JsonNode regioNode = body.get("regio");
        String regio = regioNode != null && regioNode.isTextual() ? regioNode.textValue() : "";
        if (regioNode == null || regioNode.isNull()) {
            fouten.add(new Veldfout("regio", "ontbreekt"));
        } else if (!REGIO.matcher(regio).matches()) {
            fouten.add(new Veldfout("regio", "verwacht de id van een regio, bijvoorbeeld jeugdhulp-ijsselland"));
        }
        JsonNode jaarNode = body.get("jaar");
        int jaar = 0;
        if (jaarNode == null || !jaarNode.isIntegralNumber() || !jaarNode.canConvertToInt()
                || jaarNode.asInt() < 1900 || jaarNode.asInt() > 2100) {
            fouten.add(new Veldfout("jaar", "verwacht een jaartal tussen 1900 en 2100"));
        } else {
            jaar = jaarNode.asInt();
        }
        List<Run.Invoer> leden = leden(body.get("leden"), fouten);
        if (!fouten.isEmpty()) {
            throw new VereveningsFout(fouten);
        }
        return new Verzoek(regio, jaar, modellen, leden);
    }

    /** Without {@code leden} the inputs come from the region's module ({@code Vereveningsbron}); an empty list is a mistake. */
    private static List<Run.Invoer> leden(JsonNode node, List<Veldfout> fouten) {
        List<Run.Invoer> leden = new ArrayList<>();
        if (node == null) {
            return leden;
        }
        if (!node.isArray() || node.isEmpty()) {
            fouten.add(new Veldfout("leden", "verwacht per lid {gemeente, budget, kosten, sleutels}"));
            return leden;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode lid = node.get(i);
            String pad = "leden[#" + i + "]";
            if (!lid.isObject()) {
                fouten.add(new Veldfout(pad, "verwacht een object {gemeente, budget, kosten, sleutels}"));
                continue;
            }
            int voor = fouten.size();
            JsonNode gemeenteNode = lid.get("gemeente");
            String gemeente = gemeenteNode != null && gemeenteNode.isTextual() ? gemeenteNode.textValue() : "";
            if (!Gemeente.isGeldigeCode(gemeente)) {
                // not repeated: a BSN or a name in the wrong field must not come back in the answer
                fouten.add(new Veldfout(pad + ".gemeente", "verwacht een CBS-gemeentecode van 4 cijfers, als tekst"));
            }
            onbekend(lid, pad + ".", LID, fouten);
            long budget = geheel(lid.get("budget"), pad + ".budget", fouten);
            long kosten = geheel(lid.get("kosten"), pad + ".kosten", fouten);
            Map<String, Long> sleutels = new LinkedHashMap<>();
            JsonNode s = lid.get("sleutels");
            if (s != null && !s.isObject()) {
                fouten.add(new Veldfout(pad + ".sleutels", "verwacht een object sleutel -> geheel getal"));
            } else if (s != null) {
                s.fields().forEachRemaining(e -> sleutels.put(e.getKey(),
                        geheel(e.getValue(), pad + ".sleutels." + JsonInvoer.veldnaam(e.getKey()), fouten)));
            }
            if (fouten.size() == voor) {
                leden.add(new Run.Invoer(gemeente, budget, kosten, sleutels));
            }
        }
        return leden;
    }

    private static long geheel(JsonNode node, String veld, List<Veldfout> fouten) {
        // isIntegralNumber first: asking a decimal such as 1e999999999 for its long value would write it out in full
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            fouten.add(new Veldfout(veld, node == null ? "ontbreekt; verwacht een geheel getal >= 0 (bedragen in eurocent)"
                    : "verwacht een geheel getal >= 0 (bedragen in eurocent)"));
            return 0;
        }
        return node.asLong();
    }
}
