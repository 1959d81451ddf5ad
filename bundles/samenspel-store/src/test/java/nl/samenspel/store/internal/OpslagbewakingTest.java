package nl.samenspel.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.samenspel.api.gezondheid.Meting;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle of issue 13: a database that turns read-only (as Derby does after a failed log write on
 * a full disk) and stays so until it is reopened. The probe sees it, names the cause, reopens the
 * database once the cause is gone, and ends the storing by itself.
 */
class OpslagbewakingTest {

    @TempDir
    Path data;

    private EmbeddedDataSource derby;
    /** True while the simulated database refuses writes (SQLState 25502, Derby's read-only state). */
    private final AtomicBoolean alleenLezen = new AtomicBoolean();
    /** True while the cause (a full disk) is still there: reopening then does not help. */
    private final AtomicBoolean schijfVol = new AtomicBoolean();
    private final AtomicInteger heropend = new AtomicInteger();

    @BeforeEach
    void database() {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        new Migrator(derby).migreer(OpslagComponent.SCHEMA, List.of(new Migratiebestand("db/opslag", "V1__schrijfproef.sql",
                leesMigratie())));
    }

    private static String leesMigratie() {
        try (var in = OpslagbewakingTest.class.getResourceAsStream("/db/opslag/V1__schrijfproef.sql")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Opslagbewaking bewaking(long minimumMiB) {
        return new Opslagbewaking(metStoring(derby), () -> {
            heropend.incrementAndGet();
            if (!schijfVol.get()) {
                alleenLezen.set(false);
            }
        }, data, minimumMiB, Duration.ofMillis(1), Clock.systemUTC());
    }

    @Test
    void aReadOnlyDatabaseIsReportedReopenedWhenTheCauseIsGoneAndWorkResumes() throws Exception {
        Opslagbewaking bewaking = bewaking(0);
        bewaking.proef();
        assertThat(bewaking.storing()).isEmpty();
        assertThat(waarde(bewaking, "samenspel.database.schrijfbaar")).isEqualTo(1.0);

        alleenLezen.set(true);
        schijfVol.set(true);
        bewaking.proef();
        assertThat(bewaking.storing()).hasValueSatisfying(s -> assertThat(s.oorzaak())
                .contains("SQLState 25502").contains("alleen-lezen"));
        assertThat(bewaking.storingen()).singleElement().asString().startsWith("geen werk aangenomen sinds");
        assertThat(waarde(bewaking, "samenspel.database.schrijfbaar")).isZero();
        assertThat(heropend.get()).as("a reopen was tried while the disk was still full").isEqualTo(1);
        var sinds = bewaking.storing().orElseThrow().sinds();

        Thread.onSpinWait();
        bewaking.proef();
        assertThat(bewaking.storing()).as("still read-only, the same storing since the first probe")
                .hasValueSatisfying(s -> assertThat(s.sinds()).isEqualTo(sinds));

        schijfVol.set(false);
        bewaking.proef();
        assertThat(bewaking.storing()).isEmpty();
        assertThat(bewaking.storingen()).isEmpty();
        assertThat(waarde(bewaking, "samenspel.database.schrijfbaar")).isEqualTo(1.0);
        assertThat(waarde(bewaking, "samenspel.database.heropend")).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void freeSpaceBelowTheFloorStopsWorkWithoutAWriteAndNamesTheSetting() {
        Opslagbewaking bewaking = bewaking(Long.MAX_VALUE / (1024 * 1024));
        bewaking.proef();
        assertThat(bewaking.storing()).hasValueSatisfying(s -> assertThat(s.oorzaak())
                .contains("MiB vrij onder").contains("nl.samenspel.opslag/schijfMinimumMiB"));
        assertThat(heropend.get()).as("a full disk is no reason to reopen the database").isZero();
    }

    @Test
    void onlyStorageFailuresAreReportedForAnEarlyProbe() {
        assertThat(Opslagfout.isOpslagfout(new SQLException("x", "25502"))).isTrue();
        assertThat(Opslagfout.isOpslagfout(new SQLException("x", "08006"))).isTrue();
        assertThat(Opslagfout.isOpslagfout(new SQLException("x", "XSLA4"))).isTrue();
        assertThat(Opslagfout.isOpslagfout(new SQLException("duplicate", "23505"))).isFalse();
        assertThat(Opslagfout.isOpslagfout(new SQLException("truncation", "22001"))).isFalse();
    }

    @Test
    void derbyIsReopenedWithItsData() throws Exception {
        EmbeddedDataSource schijf = new EmbeddedDataSource();
        schijf.setDatabaseName(data.resolve("db").toString());
        schijf.setCreateDatabase("create");
        try (Connection c = schijf.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT)");
            s.execute("INSERT INTO t VALUES (7)");
        }
        assertThat(Derbyherstart.kan(schijf)).isTrue();
        Derbyherstart.herstart(schijf);
        try (Connection c = schijf.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
        Derbyherstart.herstart(schijf);
    }

    private static double waarde(Opslagbewaking bewaking, String naam) {
        return bewaking.metingen().stream().filter(m -> m.naam().equals(naam)).mapToDouble(Meting::waarde).findFirst().orElseThrow();
    }

    /** Derby, except that every statement fails with 25502 while {@link #alleenLezen} is set. */
    private DataSource metStoring(DataSource echt) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class}, (p, m, a) -> {
            Object uit = roep(echt, m, a);
            return m.getName().equals("getConnection") ? verbinding((Connection) uit) : uit;
        });
    }

    private Connection verbinding(Connection echt) {
        InvocationHandler h = (p, m, a) -> {
            if (alleenLezen.get() && (m.getName().equals("prepareStatement") || m.getName().equals("commit"))) {
                throw new SQLException("An SQL data change is not permitted for a read-only database.", "25502");
            }
            return roep(echt, m, a);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, h);
    }

    private static Object roep(Object doel, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(doel, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
