package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.verevening.engine.Breuk;

/**
 * One member's statement of a run, with the derivation step by step, so a
 * controller can follow every cent from inputs to the amount to pay or receive.
 */
public record Afrekening(long run, String regio, int jaar, String gemeente, String naam, JsonNode model, Run.Lid lid,
                         List<Stap> afleiding) {

    /** One step: what it is, how it is computed, and the outcome. Amounts in euros for reading; the lid holds the cents. */
    public record Stap(String omschrijving, String berekening, String uitkomst) {
    }

    static Afrekening van(Run run, Run.Lid lid) {
        List<Stap> stappen = new ArrayList<>();
        stappen.add(new Stap("Gepoolde kosten K", "", euro(lid.kosten())));
        stappen.add(new Stap("Budget B", "", euro(lid.budget())));
        JsonNode gewichten = run.model().path("gewichten");
        for (Map.Entry<String, String> deel : lid.sigmaDelen().entrySet()) {
            String sleutel = deel.getKey();
            stappen.add(new Stap("Aandeel sleutel " + sleutel, "gewicht " + gewichten.path(sleutel).asText() + " × "
                    + lid.sleutels().get(sleutel) + " / " + run.sleuteltotalen().get(sleutel), decimaal(deel.getValue(), 10)));
        }
        stappen.add(new Stap("Gecombineerd aandeel σ", "som van de sleutelaandelen", lid.sigmaDecimaal() + " (exact " + lid.sigma() + ")"));
        boolean band = "band".equals(run.model().path("familie").asText());
        if (band) {
            stappen.add(new Stap("Afwijking d", "K − B", euro(lid.afwijking())));
            stappen.add(new Stap("Bandgrens", "band " + run.model().path("band").asText() + " × B", centenAlsEuro(lid.bandgrens())));
            stappen.add(new Stap("Inbreng in de pool e", "deel van d buiten ± bandgrens", centenAlsEuro(lid.inbreng())));
        } else {
            stappen.add(new Stap("Inbreng in de pool", "solidariteit " + run.model().path("solidariteit").asText() + " × K",
                    centenAlsEuro(lid.inbreng())));
        }
        stappen.add(new Stap("Aandeel in de pool", "pool " + centenAlsEuro(run.pool()) + " × σ", centenAlsEuro(lid.poolaandeel())));
        stappen.add(new Stap("Toerekening voor plafond", "K − inbreng + aandeel in de pool", centenAlsEuro(lid.toerekeningVoorPlafond())));
        if (run.model().hasNonNull("plafond")) {
            stappen.add(new Stap("Plafondcorrectie", lid.geplafonneerdInRonde() > 0
                    ? "afgetopt in ronde " + lid.geplafonneerdInRonde() + " op K + plafond " + run.model().path("plafond").asText() + " × B"
                    : "aandeel in wat afgetopte leden niet betalen", centenAlsEuro(lid.plafondcorrectie())));
        }
        stappen.add(new Stap("Toerekening exact", "", centenAlsEuro(lid.exacteToerekening())));
        stappen.add(new Stap("Toerekening T", "afgerond op centen, grootste rest (" + (lid.afrondingscent() == 1 ? "+1 cent" : "naar beneden") + ")",
                euro(lid.toerekening())));
        stappen.add(new Stap("Verevening V", "K − T (positief: ontvangt)", euro(lid.verevening())));
        stappen.add(new Stap("Saldo R", "B − T", euro(lid.saldo())));
        return new Afrekening(run.id(), run.regio(), run.jaar(), lid.gemeente(), lid.naam(), run.model(), lid, stappen);
    }

    private static String euro(long centen) {
        return Bedrag.eurocent(centen).alsTekst();
    }

    /** An exact amount in cents (a fraction), in euros in Dutch notation, to a hundredth of a cent. */
    private static String centenAlsEuro(String breuk) {
        if (breuk == null) {
            return "";
        }
        BigDecimal euro = new BigDecimal(Breuk.parse(breuk).alsDecimaal(4)).movePointLeft(2);
        // DecimalFormat formats a BigDecimal exactly; a new instance per call because it is not thread-safe
        DecimalFormat formaat = new DecimalFormat("#,##0.000000", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + formaat.format(euro);
    }

    private static String decimaal(String breuk, int decimalen) {
        return Breuk.parse(breuk).alsDecimaal(decimalen);
    }
}
