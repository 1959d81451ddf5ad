package nl.samenspel.toegang.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins on every channel (REST, SSH console, JMX): counted, locked after too many, and
 * written to the audit log. The realm's first login module reports to it, so a console login and
 * a REST login are one count.
 */
@Component(service = Aanmeldbewaking.class, configurationPid = ToegangConfig.PID)
public class Aanmeldbewaking {

    private static final Logger LOG = LoggerFactory.getLogger(Aanmeldbewaking.class);

    private final Aanmeldpogingen pogingen;
    private final Auditlog auditlog;
    private final Clock klok;

    @Activate
    public Aanmeldbewaking(ToegangConfig config, @Reference Auditlog auditlog) {
        this(new Aanmeldpogingen(config.maxFouten(), config.maxFoutenPerHerkomst(), Duration.ofSeconds(config.vensterS()),
                Duration.ofSeconds(config.blokkadeS())), auditlog, Clock.systemUTC());
    }

    Aanmeldbewaking(Aanmeldpogingen pogingen, Auditlog auditlog, Clock klok) {
        this.pogingen = pogingen;
        this.auditlog = auditlog;
        this.klok = klok;
    }

    /** How long this user name or origin is still locked; empty when neither is. */
    public Optional<Duration> geblokkeerd(String gebruiker, String herkomst) {
        return pogingen.geblokkeerd(gebruiker, herkomst, klok.instant());
    }

    /** A login that failed: counted, audited, and audited again when it locks the name or the origin. */
    public void mislukt(String gebruiker, String kanaal, String herkomst) {
        boolean blokkeert = pogingen.mislukt(gebruiker, herkomst, klok.instant());
        schrijf(gebruiker, "aanmelding " + kanaal, 401, herkomst);
        if (blokkeert) {
            LOG.warn("Aanmelden geblokkeerd na te veel mislukte pogingen (kanaal {}, herkomst {})", kanaal, herkomst);
            schrijf(gebruiker, "aanmelding " + kanaal + " geblokkeerd", 429, herkomst);
        }
    }

    /** A login refused because of a lock: audited, not counted again. */
    public void geweigerd(String gebruiker, String kanaal, String herkomst) {
        schrijf(gebruiker, "aanmelding " + kanaal, 429, herkomst);
    }

    public void gelukt(String gebruiker) {
        pogingen.gelukt(gebruiker);
    }

    private void schrijf(String gebruiker, String actie, int resultaat, String herkomst) {
        try {
            auditlog.schrijf(new Auditregel(gebruiker == null || gebruiker.isEmpty() ? "anoniem" : gebruiker, actie, "", resultaat,
                    herkomst, klok.instant()));
        } catch (RuntimeException e) {
            LOG.error("Auditregel voor een aanmelding niet geschreven", e);
        }
    }
}
