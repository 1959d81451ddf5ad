package nl.samenspel.jeugdhulp.internal;

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
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The module outside OSGi: the shipped register and the module's schema on a fresh in-memory Derby. */
public final class Testomgeving {

    public static final String REGIO = "jeugdhulp-ijsselland";
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
        return registerService(REGISTER);
    }

    /** A register service that serves the given register, e.g. one of {@link Uittredingsregister}. */
    public static RegisterService registerService(Register register) {
        return new RegisterService() {
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
    }

    public static JeugdhulpOpslag opslag() throws Exception {
        return opslag(ds -> ds);
    }

    /** The storage over a DataSource the test wraps (one whose commit fails, for instance), after the migrations. */
    public static JeugdhulpOpslag opslag(java.util.function.UnaryOperator<DataSource> omhulsel) throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        migreer(ds);
        return new JeugdhulpOpslag(omhulsel.apply(ds));
    }

    /** The module's migrations, in order, as the store would run them. */
    private static final java.util.List<String> MIGRATIES = java.util.List.of("V1__jeugdhulp.sql", "V2__importlog_status.sql", "V3__productperiode.sql");

    private static void migreer(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + JeugdhulpOpslag.SCHEMA);
            s.execute("SET SCHEMA " + JeugdhulpOpslag.SCHEMA);
            for (String migratie : MIGRATIES) {
                try (InputStream sql = Testomgeving.class.getResourceAsStream("/db/jeugdhulp/" + migratie)) {
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
