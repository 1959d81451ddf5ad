package nl.samenspel.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Inside the container: loads the demo files through the REST import, in the order a region would. */
final class Demoimport {

    private Demoimport() {
    }

    static void stamgegevens(Http http, Path csv) {
        for (String soort : List.of("aanbieders", "producten", "tarieven")) {
            importeer(http, soort, csv.resolve(soort + ".csv"), "text/csv");
        }
        // tariefkortingen.csv: jaar;groep;percentage, applied in order through the API
        lees(csv.resolve("tariefkortingen.csv")).stream().skip(1).filter(r -> !r.isBlank()).forEach(regel -> {
            String[] v = regel.split(";");
            Http.Antwoord a = http.post("jeugdhulp/tariefkortingen", "application/json",
                    "{\"jaar\": " + v[0] + ", \"groep\": \"" + v[1] + "\", \"percentage\": \"" + v[2] + "\"}");
            assertEquals(a.body(), 201, a.status());
        });
        for (String soort : List.of("contracten", "budgetten")) {
            importeer(http, soort, csv.resolve(soort + ".csv"), "text/csv");
        }
    }

    static void zorg(Http http, Path csv) {
        for (String soort : List.of("toewijzingen", "start-zorg", "stop-zorg", "declaraties")) {
            importeer(http, soort, csv.resolve(soort + ".csv"), "text/csv");
        }
    }

    static Http.Antwoord importeer(Http http, String soort, Path bestand, String type) {
        return importeer(http, "jeugdhulp", soort, bestand, type);
    }

    /** @param module the module's path: {@code jeugdhulp} or {@code beschermd-wonen} */
    static Http.Antwoord importeer(Http http, String module, String soort, Path bestand, String type) {
        Http.Antwoord a = http.post(module + "/imports/" + soort + "?bestand=" + bestand.getFileName(), type, bytes(bestand));
        assertEquals(bestand + ": " + a.body(), 201, a.status());
        return a;
    }

    static byte[] bytes(Path bestand) {
        try {
            return Files.readAllBytes(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lees(Path bestand) {
        try {
            return Files.readAllLines(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
