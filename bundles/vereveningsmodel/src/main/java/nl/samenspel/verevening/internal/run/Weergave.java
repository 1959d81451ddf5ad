package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.samenspel.verevening.engine.Breuk;
import nl.samenspel.verevening.engine.LidResultaat;
import nl.samenspel.verevening.engine.Vereveningsresultaat;

/** Turns an engine result into the stored and shown {@link Run}. */
final class Weergave {

    private static final int DECIMALEN = 10;

    private Weergave() {
    }

    static Run van(Vereveningsresultaat r, JsonNode model, String registerVersie, Function<String, String> gemeentenaam) {
        List<Run.Lid> leden = r.leden().stream().map(l -> lid(l, gemeentenaam.apply(l.code()))).toList();
        long somT = leden.stream().mapToLong(Run.Lid::toerekening).sum();
        long somV = leden.stream().mapToLong(Run.Lid::verevening).sum();
        Map<String, String> totalen = new LinkedHashMap<>();
        r.sleuteltotalen().forEach((k, v) -> totalen.put(k, v.toString()));
        List<Run.Ronde> rondes = r.plafondrondes().stream()
                .map(p -> new Run.Ronde(p.ronde(), tekst(p.afgetopt()), p.teVerdelen().toString(), p.sigmaOntvangers().toString(),
                        tekst(p.toegerekend())))
                .toList();
        return new Run(0, r.regio(), r.jaar(), null, null, registerVersie, model, r.totaleKosten().eurocent(), totalen,
                r.pool().toString(), leden, rondes, new Run.Controle(somT, somV));
    }

    private static Run.Lid lid(LidResultaat l, String naam) {
        return new Run.Lid(l.code(), naam, l.budget().eurocent(), l.kosten().eurocent(), l.sleutelwaarden(),
                l.sigma().toString(), l.sigma().alsDecimaal(DECIMALEN), tekst(l.sigmaDelen()),
                l.afwijking().eurocent(), l.bandgrens() == null ? null : l.bandgrens().toString(), l.inbreng().toString(),
                l.poolaandeel().toString(), l.toerekeningVoorPlafond().toString(), l.plafondcorrectie().toString(),
                l.geplafonneerdInRonde(), l.exacteToerekening().toString(), l.afrondingscent(),
                l.toerekening().eurocent(), l.verevening().eurocent(), l.saldo().eurocent());
    }

    private static Map<String, String> tekst(Map<String, Breuk> breuken) {
        Map<String, String> uit = new LinkedHashMap<>();
        breuken.forEach((k, v) -> uit.put(k, v.toString()));
        return uit;
    }
}
