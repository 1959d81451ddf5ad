package nl.samenspel.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;
import nl.samenspel.api.gezondheid.Opslagstand;
import nl.samenspel.store.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches whether work that writes may be taken, and heals the database when it can: a write probe
 * every interval (a read-only database still answers reads), and the free space under the data
 * directory against a floor, so that work stops before a full disk can break an import half-way.
 * A probe that fails reopens the database (an embedded Derby: {@link Derbyherstart}) at most once
 * per interval; the first probe that succeeds ends the storing. Logged once when it starts and once
 * when it ends, not at every probe.
 */
final class Opslagbewaking implements Opslagstand, Gezondheid, Meetbron {

    private static final Logger LOG = LoggerFactory.getLogger(Opslagbewaking.class);
    private static final long MIB = 1024L * 1024L;

    private final DataSource dataSource;
    private final Heropener heropener;
    private final Path data;
    private final long minimumBytes;
    private final Duration interval;
    private final Clock klok;
    private final AtomicBoolean proefGevraagd = new AtomicBoolean();
    private ScheduledExecutorService planner;
    private volatile Storing storing;
    private Instant laatsteHerstart = Instant.MIN;
    private long herstarts;

    /** Reopens a database that refuses writes; for Derby, {@link Derbyherstart}. */
    @FunctionalInterface
    interface Heropener {
        void heropen() throws SQLException;
    }

    /** @param heropener null when the database cannot be reopened from here (a server database reconnects by itself) */
    Opslagbewaking(DataSource dataSource, Heropener heropener, Path data, long minimumMiB, Duration interval, Clock klok) {
        this.dataSource = dataSource;
        this.heropener = heropener;
        this.data = data;
        this.minimumBytes = minimumMiB * MIB;
        this.interval = interval;
        this.klok = klok;
    }

    /** Probes now, then every interval on a thread of its own. */
    void start() {
        proef();
        planner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "samenspel-opslagbewaking");
            t.setDaemon(true);
            return t;
        });
        planner.scheduleWithFixedDelay(this::proefVeilig, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (planner != null) {
            planner.shutdownNow();
        }
    }

    private void proefVeilig() {
        try {
            proef();
        } catch (RuntimeException e) {
            // the planner stops a task that throws; a probe that cannot probe is itself a storing
            zet(Optional.of("de opslagproef zelf faalde: " + e.getClass().getSimpleName()));
        }
    }

    /** One probe: space first (no write needed to know it), then a write; a failed write on Derby reopens it once per interval. */
    synchronized void proef() {
        proefGevraagd.set(false);
        Optional<String> oorzaak = ruimte();
        if (oorzaak.isEmpty()) {
            oorzaak = schrijf();
            if (oorzaak.isPresent() && heropener != null && !klok.instant().isBefore(laatsteHerstart.plus(interval))) {
                laatsteHerstart = klok.instant();
                oorzaak = heropen(oorzaak.get());
            }
        }
        zet(oorzaak);
    }

    private Optional<String> heropen(String oorzaak) {
        try {
            heropener.heropen();
            herstarts++;
        } catch (SQLException e) {
            LOG.warn("Opslag: de database is niet te heropenen (SQLState {}); volgende poging over {} s", e.getSQLState(), interval.toSeconds());
            return Optional.of(oorzaak);
        }
        Optional<String> daarna = schrijf();
        LOG.info("Opslag: de database is heropend ({}); {}", oorzaak,
                daarna.isEmpty() ? "hij neemt weer schrijfopdrachten aan" : "nog steeds niet schrijfbaar: " + daarna.get());
        return daarna;
    }

    private synchronized void zet(Optional<String> oorzaak) {
        Storing was = storing;
        if (oorzaak.isEmpty()) {
            if (was != null) {
                LOG.info("Opslag: weer bruikbaar na {} s (was: {}); het werk gaat verder", Duration.between(was.sinds(), klok.instant())
                        .toSeconds(), was.oorzaak());
            }
            storing = null;
        } else if (was == null || !was.oorzaak().equals(oorzaak.get())) {
            storing = new Storing(was == null ? klok.instant() : was.sinds(), oorzaak.get());
            LOG.warn("Opslag: er wordt geen werk aangenomen: {}; readiness meldt het tot de oorzaak weg is (docs/operations.md)", oorzaak.get());
        }
    }

    private Optional<String> ruimte() {
        if (minimumBytes <= 0) {
            return Optional.empty();
        }
        try {
            long vrij = Files.getFileStore(data).getUsableSpace();
            if (vrij < minimumBytes) {
                return Optional.of("nog " + vrij / MIB + " MiB vrij onder " + data + ", minder dan de ondergrens van " + minimumBytes / MIB
                        + " MiB (" + OpslagConfig.PID + "/schijfMinimumMiB)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("vrije ruimte onder " + data + " niet te bepalen: " + e.getClass().getSimpleName());
        }
    }

    /** Rewrites the probe row and commits; the cause when it fails, by SQLState and Derby's own sentence (the probe holds no data). */
    private Optional<String> schrijf() {
        try {
            Jdbc.transactie(dataSource, c -> Jdbc.bijwerk(c, "UPDATE OPSLAG.SCHRIJFPROEF SET TIJDSTIP = ? WHERE ID = 1",
                    Timestamp.from(klok.instant())));
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("de database neemt geen schrijfopdracht aan: " + Opslagfout.beschrijf(e));
        }
    }

    @Override
    public Optional<Storing> storing() {
        return Optional.ofNullable(storing);
    }

    @Override
    public void gemeld(SQLException fout) {
        if (Opslagfout.isOpslagfout(fout) && planner != null && !proefGevraagd.getAndSet(true)) {
            planner.execute(this::proefVeilig);
        }
    }

    @Override
    public String naam() {
        return "opslag";
    }

    @Override
    public List<String> storingen() {
        Storing s = storing;
        return s == null ? List.of() : List.of("geen werk aangenomen sinds " + s.sinds() + ": " + s.oorzaak());
    }

    @Override
    public List<Meting> metingen() {
        Storing s = storing;
        return List.of(
                Meting.meter("samenspel.database.schrijfbaar", "1 als de database schrijfopdrachten aanneemt en er ruimte genoeg is, anders 0",
                        "", Map.of(), s == null ? 1 : 0),
                Meting.meter("samenspel.database.storing", "Hoe lang er al geen werk wordt aangenomen (0 zonder storing)", "seconds",
                        Map.of(), s == null ? 0 : Duration.between(s.sinds(), klok.instant()).toMillis() / 1000.0),
                Meting.teller("samenspel.database.heropend", "Hoe vaak de opslag de database heropende na een storing", "", Map.of(), herstarts));
    }
}
