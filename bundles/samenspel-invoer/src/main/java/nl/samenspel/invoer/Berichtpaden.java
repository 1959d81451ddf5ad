package nl.samenspel.invoer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.invoer.Istandaardbericht.Afzender;
import nl.samenspel.invoer.Istandaardbericht.Type;
import nl.samenspel.invoer.Istandaardbericht.Veld;

/**
 * The path tables of one message type, worked out once per reader rather than per message: which
 * paths lead to something read, which field a path is, what a record gets from its message, and
 * which message-level values a repeated element makes stale. Paths are below the root element,
 * without indices.
 */
final class Berichtpaden {

    final Type type;
    final String namespace;
    final String basisnamespace;
    /** The record element's name, for reports. */
    final String record;
    /**
     * Every path that leads to something read. Any other element is skipped with its whole subtree,
     * unread: that is where names, birth dates and addresses are, and skipping them is most of the
     * parsing time saved.
     */
    final Set<String> relevant;
    /** Message-level fields: the common ones and the type's own. */
    final Map<String, Veld> kop;
    /** The Header column that is the gemeente's code, and the one that is the provider's AGB code. */
    final String gemeentekolom;
    final String agbkolom;
    /** The message-level columns every record gets under their own name. */
    final List<String> naarRecord;
    /**
     * Per element, the message-level columns below it: forgotten when it opens, so that a
     * declaration's second client never shows the first one's BSN when its own is missing.
     */
    private final Map<String, List<String>> verloopt;

    Berichtpaden(Type type) {
        this.type = type;
        this.namespace = type.namespace();
        this.basisnamespace = type.basisnamespace();
        this.record = type.record();
        Map<String, Veld> alleKop = new HashMap<>(Istandaardbericht.GEMEENSCHAPPELIJK);
        alleKop.putAll(type.kop());
        this.kop = Map.copyOf(alleKop);
        boolean vanGemeente = type.afzender() == Afzender.GEMEENTE;
        this.gemeentekolom = vanGemeente ? "Afzender" : "Ontvanger";
        this.agbkolom = vanGemeente ? "Ontvanger" : "Afzender";
        List<String> mee = new ArrayList<>(List.of(CsvBestand.BSN, "declaratienummer"));
        type.kop().values().forEach(v -> mee.add(v.kolom()));
        this.naarRecord = List.copyOf(mee);

        List<String> volledig = new ArrayList<>(kop.keySet());
        type.velden().keySet().forEach(v -> volledig.add(type.recordPad() + "/" + v));
        Set<String> paden = new HashSet<>();
        for (String pad : volledig) {
            paden.addAll(voorouders(pad));
            paden.add(pad);
        }
        this.relevant = Set.copyOf(paden);

        Map<String, List<String>> verlopen = new HashMap<>();
        kop.forEach((pad, veld) -> voorouders(pad).forEach(v -> verlopen.computeIfAbsent(v, k -> new ArrayList<>()).add(veld.kolom())));
        this.verloopt = Map.copyOf(verlopen);
    }

    /** The field at this path below the record element, or null. */
    Veld recordveld(String padInRecord) {
        return type.velden().get(padInRecord);
    }

    /** The message-level columns an element of this path holds, to forget when it opens. */
    List<String> verloopt(String pad) {
        return verloopt.getOrDefault(pad, List.of());
    }

    /** {@code a/b/c} gives {@code a} and {@code a/b}. */
    private static List<String> voorouders(String pad) {
        List<String> uit = new ArrayList<>();
        for (int i = pad.indexOf('/'); i >= 0; i = pad.indexOf('/', i + 1)) {
            uit.add(pad.substring(0, i));
        }
        return uit;
    }
}
