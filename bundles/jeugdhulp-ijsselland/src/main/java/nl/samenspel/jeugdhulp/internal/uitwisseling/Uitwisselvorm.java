package nl.samenspel.jeugdhulp.internal.uitwisseling;

import java.util.List;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
import nl.samenspel.invoer.Doorgifte;
import nl.samenspel.module.toewijzing.Leveringlezer;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;

/**
 * The exchange form of the kinds a node sends to the hub: the module's own CSV columns, with the
 * pseudonym in {@code client}, so the hub reads a batch with the same reader and checks as any
 * file. Whatever the node read (CSV or iJw), the hub gets this one form.
 */
public final class Uitwisselvorm {

    private Uitwisselvorm() {
    }

    public static List<String> kop(Importsoort soort) {
        return soort.kolommen().uitwisselkop();
    }

    /** The values of a record in the order of {@link #kop}. */
    public static List<String> regel(Object record) {
        if (record instanceof Zorg.Toewijzing t) {
            return Doorgifte.waarden(t.gemeente(), t.nummer(), t.agb(), t.categorie(), t.code(), t.ingang(), t.toewijzingsdatum(), t.einde(),
                    t.volume(), t.eenheid(), t.frequentie(), t.budget(), t.aanmelddatum(),
                    t.verwijzer() == null ? null : t.verwijzer().code(), t.wijziging() == null ? null : t.wijziging().code(), t.client());
        } else if (record instanceof StartZorg s) {
            return Leveringlezer.uitwisselregel(s);
        } else if (record instanceof StopZorg s) {
            return Leveringlezer.uitwisselregel(s);
        } else if (record instanceof Zorg.Declaratieregel d) {
            return Doorgifte.waarden(d.gemeente(), d.nummer(), d.declaratienummer(), d.begindatum(), d.einddatum(), Math.abs(d.bedrag()),
                    d.bedrag() < 0 ? "C" : "D");
        } else if (record instanceof Stamgegevens.Budget b) {
            return Doorgifte.waarden(b.gemeente(), b.jaar(), b.totaal(), b.regionaal(), b.lokaal());
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }
}
