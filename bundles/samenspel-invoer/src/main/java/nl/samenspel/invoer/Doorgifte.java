package nl.samenspel.invoer;

import java.util.List;
import java.util.function.Function;

/**
 * What every module does alike for the exchange in its import: the sender may deliver only its
 * own gemeente's records, and an accepted file's transaction also writes the outbox (node) or
 * the receipt (hub).
 */
public final class Doorgifte {

    private Doorgifte() {
    }

    /** The gemeente every record must be for: the sender's at the hub, the node's own on a node; null: any. */
    public static String afzender(Afzending afzending, Uitgaand wachtrij) {
        return afzending != null ? afzending.gemeente() : wachtrij != null ? wachtrij.gemeente() : null;
    }

    /**
     * Names every record whose gemeente is not the sender's.
     *
     * @param veld the field that holds the gemeente ({@code gemeente}, {@code herkomstgemeente})
     */
    public static <T> void alleenVoor(String afzender, List<Gelezen.Regel<T>> regels, Function<? super T, String> gemeente, String veld,
                                      List<Regelfout> fouten) {
        for (Gelezen.Regel<T> regel : regels) {
            String van = gemeente.apply(regel.waarde());
            if (!afzender.equals(van)) {
                fouten.add(new Regelfout(regel.plaats(), veld, "gemeente " + van + " hoort niet bij dit knooppunt: gemeente " + afzender
                        + " levert alleen haar eigen gegevens"));
            }
        }
    }

    /**
     * The writer of an accepted file with what the exchange adds on the same connection: the
     * hub's receipt ({@code afzending}), or the node's outbox rows ({@code wachtrij}); neither: the
     * writer itself.
     *
     * @param kop   the exchange form's header
     * @param regel one record in the exchange form, in the order of {@code kop}
     */
    public static <T> Importlogboek.Schrijver metUitwisseling(Importlogboek.Schrijver schrijver, Afzending afzending, Uitgaand wachtrij,
                                                             String module, String soort, List<String> kop, List<T> records,
                                                             Function<? super T, List<String>> regel) {
        if (afzending != null) {
            return (c, importId) -> {
                schrijver.schrijf(c, importId);
                afzending.ontvangst().schrijf(c, importId, records.size());
            };
        }
        if (wachtrij != null) {
            return (c, importId) -> {
                schrijver.schrijf(c, importId);
                wachtrij.bewaar(c, module, soort, importId, kop, records.stream().<List<String>>map(regel).toList());
            };
        }
        return schrijver;
    }

    /** A record's values in the exchange form, in the order of its header: as text, and an absent value stays empty (null). */
    public static List<String> waarden(Object... waarden) {
        return java.util.Arrays.stream(waarden).map(w -> w == null ? null : w.toString()).toList();
    }
}
