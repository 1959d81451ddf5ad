package nl.samenspel.verevening.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.verevening.engine.Veldfout;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Verzoek;

/**
 * Reads a run or comparison request field by field, so every bad field is
 * named at once. Amounts must be whole eurocents: {@code 12.5} is refused, not rounded.
 */
final class VerzoekLezer {

    private VerzoekLezer() {
    }

    /** {@code {"regio", "jaar", "model": {...} | "modelbestand": true, "leden": [...]}} */
    static Verzoek run(JsonNode body) {
        List<Veldfout> fouten = new ArrayList<>();
        object(body, fouten);
        List<JsonNode> modellen = new ArrayList<>();
        boolean bestand = body != null && body.path("modelbestand").asBoolean(false);
        if (body != null && body.has("model") == bestand) {
            fouten.add(new Veldfout("model", "geef een model, of \"modelbestand\": true voor het modelbestand van de regio en het jaar"));
        }
        modellen.add(bestand ? null : body == null ? null : body.get("model"));
        return verzoek(body, modellen, fouten);
    }

    /** {@code {"regio", "jaar", "modellen": [{...}, {"modelbestand": true}], "leden": [...]}} */
    static Verzoek vergelijking(JsonNode body) {
        List<Veldfout> fouten = new ArrayList<>();
        object(body, fouten);
        List<JsonNode> modellen = new ArrayList<>();
        JsonNode lijst = body == null ? null : body.get("modellen");
        if (lijst == null || !lijst.isArray() || lijst.size() < 2) {
            fouten.add(new Veldfout("modellen", "verwacht een lijst van minstens twee modellen"));
        } else {
            lijst.forEach(m -> modellen.add(m.path("modelbestand").asBoolean(false) && m.size() == 1 ? null : m));
        }
        return verzoek(body, modellen, fouten);
    }

    private static void object(JsonNode body, List<Veldfout> fouten) {
        if (body == null || !body.isObject()) {
            throw new VereveningsFout(List.of(new Veldfout("", "verwacht een JSON-object met regio, jaar, model en leden")));
        }
    }

    private static Verzoek verzoek(JsonNode body, List<JsonNode> modellen, List<Veldfout> fouten) {
        String regio = body.path("regio").asText("");
        if (regio.isBlank()) {
            fouten.add(new Veldfout("regio", "ontbreekt"));
        }
        JsonNode jaarNode = body.get("jaar");
        int jaar = 0;
        if (jaarNode == null || !jaarNode.canConvertToInt() || !jaarNode.isIntegralNumber()
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
            String gemeente = lid.path("gemeente").asText("");
            int voor = fouten.size();
            if (!Gemeente.isGeldigeCode(gemeente)) {
                fouten.add(new Veldfout(pad + ".gemeente", "'" + gemeente + "' is geen CBS-gemeentecode van 4 cijfers"));
            }
            for (Iterator<String> it = lid.fieldNames(); it.hasNext(); ) {
                String veld = it.next();
                if (!List.of("gemeente", "budget", "kosten", "sleutels").contains(veld)) {
                    fouten.add(new Veldfout(pad + "." + veld, "onbekend veld; bekend: gemeente, budget, kosten, sleutels"));
                }
            }
            long budget = geheel(lid.get("budget"), pad + ".budget", fouten);
            long kosten = geheel(lid.get("kosten"), pad + ".kosten", fouten);
            Map<String, Long> sleutels = new LinkedHashMap<>();
            JsonNode s = lid.get("sleutels");
            if (s != null && !s.isObject()) {
                fouten.add(new Veldfout(pad + ".sleutels", "verwacht een object sleutel -> geheel getal"));
            } else if (s != null) {
                s.fields().forEachRemaining(e -> sleutels.put(e.getKey(), geheel(e.getValue(), pad + ".sleutels." + e.getKey(), fouten)));
            }
            if (fouten.size() == voor) {
                leden.add(new Run.Invoer(gemeente, budget, kosten, sleutels));
            }
        }
        return leden;
    }

    private static long geheel(JsonNode node, String veld, List<Veldfout> fouten) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            fouten.add(new Veldfout(veld, "verwacht een geheel getal >= 0 (bedragen in eurocent), is " + (node == null ? "leeg" : node.toString())));
            return 0;
        }
        return node.asLong();
    }
}
