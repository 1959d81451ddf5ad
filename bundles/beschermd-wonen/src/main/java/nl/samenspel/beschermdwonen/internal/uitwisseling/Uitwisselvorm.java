package nl.samenspel.beschermdwonen.internal.uitwisseling;

import java.util.List;
import nl.samenspel.beschermdwonen.internal.domein.Aanmelding;
import nl.samenspel.beschermdwonen.internal.domein.Codes;
import nl.samenspel.beschermdwonen.internal.domein.Plaatsing;
import nl.samenspel.beschermdwonen.internal.invoer.Bwsoort;
import nl.samenspel.invoer.Doorgifte;

/**
 * The exchange form of applications and placements: the module's own CSV columns with the
 * pseudonym in {@code client}, so the hub reads a batch as any file. Facilities are the
 * centrumgemeente's data: a node reads them for its own checks and does not send them.
 */
public final class Uitwisselvorm {

    private Uitwisselvorm() {
    }

    public static List<String> kop(Bwsoort soort) {
        return soort.kolommen().uitwisselkop();
    }

    /** The herkomstgemeente: the municipality responsible for the client, the only one that may send the record. */
    public static String gemeente(Object record) {
        if (record instanceof Plaatsing p) {
            return p.herkomstgemeente();
        } else if (record instanceof Aanmelding a) {
            return a.herkomstgemeente();
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }

    /** The values of a record in the order of {@link #kop}. */
    public static List<String> regel(Object record) {
        if (record instanceof Plaatsing p) {
            return Doorgifte.waarden(p.herkomstgemeente(), p.nummer(), p.voorziening(), Codes.code(p.vorm()), p.ingang(), p.tarief(),
                    Codes.code(p.tariefeenheid()), p.einde(), p.eindreden() == null ? null : Codes.code(p.eindreden()),
                    p.overgangsrecht() ? "ja" : "nee", p.overboeking() ? "ja" : "nee", p.aanmelding(),
                    p.wijziging() == null ? null : p.wijziging().code(), p.client());
        } else if (record instanceof Aanmelding a) {
            return Doorgifte.waarden(a.herkomstgemeente(), a.nummer(), a.datum(), Codes.code(a.vorm()), a.correctie() ? "correctie" : null, a.client());
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }
}
