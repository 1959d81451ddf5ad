package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored equalization run as the API shows it: the model and every input as
 * used, and per member the result with enough intermediate values to explain
 * every cent. Amounts are integer eurocents; exact intermediate values are
 * fractions written as {@code teller/noemer}, with a decimal rendering beside the
 * share for people. {@code aangemaaktDoor} is who made the run; null for runs made before it
 * was recorded.
 */
public record Run(long id, String regio, int jaar, Instant aangemaakt, String aangemaaktDoor, String registerVersie, JsonNode model,
                  long totaleKosten, Map<String, String> sleuteltotalen, String pool, List<Lid> leden,
                  List<Ronde> plafondrondes, Controle controle) {

    /** One member's inputs as used: budget, pooled cost, and every key value (from the register or the request). */
    public record Invoer(String gemeente, long budget, long kosten, Map<String, Long> sleutels) {
    }

    public record Lid(String gemeente, String naam, long budget, long kosten, Map<String, Long> sleutels,
                      String sigma, String sigmaDecimaal, Map<String, String> sigmaDelen,
                      long afwijking, String bandgrens, String inbreng, String poolaandeel,
                      String toerekeningVoorPlafond, String plafondcorrectie, int geplafonneerdInRonde,
                      String exacteToerekening, int afrondingscent,
                      long toerekening, long verevening, long saldo) {
    }

    public record Ronde(int ronde, Map<String, String> afgetopt, String teVerdelen, String sigmaOntvangers,
                        Map<String, String> toegerekend) {
    }

    /** The sums a reader checks first: Σ T = K and Σ V = 0. */
    public record Controle(long somToerekening, long somVerevening) {
    }

    /** The run as stored: id, time and creator live in their own columns, not in the stored result. */
    public Run opgeslagen(long nieuwId, Instant tijdstip, String door) {
        return new Run(nieuwId, regio, jaar, tijdstip, door, registerVersie, model, totaleKosten, sleuteltotalen, pool, leden,
                plafondrondes, controle);
    }
}
