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
import javax.sql.DataSource;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;

/**
 * A {@link Vereveningsdienst} on a fresh in-memory Derby with the bundle's migrations and the test
 * register, for the tests of every package of this bundle (the service's test constructors are
 * package-private).
 */
public final class Testdienst {

    final DataSource dataSource;
    final Runopslag opslag;
    final RegisterService registerService;
    public final Vereveningsdienst dienst;

    private Testdienst() throws SQLException {
        // the bundle's own migrations, by Flyway as the store runs them
        dataSource = Testdatabase.gemigreerd(Runopslag.SCHEMA, "db/verevening");
        registerService = Testregister.registerService(InvoerbouwerTest.REGISTER);
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
}
