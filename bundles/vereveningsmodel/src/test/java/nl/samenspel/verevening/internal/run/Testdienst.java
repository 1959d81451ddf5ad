package nl.samenspel.verevening.internal.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.api.verevening.Vereveningsbron;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A {@link Vereveningsdienst} on a fresh in-memory Derby with the bundle's migrations and the test
 * register, for the tests of every package of this bundle (the service's test constructors are
 * package-private).
 */
public final class Testdienst {

    /** Every migration of the bundle, in order; a new one is added here too. */
    private static final List<String> MIGRATIES = List.of("/db/verevening/V1__run.sql", "/db/verevening/V2__definitief.sql",
            "/db/verevening/V3__vier_ogen.sql");

    final EmbeddedDataSource dataSource;
    final Runopslag opslag;
    final RegisterService registerService;
    public final Vereveningsdienst dienst;

    private Testdienst() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + Runopslag.SCHEMA);
            s.execute("SET SCHEMA " + Runopslag.SCHEMA);
            for (String migratie : MIGRATIES) {
                for (String opdracht : tekst(migratie).replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!opdracht.isBlank()) {
                        s.execute(opdracht);
                    }
                }
            }
        }
        Register register = InvoerbouwerTest.REGISTER;
        registerService = new RegisterService() {
            @Override
            public Optional<Register> actueel() {
                return Optional.of(register);
            }

            @Override
            public RegisterStatus status() {
                return new RegisterStatus("../../regional-config", Optional.of(register), Optional.empty(), Optional.empty());
            }

            @Override
            public RegisterStatus herlaad() {
                return status();
            }
        };
        opslag = new Runopslag(dataSource);
        dienst = new Vereveningsdienst(registerService, opslag);
    }

    public static Testdienst nieuw() throws SQLException {
        return new Testdienst();
    }

    /** Another service on the same store, taking the region's inputs from these modules. */
    Vereveningsdienst metBronnen(List<Vereveningsbron> bronnen) {
        return new Vereveningsdienst(registerService, opslag, bronnen);
    }

    /** Makes a stored run look like one made before creators were recorded (V3): no name. */
    public void zonderMaker(long run) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE " + Runopslag.SCHEMA + ".run SET aangemaakt_door = NULL WHERE id = ?")) {
            ps.setLong(1, run);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("geen run " + run);
            }
        }
    }

    private static String tekst(String bron) {
        try (InputStream in = Testdienst.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("migratie " + bron + " ontbreekt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
