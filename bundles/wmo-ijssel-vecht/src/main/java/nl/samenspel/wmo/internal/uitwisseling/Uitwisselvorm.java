package nl.samenspel.wmo.internal.uitwisseling;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.invoer.Doorgifte;
import nl.samenspel.module.toewijzing.Leveringlezer;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.invoer.Wmosoort;

/**
 * The exchange form of the kinds a node sends to the hub: the module's own CSV columns, with the
 * pseudonym in {@code client} and {@code minderjarig} in place of a birth date, so the hub reads a
 * batch with the same reader and checks as any file. Whatever the node read (CSV or iWmo), the hub
 * gets this one form.
 */
public final class Uitwisselvorm {

    private Uitwisselvorm() {
    }

    public static List<String> kop(Wmosoort soort) {
        List<String> kop = new ArrayList<>(soort.kolommen().uitwisselkop());
        // a birth date never leaves the node: it was turned into minderjarig on reading
        kop.remove("geboortedatum");
        return kop;
    }

    /** The values of a record in the order of {@link #kop}. */
    public static List<String> regel(Object record) {
        if (record instanceof Ondersteuning.Toewijzing t) {
            return Doorgifte.waarden(t.gemeente(), t.nummer(), t.agb(), t.categorie(), t.code(), t.ingang(), t.toewijzingsdatum(), t.einde(),
                    t.volume(), t.eenheid(), t.frequentie(), t.budget(), t.aanvraagdatum(),
                    t.minderjarig() == null ? null : t.minderjarig() ? "ja" : "nee", t.wijziging() == null ? null : t.wijziging().code(), t.client());
        } else if (record instanceof StartZorg s) {
            return Leveringlezer.uitwisselregel(s);
        } else if (record instanceof StopZorg s) {
            return Leveringlezer.uitwisselregel(s);
        } else if (record instanceof Ondersteuning.Declaratieregel d) {
            return Doorgifte.waarden(d.gemeente(), d.nummer(), d.declaratienummer(), d.begindatum(), d.einddatum(), Math.abs(d.volume()), d.eenheid(),
                    Math.abs(d.bedrag()), d.bedrag() < 0 ? "C" : "D", d.tarief(), null, null);
        } else if (record instanceof Ondersteuning.Gebruik g) {
            return Doorgifte.waarden(g.gemeente(), g.agb(), g.categorie(), g.code(), g.maand(), g.deelnemers(), g.bedrag(), g.correctie() ? "correctie" : null);
        } else if (record instanceof Stamgegevens.Budget b) {
            return Doorgifte.waarden(b.gemeente(), b.jaar(), b.budget());
        } else if (record instanceof Ondersteuning.Deelnemer d) {
            return Doorgifte.waarden(d.gemeente(), d.agb(), d.categorie(), d.code(), d.maand(), d.client());
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }
}
