package nl.samenspel.store.internal;

import java.sql.SQLException;
import java.util.Map;

/**
 * Which database errors say something about the storage rather than about the work, and how to
 * name them for an operator. By SQLState: standard classes where they exist, Derby's own where not.
 */
final class Opslagfout {

    /** SQLState prefixes of storage failures, with what they mean. */
    private static final Map<String, String> SOORTEN = Map.of(
            "25502", "de database staat op alleen-lezen",
            "08", "de verbinding met de database is verbroken",
            "XJ", "de database is niet geopend",
            "XSDG", "een databasebestand is niet te schrijven (schijf vol?)",
            "XSLA", "het transactielogboek is niet te schrijven (schijf vol?)",
            "XSLB", "het transactielogboek is niet te schrijven (schijf vol?)",
            "40XD", "de database is afgesloten na een ernstige fout",
            "57P", "de databaseserver is gestopt");

    private Opslagfout() {
    }

    static boolean isOpslagfout(SQLException e) {
        return soort(e) != null;
    }

    /** "SQLState X: what it means" for the probe's failure; Derby's sentence only when the state is none of the known ones. */
    static String beschrijf(SQLException e) {
        String soort = soort(e);
        String zin = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return "SQLState " + e.getSQLState() + ", " + (soort != null ? soort : zin.length() > 200 ? zin.substring(0, 200) + "..." : zin);
    }

    private static String soort(SQLException e) {
        for (SQLException f = e; f != null; f = f.getNextException()) {
            String state = f.getSQLState();
            if (state != null) {
                for (Map.Entry<String, String> s : SOORTEN.entrySet()) {
                    if (state.startsWith(s.getKey())) {
                        return s.getValue();
                    }
                }
            }
        }
        return null;
    }
}
