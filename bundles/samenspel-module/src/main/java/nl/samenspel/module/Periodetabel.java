package nl.samenspel.module;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.samenspel.store.Jdbc;

/**
 * A module's table of dated master data ({@link Periode}): its key columns, {@code INGANG},
 * {@code EINDE} (null: open) and the dated columns. Writes what {@link Periodewijziging#beoordeel}
 * judged, the same way in every module: a new key's first period, and a change that either replaces
 * the last period's values (from that period's own first day) or closes the last period the day
 * before and opens a new one. Nothing else of the past is rewritten.
 */
public final class Periodetabel {

    private final String tabel;
    private final List<String> sleutel;
    private final List<String> waarden;

    /**
     * @param tabel   the qualified table ({@code JEUGDHULP.PRODUCTPERIODE})
     * @param sleutel the key's columns
     * @param waarden the dated columns
     */
    public Periodetabel(String tabel, List<String> sleutel, List<String> waarden) {
        this.tabel = tabel;
        this.sleutel = List.copyOf(sleutel);
        this.waarden = List.copyOf(waarden);
    }

    /** An open period of the key from {@code vanaf}: a new key's first, or the one after a closed one. */
    public void open(Connection c, List<?> sleutelwaarden, LocalDate vanaf, List<?> nieuw) throws SQLException {
        List<Object> alle = new ArrayList<>(sleutelwaarden);
        alle.add(vanaf);
        alle.addAll(nieuw);
        Jdbc.bijwerk(c, "INSERT INTO " + tabel + " (" + String.join(", ", sleutel) + ", INGANG, EINDE, " + String.join(", ", waarden)
                + ") VALUES (" + String.join(", ", Collections.nCopies(sleutel.size() + 1, "?")) + ", NULL, "
                + String.join(", ", Collections.nCopies(waarden.size(), "?")) + ")", alle.toArray());
    }

    /**
     * Applies a judged change to the key's periods.
     *
     * @param laatste the first day of the key's last period as stored
     */
    public void wijzig(Connection c, List<?> sleutelwaarden, LocalDate laatste, Periodewijziging wijziging, List<?> nieuw)
            throws SQLException {
        String waar = " WHERE " + String.join(" = ? AND ", sleutel) + " = ? AND INGANG = ?";
        List<Object> alle = new ArrayList<>();
        if (wijziging.vervangtLaatste()) {
            alle.addAll(nieuw);
            alle.addAll(sleutelwaarden);
            alle.add(wijziging.vanaf());
            Jdbc.bijwerk(c, "UPDATE " + tabel + " SET " + String.join(" = ?, ", waarden) + " = ?" + waar, alle.toArray());
            return;
        }
        alle.add(wijziging.vanaf().minusDays(1));
        alle.addAll(sleutelwaarden);
        alle.add(laatste);
        Jdbc.bijwerk(c, "UPDATE " + tabel + " SET EINDE = ?" + waar, alle.toArray());
        open(c, sleutelwaarden, wijziging.vanaf(), nieuw);
    }
}
