package nl.samenspel.register.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.samenspel.api.register.ConfigFout;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the register: loads it at start, reloads it when the files change, and
 * refuses an invalid configuration as a whole while the last valid register
 * stays in use. A start with a broken configuration is not a failed start: the
 * service comes up, reports the refusal, and serves once the files are fixed.
 */
@Component(service = RegisterService.class, configurationPid = "nl.samenspel.register")
@Designate(ocd = RegisterConfig.class)
public class RegisterServiceComponent implements RegisterService {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterServiceComponent.class);

    private final Laadlogboek logboek;
    private final Path map;
    private final Clock klok = Clock.systemUTC();
    private volatile RegisterStatus status;
    private BestandsWachter wachter;

    @Activate
    public RegisterServiceComponent(@Reference Laadlogboek logboek, RegisterConfig config, BundleContext context) throws IOException {
        this.logboek = logboek;
        String home = context.getProperty("karaf.home");
        Path opgegeven = Path.of(config.configMap());
        this.map = (opgegeven.isAbsolute() || home == null ? opgegeven : Path.of(home).resolve(opgegeven)).normalize();
        this.status = new RegisterStatus(map.toString(), Optional.empty(), Optional.empty(), Optional.empty());
        herlaad();
        if (config.bewaken()) {
            wachter = new BestandsWachter(map, config.rustperiodeMs(), this::herlaad);
        }
    }

    @Deactivate
    void deactivate() {
        if (wachter != null) {
            wachter.close();
        }
    }

    @Override
    public Optional<Register> actueel() {
        return status.actief();
    }

    @Override
    public RegisterStatus status() {
        return status;
    }

    @Override
    public synchronized RegisterStatus herlaad() {
        Instant nu = klok.instant();
        RegisterStatus vorige = status;
        Laadresultaat resultaat = RegisterLader.laad(map);
        if (resultaat instanceof Laadresultaat.Geladen geladen) {
            Register nieuw = geladen.register();
            boolean ongewijzigd = vorige.actief().map(r -> r.versie().equals(nieuw.versie())).orElse(false);
            if (ongewijzigd) {
                status = new RegisterStatus(vorige.bron(), vorige.actief(), vorige.actiefSinds(), Optional.empty());
            } else {
                status = new RegisterStatus(map.toString(), Optional.of(nieuw), Optional.of(nu), Optional.empty());
                LOG.info("Register geladen uit {}: versie {}, {} gemeenten, {} regio's", map, nieuw.versie().substring(0, 12),
                        nieuw.gemeenten().size(), nieuw.regios().size());
                registreer(() -> logboek.geladen(nu, map.toString(), nieuw.versie()));
            }
        } else {
            Laadresultaat.Geweigerd geweigerd = (Laadresultaat.Geweigerd) resultaat;
            status = new RegisterStatus(map.toString(), vorige.actief(), vorige.actiefSinds(),
                    Optional.of(new RegisterStatus.Weigering(nu, geweigerd.fouten())));
            LOG.error("Configuratie in {} geweigerd ({} fout(en)); {}", map, geweigerd.fouten().size(),
                    vorige.actief().map(r -> "het vorige register (versie " + r.versie().substring(0, 12) + ") blijft actief")
                            .orElse("er is nog geen geldig register"));
            for (ConfigFout fout : geweigerd.fouten()) {
                LOG.error("  {}", fout);
            }
            registreer(() -> logboek.geweigerd(nu, map.toString(), geweigerd.fouten()));
        }
        return status;
    }

    private interface Schrijfactie {
        void uitvoeren() throws SQLException;
    }

    /** The log is for people looking back; failing to write it must not stop the register itself. */
    private static void registreer(Schrijfactie actie) {
        try {
            actie.uitvoeren();
        } catch (SQLException e) {
            LOG.warn("Laadpoging niet in het logboek gezet: {}", e.getMessage());
        }
    }
}
