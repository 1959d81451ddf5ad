package nl.samenspel.jeugdhulp.internal.uitwisseling;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.samenspel.jeugdhulp.internal.domein.Stamgegevens;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import nl.samenspel.jeugdhulp.internal.invoer.Importsoort;
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

    public static boolean naarHub(Importsoort soort) {
        return switch (soort) {
            case BUDGETTEN, TOEWIJZINGEN, START_ZORG, STOP_ZORG, DECLARATIES -> true;
            default -> false;
        };
    }

    public static List<String> kop(Importsoort soort) {
        return soort.kolommen().uitwisselkop();
    }

    /** The municipality a record is for: a node may send only its own. */
    public static String gemeente(Object record) {
        if (record instanceof Zorg.Toewijzing t) {
            return t.gemeente();
        } else if (record instanceof StartZorg s) {
            return s.gemeente();
        } else if (record instanceof StopZorg s) {
            return s.gemeente();
        } else if (record instanceof Zorg.Declaratieregel d) {
            return d.gemeente();
        } else if (record instanceof Stamgegevens.Budget b) {
            return b.gemeente();
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }

    /** The values of a record in the order of {@link #kop}. */
    public static List<String> regel(Object record) {
        if (record instanceof Zorg.Toewijzing t) {
            return waarden(t.gemeente(), t.nummer(), t.agb(), t.categorie(), t.code(), t.ingang(), t.toewijzingsdatum(), t.einde(),
                    t.volume(), t.eenheid(), t.frequentie(), t.budget(), t.aanmelddatum(),
                    t.verwijzer() == null ? null : t.verwijzer().code(), t.wijziging() == null ? null : t.wijziging().code(), t.client());
        } else if (record instanceof StartZorg s) {
            return waarden(s.gemeente(), s.nummer(), s.begindatum(), status(s.intrekken(), s.gewijzigd()));
        } else if (record instanceof StopZorg s) {
            return waarden(s.gemeente(), s.nummer(), s.einddatum(), s.reden(), status(s.intrekken(), s.gewijzigd()));
        } else if (record instanceof Zorg.Declaratieregel d) {
            return waarden(d.gemeente(), d.nummer(), d.declaratienummer(), d.begindatum(), d.einddatum(), Math.abs(d.bedrag()),
                    d.bedrag() < 0 ? "C" : "D");
        } else if (record instanceof Stamgegevens.Budget b) {
            return waarden(b.gemeente(), b.jaar(), b.totaal(), b.regionaal(), b.lokaal());
        }
        throw new IllegalArgumentException("geen record dat een knooppunt verstuurt: " + record.getClass().getSimpleName());
    }

    private static String status(boolean intrekken, boolean gewijzigd) {
        return intrekken ? "3" : gewijzigd ? "2" : null;
    }

    private static List<String> waarden(Object... waarden) {
        return Arrays.stream(waarden).map(w -> w == null ? null : Objects.toString(w)).toList();
    }
}
