package nl.samenspel.uitwisseling.internal.hub;

import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.toegang.Certificaat;
import nl.samenspel.jetty.Handdrukwaarnemer;
import nl.samenspel.jetty.Handdrukweigering;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the TLS handshakes the hub's exchange port refused into the audit log, as a failed login
 * is: from where, why, and the OIN the certificate claims. As often as the port logs them (at
 * most once a minute per peer and reason), so a node retrying every second does not fill the log.
 * The actor stays {@code anoniem}: a refused certificate proves nobody, so its OIN is recorded as
 * what it is, the object of the attempt.
 */
@Component(service = Handdrukwaarnemer.class, configurationPid = HubUitwisselingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class Handdrukaudit implements Handdrukwaarnemer {

    static final String ACTIE = "TLS-handdruk uitwisselingspoort";

    private final Auditlog auditlog;

    @Activate
    public Handdrukaudit(@Reference Auditlog auditlog) {
        this.auditlog = auditlog;
    }

    @Override
    public void geweigerd(Handdrukweigering weigering) {
        String oin = weigering.onderwerp() == null ? null : Certificaat.oin(weigering.onderwerp()).orElse(null);
        auditlog.schrijf(new Auditregel("anoniem", ACTIE, "reden=" + weigering.reden().code() + (oin == null ? "" : " oin=" + oin), 401,
                weigering.herkomst(), weigering.tijd()));
    }
}
