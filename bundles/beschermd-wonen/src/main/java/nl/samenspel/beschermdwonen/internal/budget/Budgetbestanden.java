package nl.samenspel.beschermdwonen.internal.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code regional-config/beschermd-wonen/<jaar>.json}: the regional budget of a year.
 * Every bad field is named with the file; an absent file is no error (the year has no budget yet).
 */
public final class Budgetbestanden {

    public static final String MAP = "beschermd-wonen";
    /** The region's budget files are a few hundred bytes: held to the default JSON bounds, a wrong file is named, not read into memory. */
    private static final nl.samenspel.api.invoer.Invoerlimieten LIMIETEN = nl.samenspel.api.invoer.Invoerlimieten.standaard();
    private static final ObjectMapper JSON = new ObjectMapper(nl.samenspel.rest.JsonInvoer.fabriek(LIMIETEN));

    private Budgetbestanden() {
    }

    /** A budget, or the errors that refuse the file. */
    public record Gelezen(Optional<Regiobudget> budget, List<String> fouten) {
    }

    public static Path bestand(Path config, int jaar) {
        return config.resolve(MAP).resolve(jaar + ".json");
    }

    public static Gelezen lees(Path config, String regio, int jaar) {
        Path bestand = bestand(config, jaar);
        String naam = MAP + "/" + jaar + ".json";
        if (!Files.isRegularFile(bestand)) {
            return new Gelezen(Optional.empty(), List.of());
        }
        JsonNode n;
        try {
            if (Files.size(bestand) > LIMIETEN.jsonBytes()) {
                return new Gelezen(Optional.empty(), List.of(naam + ": groter dan de grens " + nl.samenspel.api.invoer.Invoerlimieten.naam("jsonBytes")
                        + " = " + LIMIETEN.jsonBytes()));
            }
            n = JSON.readTree(bestand.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Gelezen(Optional.empty(), List.of(naam + ": geen leesbare JSON: " + nl.samenspel.rest.JsonInvoer.beschrijving(e)));
        } catch (IOException e) {
            return new Gelezen(Optional.empty(), List.of(naam + ": onleesbaar: " + e.getClass().getSimpleName()));
        }
        List<String> fouten = new ArrayList<>();
        if (!regio.equals(n.path("regio").asText())) {
            fouten.add(naam + ": regio is '" + n.path("regio").asText() + "', verwacht " + regio);
        }
        if (n.path("jaar").asInt() != jaar) {
            fouten.add(naam + ": jaar is " + n.path("jaar") + ", verwacht " + jaar + " (de bestandsnaam)");
        }
        long rijk = bedrag(n.get("rijksbudget"), naam + ": rijksbudget", fouten);
        long bw = bedrag(n.path("behouden").get("bw"), naam + ": behouden.bw", fouten);
        long mo = bedrag(n.path("behouden").get("mo"), naam + ": behouden.mo", fouten);
        Regiobudget.Verdeling verdeling = verdeling(n.get("verdeling"), naam, fouten);
        if (!fouten.isEmpty()) {
            return new Gelezen(Optional.empty(), fouten);
        }
        return new Gelezen(Optional.of(new Regiobudget(regio, jaar, rijk, bw, mo, verdeling)), List.of());
    }

    private static Regiobudget.Verdeling verdeling(JsonNode v, String naam, List<String> fouten) {
        String methode = v == null ? "" : v.path("methode").asText();
        switch (methode) {
            case "sleutel" -> {
                return new Regiobudget.Sleutel(tekst(v, "sleutel", naam, fouten));
            }
            case "vast" -> {
                return new Regiobudget.Vast(bedragen(v.get("bedragen"), naam + ": verdeling.bedragen", fouten));
            }
            case "ingroeipad" -> {
                int stappen = v.path("stappen").asInt(0);
                if (stappen < 1) {
                    fouten.add(naam + ": verdeling.stappen moet een geheel getal >= 1 zijn");
                }
                if (!v.path("startjaar").canConvertToInt() || v.path("startjaar").asInt() < 1900) {
                    fouten.add(naam + ": verdeling.startjaar ontbreekt of is geen jaartal");
                }
                return new Regiobudget.Ingroeipad(bedragen(v.get("historisch"), naam + ": verdeling.historisch", fouten),
                        tekst(v, "sleutel", naam, fouten), v.path("startjaar").asInt(), Math.max(stappen, 1));
            }
            default -> {
                fouten.add(naam + ": verdeling.methode '" + methode + "' is onbekend; kies sleutel, vast of ingroeipad");
                return null;
            }
        }
    }

    private static String tekst(JsonNode v, String veld, String naam, List<String> fouten) {
        String t = v.path(veld).asText("");
        if (t.isBlank()) {
            fouten.add(naam + ": verdeling." + veld + " ontbreekt");
        }
        return t;
    }

    private static Map<String, Long> bedragen(JsonNode n, String waar, List<String> fouten) {
        Map<String, Long> uit = new LinkedHashMap<>();
        if (n == null || !n.isObject()) {
            fouten.add(waar + ": verwacht een object gemeentecode -> bedrag in eurocent");
            return uit;
        }
        n.fields().forEachRemaining(e -> uit.put(e.getKey(), bedrag(e.getValue(), waar + "." + e.getKey(), fouten)));
        return uit;
    }

    private static long bedrag(JsonNode n, String waar, List<String> fouten) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            fouten.add(waar + ": verwacht een geheel getal >= 0 (eurocent), is " + (n == null ? "leeg" : n.toString()));
            return 0;
        }
        return n.asLong();
    }
}
