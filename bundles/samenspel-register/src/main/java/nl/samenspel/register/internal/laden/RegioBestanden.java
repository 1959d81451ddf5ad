package nl.samenspel.register.internal.laden;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.samenspel.api.register.Domein;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;

/**
 * {@code regios/<id>.json}: one region a file, with its members and their
 * periods. Read as a tree rather than bound to a class, so that every bad field
 * is reported, not only the first.
 */
public final class RegioBestanden {

    static final String MAP = "regios";
    private static final Set<String> REGIO_VELDEN = Set.of("id", "naam", "domein", "penvoerder", "toelichting", "leden");
    private static final Set<String> LID_VELDEN = Set.of("gemeente", "van", "tot", "toelichting");
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(Grootte.LIMIETEN.jsonDiepte()).maxStringLength(Grootte.LIMIETEN.jsonTekst()).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    record Inhoud(List<Regio> regios, List<Lidmaatschap> lidmaatschappen) {
    }

    private RegioBestanden() {
    }

    static Inhoud lees(Path configMap, Set<String> bekendeGemeenten, Fouten fouten) {
        List<Regio> regios = new ArrayList<>();
        List<Lidmaatschap> lidmaatschappen = new ArrayList<>();
        Path map = configMap.resolve(MAP);
        List<Path> bestanden = jsonBestanden(map, fouten);
        for (Path bestand : bestanden) {
            String naam = MAP + "/" + bestand.getFileName();
            leesBestand(bestand, naam, bekendeGemeenten, fouten).ifPresent(r -> {
                regios.add(r.regios().get(0));
                lidmaatschappen.addAll(r.lidmaatschappen());
            });
        }
        if (bestanden.isEmpty() && Files.isDirectory(map)) {
            fouten.voegToe(MAP + "/", "", "geen enkel regiobestand (*.json)");
        }
        return new Inhoud(regios, lidmaatschappen);
    }

    private static List<Path> jsonBestanden(Path map, Fouten fouten) {
        if (!Files.isDirectory(map)) {
            fouten.voegToe(MAP + "/", "", "map ontbreekt");
            return List.of();
        }
        try (Stream<Path> inhoud = Files.list(map)) {
            return inhoud.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            fouten.voegToe(MAP + "/", "", "map onleesbaar: " + e.getMessage());
            return List.of();
        }
    }

    /** One region file; regios() holds exactly the one region when present. */
    static Optional<Inhoud> leesBestand(Path bestand, String naam, Set<String> bekendeGemeenten, Fouten fouten) {
        JsonNode wortel;
        if (!Grootte.past(bestand, Grootte.JSON, naam, fouten)) {
            return Optional.empty();
        }
        try {
            wortel = JSON.readTree(bestand.toFile());
        } catch (JsonParseException e) {
            fouten.voegToe(naam, "regel " + e.getLocation().getLineNr() + ", kolom " + e.getLocation().getColumnNr(),
                    "geen geldige JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            // a bound (depth, string length) or an unreadable file; the parser's message names the bound, never the content
            fouten.voegToe(naam, "", "onleesbaar: " + e.getClass().getSimpleName() + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? " (" + j.getOriginalMessage().replaceAll("\"[^\"]*\"", "\"…\"") + ")" : ""));
            return Optional.empty();
        }
        String verwachtId = bestand.getFileName().toString().replaceFirst("\\.json$", "");
        return leesRegio(wortel, naam, verwachtId, bekendeGemeenten, fouten);
    }

    /**
     * Checks a region document that is not (yet) a file, e.g. one an operator wants
     * to try before putting it in {@code regios/}.
     */
    public static List<nl.samenspel.api.register.ConfigFout> controleer(JsonNode wortel, Set<String> bekendeGemeenten) {
        Fouten fouten = new Fouten();
        leesRegio(wortel, "regio", null, bekendeGemeenten, fouten);
        return fouten.lijst();
    }

    static Optional<Inhoud> leesRegio(JsonNode wortel, String naam, String verwachtId, Set<String> bekendeGemeenten, Fouten fouten) {
        if (wortel == null || !wortel.isObject()) {
            fouten.voegToe(naam, "", "verwacht een JSON-object met id, naam, domein, penvoerder en leden");
            return Optional.empty();
        }
        int foutenVooraf = fouten.lijst().size();
        onbekendeVelden(wortel, REGIO_VELDEN, "", naam, fouten);

        String id = tekst(wortel, "id");
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            fouten.voegToe(naam, "id", "id ontbreekt of is geen kebab-case");
        } else if (verwachtId != null && !id.equals(verwachtId)) {
            fouten.voegToe(naam, "id", "id '" + id + "' hoort gelijk te zijn aan de bestandsnaam '" + verwachtId + "'");
        }
        String regioNaam = tekst(wortel, "naam");
        if (regioNaam == null || regioNaam.isBlank()) {
            fouten.voegToe(naam, "naam", "naam ontbreekt");
        }
        String domeinCode = tekst(wortel, "domein");
        Optional<Domein> domein = Optional.ofNullable(domeinCode).flatMap(Domein::vanCode);
        if (domein.isEmpty()) {
            fouten.voegToe(naam, "domein", "domein '" + domeinCode + "' onbekend; kies uit " + domeinen());
        }
        String penvoerder = tekst(wortel, "penvoerder");
        if (penvoerder == null || penvoerder.isBlank()) {
            fouten.voegToe(naam, "penvoerder", "regio zonder penvoerder (de leidende gemeente)");
        } else if (!bekendeGemeenten.contains(penvoerder)) {
            fouten.voegToe(naam, "penvoerder", "onbekende gemeente '" + penvoerder + "'");
        }

        List<Lidmaatschap> leden = leden(wortel, naam, id == null ? "?" : id, bekendeGemeenten, fouten);
        if (penvoerder != null && bekendeGemeenten.contains(penvoerder)
                && !leden.isEmpty() && leden.stream().noneMatch(l -> l.gemeente().equals(penvoerder))) {
            fouten.voegToe(naam, "penvoerder", "penvoerder " + penvoerder + " is nooit lid van de regio");
        }
        if (fouten.lijst().size() > foutenVooraf) {
            return Optional.empty();
        }
        return Optional.of(new Inhoud(List.of(new Regio(id, regioNaam, domein.get(), penvoerder)), leden));
    }

    private static List<Lidmaatschap> leden(JsonNode wortel, String naam, String regioId, Set<String> bekendeGemeenten, Fouten fouten) {
        JsonNode ledenNode = wortel.get("leden");
        if (ledenNode == null || !ledenNode.isArray() || ledenNode.isEmpty()) {
            fouten.voegToe(naam, "leden", "leden ontbreken; verwacht een lijst van {gemeente, van, tot}");
            return List.of();
        }
        List<Lidmaatschap> leden = new ArrayList<>();
        List<Integer> posities = new ArrayList<>();
        for (int i = 0; i < ledenNode.size(); i++) {
            JsonNode lid = ledenNode.get(i);
            String pad = "leden[" + i + "]";
            if (!lid.isObject()) {
                fouten.voegToe(naam, pad, "verwacht een object {gemeente, van, tot}");
                continue;
            }
            onbekendeVelden(lid, LID_VELDEN, pad + ".", naam, fouten);
            String gemeente = tekst(lid, "gemeente");
            String waar = pad + (gemeente == null ? "" : " (gemeente " + gemeente + ")");
            if (gemeente == null || !bekendeGemeenten.contains(gemeente)) {
                fouten.voegToe(naam, waar + ".gemeente", "onbekende gemeente '" + gemeente + "'");
                continue;
            }
            LocalDate van = datum(lid, "van", waar, naam, fouten, true);
            LocalDate tot = datum(lid, "tot", waar, naam, fouten, false);
            if (van == null || (lid.hasNonNull("tot") && tot == null)) {
                continue;
            }
            if (tot != null && tot.isBefore(van)) {
                fouten.voegToe(naam, waar + ".tot", "tot " + tot + " ligt voor van " + van);
                continue;
            }
            Lidmaatschap nieuw = new Lidmaatschap(regioId, gemeente, van, tot);
            for (int j = 0; j < leden.size(); j++) {
                Lidmaatschap eerder = leden.get(j);
                if (eerder.gemeente().equals(gemeente) && eerder.overlaptMet(nieuw)) {
                    fouten.voegToe(naam, waar, "periode " + periode(nieuw) + " overlapt met leden[" + posities.get(j) + "] " + periode(eerder));
                }
            }
            leden.add(nieuw);
            posities.add(i);
        }
        return leden;
    }

    private static String periode(Lidmaatschap l) {
        return l.van() + " t/m " + (l.tot() == null ? "open einde" : l.tot());
    }

    private static LocalDate datum(JsonNode node, String veld, String waar, String naam, Fouten fouten, boolean verplicht) {
        JsonNode waarde = node.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fouten.voegToe(naam, waar + "." + veld, veld + " ontbreekt");
            }
            return null;
        }
        try {
            return LocalDate.parse(waarde.asText());
        } catch (DateTimeParseException e) {
            fouten.voegToe(naam, waar + "." + veld, "'" + waarde.asText() + "' is geen datum JJJJ-MM-DD");
            return null;
        }
    }

    private static void onbekendeVelden(JsonNode node, Set<String> bekend, String prefix, String naam, Fouten fouten) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String veld = it.next();
            if (!bekend.contains(veld)) {
                fouten.voegToe(naam, prefix + veld, "onbekend veld (verwacht: " + String.join(", ", bekend.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String tekst(JsonNode node, String veld) {
        JsonNode waarde = node.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde.asText();
    }

    private static String domeinen() {
        return String.join(", ", Stream.of(Domein.values()).map(Domein::code).toList());
    }
}
