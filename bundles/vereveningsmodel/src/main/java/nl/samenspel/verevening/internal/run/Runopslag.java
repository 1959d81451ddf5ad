package nl.samenspel.verevening.internal.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.samenspel.store.Jdbc;
import nl.samenspel.store.Lijstvraag;

/**
 * Table access of schema VEREVENING. Runs are inserted and read, never updated
 * or deleted: a run is evidence of a settlement between municipalities.
 */
final class Runopslag {

    static final String SCHEMA = "VEREVENING";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<List<Run.Invoer>> INVOER = new TypeReference<>() {
    };

    /** A run with the inputs it was computed from. */
    record Opgeslagen(Run run, List<Run.Invoer> invoer) {
    }

    private final DataSource dataSource;

    Runopslag(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the runs, made by {@code door}, and with more than one also the comparison of them, in one
     * transaction. Returns the stored runs and the comparison id (0 if none).
     */
    Bewaard bewaar(List<Run> runs, List<Run.Invoer> invoer, String door) throws SQLException {
        // stored with millisecond precision, so what is read back equals what was answered
        Instant nu = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Jdbc.transactie(dataSource, c -> {
            List<Run> opgeslagen = new ArrayList<>();
            for (Run run : runs) {
                opgeslagen.add(voegToe(c, run, invoer, nu, door));
            }
            return new Bewaard(opgeslagen, runs.size() > 1 ? vergelijking(c, opgeslagen, nu) : 0);
        });
    }

    record Bewaard(List<Run> runs, long vergelijking) {
    }

    private static Run voegToe(Connection c, Run run, List<Run.Invoer> invoer, Instant nu, String door) throws SQLException {
        String sql = "INSERT INTO " + SCHEMA + ".run (regio, jaar, aangemaakt, register_versie, model, invoer, resultaat, aangemaakt_door)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, run.regio());
            ps.setInt(2, run.jaar());
            ps.setTimestamp(3, Timestamp.from(nu));
            ps.setString(4, run.registerVersie());
            ps.setString(5, json(run.model()));
            ps.setString(6, json(invoer));
            // id, time and creator live in their columns only; the stored result is the run without them
            String resultaat = json(run.opgeslagen(0, null, null));
            ps.setString(7, resultaat);
            ps.setString(8, door);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                // answer with exactly what a later read gives (JSON numbers normalised the same way)
                return gelezen(resultaat).opgeslagen(keys.getLong(1), nu, door);
            }
        }
    }

    private static long vergelijking(Connection c, List<Run> runs, Instant nu) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".vergelijking (aangemaakt) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setTimestamp(1, Timestamp.from(nu));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".vergelijking_run (vergelijking_id, volgorde, run_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < runs.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setLong(3, runs.get(i).id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    Optional<Opgeslagen> lees(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT resultaat, invoer, aangemaakt, aangemaakt_door FROM " + SCHEMA + ".run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Run run = gelezen(rs.getString(1)).opgeslagen(id, rs.getTimestamp(3).toInstant(), rs.getString(4));
                return Optional.of(new Opgeslagen(run, JSON.readValue(rs.getString(2), INVOER)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run " + id + " is onleesbaar opgeslagen", e);
        }
    }

    /** One page of the stored runs, newest first, of a region and year when given (null: all). */
    Lijstvraag.Deel<Runregel> lijst(String regio, Integer jaar, long offset, int aantal) throws SQLException {
        return new Lijstvraag().gelijk("r.regio", regio).gelijk("r.jaar", jaar).deel(dataSource,
                "SELECT COUNT(*) FROM " + SCHEMA + ".run r",
                "SELECT r.id, r.regio, r.jaar, r.aangemaakt, r.aangemaakt_door, d.vastgesteld, d.vastgesteld_door FROM " + SCHEMA
                        + ".run r LEFT JOIN " + SCHEMA + ".definitief d ON d.run_id = r.id",
                "r.id DESC", offset, aantal,
                rs -> new Runregel(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) != null, rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)));
    }

    /** The run ids of a comparison, in order; empty when it does not exist. */
    List<Long> vergelijking(long id) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT run_id FROM " + SCHEMA + ".vergelijking_run WHERE vergelijking_id = ? ORDER BY volgorde",
                rs -> rs.getLong(1), id);
    }

    private static Run gelezen(String resultaat) {
        try {
            return JSON.readValue(resultaat, Run.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("opgeslagen run is onleesbaar", e);
        }
    }

    private static String json(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("niet als JSON te schrijven: " + waarde.getClass(), e);
        }
    }

    /**
     * Makes a run final, by {@code door}; the same run again answers its existing final state (with
     * who made it final then). When another run of the region and year is final already, that one is
     * returned instead.
     */
    Vaststelling maakDefinitief(Run run, String door) throws SQLException {
        Optional<Vaststelling> bestaand = definitief(run.regio(), run.jaar());
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        Instant nu = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".definitief (run_id, regio, jaar, vastgesteld, vastgesteld_door)"
                     + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, run.id());
            ps.setString(2, run.regio());
            ps.setInt(3, run.jaar());
            ps.setTimestamp(4, java.sql.Timestamp.from(nu));
            ps.setString(5, door);
            ps.executeUpdate();
        } catch (java.sql.SQLIntegrityConstraintViolationException e) {
            // made final at the same moment by another request: that one stands
            return definitief(run.regio(), run.jaar()).orElseThrow(() -> e);
        }
        return new Vaststelling(run.id(), run.regio(), run.jaar(), run.aangemaaktDoor(), nu, door);
    }

    Optional<Vaststelling> definitief(String regio, int jaar) throws SQLException {
        return vaststellingen("WHERE d.regio = ? AND d.jaar = ?", regio, jaar).stream().findFirst();
    }

    /** Every final run, oldest first. */
    List<Vaststelling> vaststellingen() throws SQLException {
        return vaststellingen("");
    }

    private List<Vaststelling> vaststellingen(String waar, Object... parameters) throws SQLException {
        return Jdbc.lijst(dataSource, "SELECT d.run_id, d.regio, d.jaar, r.aangemaakt_door, d.vastgesteld, d.vastgesteld_door FROM "
                + SCHEMA + ".definitief d JOIN " + SCHEMA + ".run r ON r.id = d.run_id " + waar + " ORDER BY d.run_id",
                rs -> new Vaststelling(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6)), parameters);
    }
}
