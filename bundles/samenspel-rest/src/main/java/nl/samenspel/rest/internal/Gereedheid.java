package nl.samenspel.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Whether an installation is ready to serve, and if not, why: what a load balancer, the launcher
 * and the system test ask before they send work. Published paths alone are not enough: Karaf may
 * still be installing the profile's features (a module's migration, its resources), and every new
 * resource redeploys the application.
 *
 * <p>Ready means: Karaf has finished its boot features; no Samenspel component waits for a service
 * it needs or failed to activate; and the JAX-RS runtime has no application, resource or extension
 * it could not serve. A component without its configuration is not a fault: that is a role this
 * installation does not play (the hub side of the exchange on a node, for instance).
 */
final class Gereedheid {

    private Gereedheid() {
    }

    /**
     * What is not ready yet, asking the JAX-RS runtime for its state. Aries JAX-RS whiteboard 2.0.2
     * can throw a NullPointerException from {@code getRuntimeDTO} while it changes its state, and
     * after an error in its event dispatch at start it keeps throwing while it serves every resource
     * (issue 13: a hub that worked answered readiness with 500 for minutes). This answer is served by
     * that runtime, so the runtime is there; what cannot be had is its list of failed services, and
     * readiness goes by the rest (boot, components, health) instead of refusing for ever.
     */
    static List<String> bezwaren(boolean bootKlaar, Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten,
                                 org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime jaxrs) {
        RuntimeDTO stand;
        try {
            stand = jaxrs == null ? null : jaxrs.getRuntimeDTO();
        } catch (RuntimeException e) {
            if (!DTO_ONBESCHIKBAAR_GEMELD.getAndSet(true)) {
                LOG.warn("De JAX-RS-runtime geeft zijn stand niet ({}); gereedheid gaat op boot, componenten en gezondheid",
                        e.getClass().getSimpleName());
            }
            stand = new RuntimeDTO();
        }
        return bezwaren(bootKlaar, componenten, stand);
    }

    /**
     * The register: not ready without a valid one (every regional figure depends on it); a refused
     * reload while the last valid register keeps serving is a warning, not a reason to take the hub out.
     */
    static List<String> register(nl.samenspel.api.register.RegisterStatus status, List<String> waarschuwingen) {
        if (status.actief().isEmpty()) {
            int fouten = status.laatsteWeigering().map(w -> w.fouten().size()).orElse(0);
            return List.of("register: geen geldig register geladen uit " + status.bron() + (fouten == 0 ? "" : " (" + fouten
                    + " fout(en); zie GET /api/v1/register)"));
        }
        status.laatsteWeigering().ifPresent(w -> waarschuwingen.add("register: de laatste wijziging van " + w.tijdstip() + " is geweigerd ("
                + w.fouten().size() + " fout(en); zie GET /api/v1/register); het vorige geldige register blijft in gebruik"));
        return List.of();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Gereedheid.class);
    private static final java.util.concurrent.atomic.AtomicBoolean DTO_ONBESCHIKBAAR_GEMELD = new java.util.concurrent.atomic.AtomicBoolean();
    private static final String GEEN_JAXRS = "geen JAX-RS-runtime";

    /**
     * What is not ready yet, one sentence each; empty means ready.
     *
     * @param componenten the Samenspel components with their configurations; null when there is no DS runtime
     * @param jaxrs       the JAX-RS runtime's state; null when there is no JAX-RS runtime
     */
    static List<String> bezwaren(boolean bootKlaar, Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten, RuntimeDTO jaxrs) {
        List<String> bezwaren = new ArrayList<>();
        if (componenten == null) {
            bezwaren.add("geen Declarative Services-runtime");
            componenten = Map.of();
        }
        if (!bootKlaar) {
            bezwaren.add("Karaf installeert de features van het profiel nog");
        }
        Map<String, String> zonderConfiguratie = zonderConfiguratie(componenten);
        componenten.forEach((beschrijving, configuraties) -> {
            for (ComponentConfigurationDTO c : configuraties) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    bezwaren.add("component " + beschrijving.name + " wacht op " + Arrays.stream(c.unsatisfiedReferences)
                            .map(r -> referentie(beschrijving, r, zonderConfiguratie)).collect(Collectors.joining(", ")));
                } else if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    bezwaren.add("component " + beschrijving.name + " kon niet starten: " + eersteRegel(c.failure));
                }
            }
        });
        if (jaxrs == null) {
            bezwaren.add(GEEN_JAXRS);
        } else {
            mislukt(bezwaren, "applicatie", jaxrs.failedApplicationDTOs);
            mislukt(bezwaren, "resource", jaxrs.failedResourceDTOs);
            mislukt(bezwaren, "extensie", jaxrs.failedExtensionDTOs);
        }
        return bezwaren;
    }

    /**
     * The service a reference waits for, by interface (a constructor's reference is only named
     * {@code $000}), and, when a Samenspel component that would provide it lacks its configuration,
     * which configuration: the cause an operator can mend.
     */
    private static String referentie(ComponentDescriptionDTO beschrijving, UnsatisfiedReferenceDTO r, Map<String, String> zonderConfiguratie) {
        String dienst = Arrays.stream(beschrijving.references == null ? new ReferenceDTO[0] : beschrijving.references)
                .filter(d -> d.name.equals(r.name)).map(d -> d.interfaceName).findFirst().orElse(r.name);
        String pid = zonderConfiguratie.get(dienst);
        return dienst + (r.target == null ? "" : " " + r.target) + (pid == null ? "" : " (configuratie " + pid + " ontbreekt)");
    }

    /** Per service interface, the configuration PIDs of the components that would provide it but wait for their configuration. */
    private static Map<String, String> zonderConfiguratie(Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten) {
        Map<String, String> uit = new java.util.HashMap<>();
        componenten.forEach((d, configuraties) -> {
            boolean wacht = "require".equals(d.configurationPolicy) && configuraties.stream()
                    .allMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION);
            if (wacht && d.serviceInterfaces != null) {
                for (String dienst : d.serviceInterfaces) {
                    uit.merge(dienst, String.join(", ", d.configurationPid), (a, b) -> a);
                }
            }
        });
        return uit;
    }

    private static void mislukt(List<String> bezwaren, String soort, BaseDTO[] dtos) {
        for (BaseDTO dto : dtos == null ? new BaseDTO[0] : dtos) {
            bezwaren.add("JAX-RS-" + soort + " " + (dto.name == null ? "service " + dto.serviceId : dto.name)
                    + " niet in gebruik (" + reden(dto) + ")");
        }
    }

    private static String reden(BaseDTO dto) {
        int reden = dto instanceof FailedApplicationDTO a ? a.failureReason
                : dto instanceof FailedResourceDTO r ? r.failureReason
                : dto instanceof FailedExtensionDTO e ? e.failureReason : DTOConstants.FAILURE_REASON_UNKNOWN;
        return switch (reden) {
            case DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE -> "overschaduwd door een andere service";
            case DTOConstants.FAILURE_REASON_SERVICE_NOT_GETTABLE -> "service niet te verkrijgen";
            case DTOConstants.FAILURE_REASON_VALIDATION_FAILED -> "ongeldige eigenschappen";
            case DTOConstants.FAILURE_REASON_NOT_AN_EXTENSION_TYPE -> "geen extensietype";
            case DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE -> "vereiste extensies ontbreken";
            case DTOConstants.FAILURE_REASON_DUPLICATE_NAME -> "naam dubbel";
            case DTOConstants.FAILURE_REASON_REQUIRED_APPLICATION_UNAVAILABLE -> "vereiste applicatie ontbreekt";
            default -> "onbekend";
        };
    }

    private static String eersteRegel(String tekst) {
        if (tekst == null) {
            return "onbekende fout";
        }
        int eind = tekst.indexOf('\n');
        return eind < 0 ? tekst : tekst.substring(0, eind);
    }
}
