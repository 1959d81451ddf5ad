package nl.samenspel.invoer;

import nl.samenspel.api.invoer.Invoerlimieten;

/** The default bounds with some changed, so a test reaches a bound with a small input. */
final class Grenzen {

    private Grenzen() {
    }

    static Invoerlimieten zip(int berichten, long uitgepakt, int verhouding) {
        Invoerlimieten s = Invoerlimieten.standaard();
        return new Invoerlimieten.Waarden(s.uploadBytes(), s.jsonBytes(), s.jsonDiepte(), s.jsonLijst(), s.jsonTekst(), berichten, uitgepakt,
                verhouding, s.csvRegellengte(), s.csvVelden(), s.xmlDiepte(), s.decimaalPrecisie(), s.decimaalSchaal());
    }

    static Invoerlimieten csv(int regellengte, int velden) {
        Invoerlimieten s = Invoerlimieten.standaard();
        return new Invoerlimieten.Waarden(s.uploadBytes(), s.jsonBytes(), s.jsonDiepte(), s.jsonLijst(), s.jsonTekst(), s.zipBerichten(),
                s.zipUitgepakt(), s.zipVerhouding(), regellengte, velden, s.xmlDiepte(), s.decimaalPrecisie(), s.decimaalSchaal());
    }
}
