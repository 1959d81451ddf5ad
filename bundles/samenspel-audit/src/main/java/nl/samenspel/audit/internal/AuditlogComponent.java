package nl.samenspel.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.store.Database;
import nl.samenspel.store.Jdbc;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log in schema AUDIT: the only writer of its chain in this JVM. Writes are
 * serialised here and the last volgnummer and hash are kept in memory, so a write is one
 * INSERT. Retention removes the oldest records on a schedule and leaves an anchor, so what
 * remains still checks as intact.
 */
@Component(service = {Auditlog.class, AuditlogComponent.class}, configurationPid = AuditlogComponent.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AuditConfig.class)
public class AuditlogComponent implements Auditlog {

    static final String PID = "nl.samenspel.audit";

    /** Retention is itself recorded in the chain, so removing records cannot go unseen. */
    static final String SYSTEEM = "systeem";
    static final String OPRUIMEN = "opruimen auditlog";

    private static final Logger LOG = LoggerFactory.getLogger(AuditlogComponent.class);

    private final Auditopslag opslag;
    private final Clock klok;
    private final Duration bewaartermijn;
    /** One write at a time, in order of arrival; retention holds it too. */
    private final ReentrantLock schrijfslot = new ReentrantLock(true);
    /**
     * Retention against the check: a check reads the anchor and then the records, which must not
     * be removed in between. Writers do not take it, so a long check does not hold them up.
     */
    private final ReentrantReadWriteLock opruimslot = new ReentrantReadWriteLock();
    /** The last record written; {@code null} after a failed write, until read again from the table. */
    private Anker laatste;
    private final ScheduledExecutorService planner;

    @Activate
    public AuditlogComponent(@Reference Database database, BundleContext context, AuditConfig config) {
        this(database, context.getBundle(), Duration.ofDays(config.bewaartermijnDagen()),
                Duration.ofMinutes(config.opruimIntervalMinuten()), Clock.systemUTC());
    }

    /** Also for tests: any clock, and no scheduled retention when the interval is zero. */
    AuditlogComponent(Database database, Bundle bundle, Duration bewaartermijn, Duration opruimInterval, Clock klok) {
        if (bewaartermijn.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("bewaartermijnDagen moet minstens 1 zijn, niet " + bewaartermijn.toDays());
        }
        this.bewaartermijn = bewaartermijn;
        this.klok = klok;
        database.migreer(bundle, Auditopslag.SCHEMA, "db/audit");
        this.opslag = new Auditopslag(database.dataSource());
        try (Connection c = opslag.verbinding()) {
            this.laatste = opslag.laatste(c);
        } catch (SQLException e) {
            throw new IllegalStateException("auditlog onleesbaar: " + e.getMessage(), e);
        }
        LOG.info("Auditlog gaat verder na volgnummer {}; bewaartermijn {} dagen", laatste.volgnummer(), bewaartermijn.toDays());
        if (opruimInterval.isZero() || opruimInterval.isNegative()) {
            this.planner = null;
        } else {
            this.planner = Executors.newSingleThreadScheduledExecutor(taak -> {
                Thread t = new Thread(taak, "samenspel-audit-opruimen");
                t.setDaemon(true);
                return t;
            });
            // the first run right away: an installation restarted more often than the interval still cleans up
            planner.scheduleWithFixedDelay(this::geplandOpruimen, 0, opruimInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (planner != null) {
            planner.shutdown();
            // a retention run in progress is one transaction: let it end rather than interrupt JDBC
            if (!planner.awaitTermination(30, TimeUnit.SECONDS)) {
                planner.shutdownNow();
            }
        }
    }

    @Override
    public void schrijf(Auditregel regel) {
        Objects.requireNonNull(regel, "regel");
        schrijfslot.lock();
        try (Connection c = opslag.verbinding()) {
            Auditrecord record = Auditrecord.volgend(laatste(c), regel);
            opslag.voegToe(c, record);
            if (!c.getAutoCommit()) {
                c.commit();
            }
            laatste = record.alsAnker();
        } catch (SQLException e) {
            // the row may or may not be there (a commit can fail after the fact): read the table again next time
            laatste = null;
            throw new IllegalStateException("auditregel niet geschreven: " + e.getMessage(), e);
        } finally {
            schrijfslot.unlock();
        }
    }

    private Anker laatste(Connection c) throws SQLException {
        if (laatste == null) {
            laatste = opslag.laatste(c);
        }
        return laatste;
    }

    /** Checks the whole chain, from the anchor to the last record this installation wrote. */
    public Controleuitkomst controleer() throws SQLException {
        opruimslot.readLock().lock();
        try (Connection c = opslag.verbinding()) {
            Anker eind;
            schrijfslot.lock();
            try {
                eind = laatste(c);
            } finally {
                schrijfslot.unlock();
            }
            Auditcontrole controle = new Auditcontrole(opslag.anker(c));
            // records written while the check runs are left for the next check
            opslag.doorloop(c, eind.volgnummer(), controle::controleer);
            return controle.uitkomst(eind);
        } finally {
            opruimslot.readLock().unlock();
        }
    }

    /** One page of records, newest first. */
    public List<Auditrecord> zoek(Auditfilter filter) throws SQLException {
        return opslag.zoek(filter);
    }

    private void geplandOpruimen() {
        try {
            long verwijderd = ruimOp();
            if (verwijderd > 0) {
                LOG.info("Auditlog: {} regel(s) ouder dan {} dagen verwijderd", verwijderd, bewaartermijn.toDays());
            }
        } catch (RuntimeException e) {
            // an exception would end the schedule silently; the next run tries again
            LOG.error("Auditlog opruimen mislukt", e);
        }
    }

    /**
     * Removes the records older than the retention period, in one transaction with the new anchor
     * and a record of the removal itself. Only a run of records from the start of the log is
     * removed: times are the callers' and need not rise with the volgnummer, and a record kept
     * between removed ones would break the chain. A part that does not check as intact is not
     * removed, because it is the evidence.
     *
     * @return the number of records removed
     */
    long ruimOp() {
        Instant nu = klok.instant();
        Instant grens = nu.minus(bewaartermijn);
        opruimslot.writeLock().lock();
        schrijfslot.lock();
        try (Connection c = opslag.verbinding()) {
            Anker eind = laatste(c);
            Long eersteJong = opslag.eersteVanaf(c, grens);
            long totEnMet = eersteJong == null ? eind.volgnummer() : eersteJong - 1;
            Anker anker = opslag.anker(c);
            if (totEnMet <= anker.volgnummer()) {
                return 0;
            }
            Auditcontrole controle = new Auditcontrole(anker);
            opslag.doorloop(c, totEnMet, controle::controleer);
            Anker nieuwAnker = controle.bereikt();
            Controleuitkomst uitkomst = controle.uitkomst(nieuwAnker);
            if (!uitkomst.intact() || nieuwAnker.volgnummer() != totEnMet) {
                LOG.error("Auditlog niet opgeruimd: de regels tot en met volgnummer {} zijn niet intact ({})", totEnMet,
                        uitkomst.eersteFout());
                return 0;
            }
            return verwijder(c, nieuwAnker, eind, nu);
        } catch (SQLException e) {
            laatste = null;
            throw new IllegalStateException("auditlog niet opgeruimd: " + e.getMessage(), e);
        } finally {
            schrijfslot.unlock();
            opruimslot.writeLock().unlock();
        }
    }

    private long verwijder(Connection c, Anker anker, Anker eind, Instant nu) throws SQLException {
        Auditrecord verslag = Auditrecord.volgend(eind, new Auditregel(SYSTEEM, OPRUIMEN,
                "volgnummer<=" + anker.volgnummer() + " hash=" + anker.hash(), 200, SYSTEEM, nu));
        long verwijderd = Jdbc.transactie(c, t -> {
            long weg = opslag.verwijderTotEnMet(t, anker, nu);
            opslag.voegToe(t, verslag);
            return weg;
        });
        laatste = verslag.alsAnker();
        return verwijderd;
    }
}
