package nl.samenspel.beschermdwonen.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The module outside OSGi: the shipped register and the module's schema on a fresh in-memory Derby. */
public final class Testomgeving {

    public static final String REGIO = "beschermd-wonen-zwolle";
    public static final Register REGISTER = laadRegister();

    private Testomgeving() {
    }

    private static Register laadRegister() {
        Path config = Path.of("../../regional-config");
        if (!Files.isDirectory(config)) {
            throw new IllegalStateException("regional-config niet gevonden vanaf " + Path.of("").toAbsolutePath());
        }
        Laadresultaat r = RegisterLader.laad(config);
        if (r instanceof Laadresultaat.Geladen geladen) {
            return geladen.register();
        }
        throw new IllegalStateException("regional-config is ongeldig: " + r);
    }

    public static RegisterService registerService() {
        return new RegisterService() {
            @Override
            public Optional<Register> actueel() {
                return Optional.of(REGISTER);
            }

            @Override
            public RegisterStatus status() {
                return new RegisterStatus("../../regional-config", Optional.of(REGISTER), Optional.empty(), Optional.empty());
            }

            @Override
            public RegisterStatus herlaad() {
                return status();
            }
        };
    }

    public static BwOpslag opslag() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        migreer(ds);
        return new BwOpslag(ds);
    }

    /** The module's migrations, in order, as the store would run them. */
    private static final java.util.List<String> MIGRATIES = java.util.List.of("V1__beschermd_wonen.sql", "V2__monitoring_indexen.sql", "V3__importlog_status.sql");

    private static void migreer(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + BwOpslag.SCHEMA);
            s.execute("SET SCHEMA " + BwOpslag.SCHEMA);
            for (String migratie : MIGRATIES) {
                try (InputStream sql = Testomgeving.class.getResourceAsStream("/db/beschermdwonen/" + migratie)) {
                    for (String opdracht : new String(sql.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!opdracht.isBlank()) {
                            s.execute(opdracht);
                        }
                    }
                }
            }
        }
    }
}
