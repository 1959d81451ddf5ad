package nl.samenspel.module.toewijzing.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.samenspel.invoer.Importlogboek;
import nl.samenspel.module.toewijzing.Stand;
import nl.samenspel.module.toewijzing.StartZorg;
import nl.samenspel.module.toewijzing.StopZorg;
import nl.samenspel.module.toewijzing.Toewijzingsbasis;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.store.Jdbc;

/**
 * A module's table of allocations, keyed by {@code GEMEENTE} and {@code NUMMER}, with a column per
 * field of {@link Toewijzingsbasis} ({@link #KOLOMMEN}), the provider's {@code START_ZORG},
 * {@code STOP_ZORG} and {@code STOP_REDEN}, and {@code IMPORT_ID}; every other column is the module's own. The reads
 * the checks of starts, stops and declarations need, and the writes of a file of allocations,
 * starts or stops, are the same in every module, so they are written once: a change to how a
 * start is withdrawn or how a changed allocation keeps its start holds for every module at once.
 */
public final class Toewijzingtabel {

    /** Rows per JDBC batch: large files are sent in pieces, not row by row and not all at once. */
    private static final int BATCH = 1_000;

    /** The columns of the shared fields, in the order of {@link Toewijzingsbasis}. */
    public static final List<String> KOLOMMEN = List.of("CLIENT", "AGB", "CATEGORIE", "CODE", "TOEWIJZINGSDATUM", "INGANG", "EINDE", "VOLUME",
            "EENHEID", "FREQUENTIE", "BUDGET");

    /** Sets a record's own columns, parameters 1 through the number of the module's columns, in the constructor's order. */
    @FunctionalInterface
    public interface Velden<T> {
        void zet(PreparedStatement ps, T record) throws SQLException;
    }

    private final String tabel;
    private final String nieuw;
    private final String gewijzigd;
    private final int eigen;

    /**
     * @param tabel         the qualified table ({@code JEUGDHULP.TOEWIJZING})
     * @param eigenKolommen the module's own columns a file of allocations writes
     */
    public Toewijzingtabel(String tabel, List<String> eigenKolommen) {
        this.tabel = tabel;
        this.eigen = eigenKolommen.size();
        List<String> kolommen = new ArrayList<>(eigenKolommen);
        kolommen.addAll(KOLOMMEN);
        this.nieuw = "INSERT INTO " + tabel + " (" + String.join(", ", kolommen) + ", IMPORT_ID, GEMEENTE, NUMMER) VALUES ("
                + String.join(", ", Collections.nCopies(kolommen.size() + 3, "?")) + ")";
        this.gewijzigd = "UPDATE " + tabel + " SET " + String.join(" = ?, ", kolommen) + " = ?, IMPORT_ID = ? WHERE GEMEENTE = ? AND NUMMER = ?";
    }

    /** Every stored allocation's period and reported start and stop: what starts, stops and declarations refer to. */
    public Map<Toewijzingsleutel, Stand> standen(DataSource dataSource) throws SQLException {
        Map<Toewijzingsleutel, Stand> uit = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT GEMEENTE, NUMMER, INGANG, EINDE, START_ZORG, STOP_ZORG, STOP_REDEN FROM " + tabel)) {
            while (rs.next()) {
                uit.put(new Toewijzingsleutel(rs.getString(1), rs.getLong(2)), new Stand(Jdbc.datum(rs, "INGANG"), Jdbc.datum(rs, "EINDE"),
                        Jdbc.datum(rs, "START_ZORG"), Jdbc.datum(rs, "STOP_ZORG"), Jdbc.tekst(rs, "STOP_REDEN")));
            }
        }
        return uit;
    }

    /**
     * The stored allocations with these numbers, as the module reads a row ({@code SELECT *}).
     *
     * @param sleutel the key of what {@code lezer} read
     */
    public <T> Map<Toewijzingsleutel, T> opgeslagen(DataSource dataSource, Collection<Toewijzingsleutel> sleutels,
                                                    Jdbc.Lezer<T> lezer, Function<T, Toewijzingsleutel> sleutel) throws SQLException {
        Set<Toewijzingsleutel> gevraagd = new HashSet<>(sleutels);
        Map<Toewijzingsleutel, T> uit = new HashMap<>();
        perBereik(dataSource, sleutels, "SELECT * FROM " + tabel + " WHERE GEMEENTE = ? AND NUMMER BETWEEN ? AND ?", rs -> {
            T t = lezer.lees(rs);
            if (gevraagd.contains(sleutel.apply(t))) {
                uit.put(sleutel.apply(t), t);
            }
        });
        return uit;
    }

    /**
     * Runs a query with parameters gemeente, lowest and highest number once per gemeente, over the
     * range of numbers asked (the primary key's order): a file or a node's batch of 1,000
     * allocations reads about 1,000 stored rows, not every one the gemeente ever had. The rows of
     * numbers in the range that were not asked for come along; {@code rij} skips them.
     */
    public static void perBereik(DataSource dataSource, Collection<Toewijzingsleutel> sleutels, String sql, Jdbc.Rij rij) throws SQLException {
        Map<String, long[]> bereik = new HashMap<>();
        for (Toewijzingsleutel s : sleutels) {
            bereik.merge(s.gemeente(), new long[] {s.nummer(), s.nummer()}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, long[]> e : bereik.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue()[0]);
                ps.setLong(3, e.getValue()[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rij.lees(rs);
                    }
                }
            }
        }
    }

    /**
     * A file of allocations: a new number is inserted (in batches); a stored number was judged a
     * change ({@link nl.samenspel.module.toewijzing.Levering#geenStilleVervanging}) and replaces the
     * stored row, keeping its start and stop of care.
     *
     * @param bestaand the file's numbers that are stored
     * @param velden   sets the module's own columns
     */
    public <T extends Toewijzingsbasis> Importlogboek.Schrijver toewijzingen(List<T> lijst, Set<Toewijzingsleutel> bestaand,
                                                                           Velden<T> velden) {
        return (c, id) -> {
            try (PreparedStatement in = c.prepareStatement(nieuw); PreparedStatement over = c.prepareStatement(gewijzigd)) {
                int inNieuw = 0;
                for (T t : lijst) {
                    PreparedStatement ps = bestaand.contains(t.sleutel()) ? over : in;
                    velden.zet(ps, t);
                    int i = zet(ps, eigen, t);
                    ps.setLong(i + 1, id);
                    ps.setString(i + 2, t.gemeente());
                    ps.setLong(i + 3, t.nummer());
                    if (ps == over) {
                        ps.executeUpdate();
                    } else {
                        ps.addBatch();
                        if (++inNieuw % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                in.executeBatch();
            }
        };
    }

    /** Sets the shared fields after the module's {@code eigen} columns; returns the last parameter set. */
    private static int zet(PreparedStatement ps, int eigen, Toewijzingsbasis t) throws SQLException {
        ps.setString(eigen + 1, t.client());
        ps.setString(eigen + 2, t.agb());
        ps.setString(eigen + 3, t.categorie());
        ps.setString(eigen + 4, t.code());
        Jdbc.datum(ps, eigen + 5, t.toewijzingsdatum());
        Jdbc.datum(ps, eigen + 6, t.ingang());
        Jdbc.datum(ps, eigen + 7, t.einde());
        Jdbc.getal(ps, eigen + 8, t.volume());
        ps.setString(eigen + 9, t.eenheid());
        ps.setString(eigen + 10, t.frequentie());
        Jdbc.getal(ps, eigen + 11, t.budget());
        return eigen + KOLOMMEN.size();
    }

    /** Starts of care; a withdrawn start (StatusAanlevering 3) clears the stored one. */
    public Importlogboek.Schrijver starts(List<StartZorg> lijst) {
        return (c, id) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET START_ZORG = ? WHERE GEMEENTE = ? AND NUMMER = ?")) {
                for (StartZorg s : lijst) {
                    Jdbc.datum(ps, 1, s.intrekken() ? null : s.begindatum());
                    ps.setString(2, s.gemeente());
                    ps.setLong(3, s.nummer());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        };
    }

    /** Stops of care with their reason; a withdrawn stop clears both. */
    public Importlogboek.Schrijver stops(List<StopZorg> lijst) {
        return (c, id) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + tabel + " SET STOP_ZORG = ?, STOP_REDEN = ? WHERE GEMEENTE = ? AND NUMMER = ?")) {
                for (StopZorg s : lijst) {
                    Jdbc.datum(ps, 1, s.intrekken() ? null : s.einddatum());
                    ps.setString(2, s.intrekken() ? null : s.reden());
                    ps.setString(3, s.gemeente());
                    ps.setLong(4, s.nummer());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        };
    }
}
