package nl.samenspel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/** What makes an installation not ready, and what does not. */
class GereedheidTest {

    private final Map<ComponentDescriptionDTO, List<ComponentConfigurationDTO>> componenten = new LinkedHashMap<>();

    @Test
    void readyWhenBootedAndEverythingIsSatisfied() {
        componenten.put(beschrijving("a.Actief"), List.of(configuratie(ComponentConfigurationDTO.ACTIVE)));
        componenten.put(beschrijving("b.Tevreden"), List.of(configuratie(ComponentConfigurationDTO.SATISFIED)));
        assertThat(Gereedheid.bezwaren(true, componenten, new RuntimeDTO())).isEmpty();
    }

    /**
     * Aries 2.0.2 can throw from getRuntimeDTO while it serves everything: readiness then goes by boot and components,
     * never a 500 and never "not ready" for ever.
     */
    @Test
    void aJaxrsRuntimeThatCannotGiveItsStateLeavesReadinessToTheRest() {
        componenten.put(beschrijving("a.Actief"), List.of(configuratie(ComponentConfigurationDTO.ACTIVE)));
        org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime veranderend = () -> {
            throw new NullPointerException("Cannot read the array length because \"array\" is null");
        };
        assertThat(Gereedheid.bezwaren(true, componenten, veranderend)).isEmpty();
        assertThat(Gereedheid.bezwaren(false, componenten, veranderend)).containsExactly("Karaf installeert de features van het profiel nog");
        org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime rustig = RuntimeDTO::new;
        assertThat(Gereedheid.bezwaren(true, componenten, rustig)).isEmpty();
        assertThat(Gereedheid.bezwaren(true, componenten, (org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime) null))
                .containsExactly("geen JAX-RS-runtime");
    }

    @Test
    void aComponentWithoutItsConfigurationIsARoleNotPlayedNotAFault() {
        componenten.put(beschrijving("hub.Ontvangst"), List.of());
        componenten.put(beschrijving("node.Verzender"), List.of(configuratie(ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION)));
        assertThat(Gereedheid.bezwaren(true, componenten, new RuntimeDTO())).isEmpty();
    }

    @Test
    void bootStillRunningIsNotReady() {
        assertThat(Gereedheid.bezwaren(false, componenten, new RuntimeDTO()))
                .containsExactly("Karaf installeert de features van het profiel nog");
    }

    @Test
    void namesTheMissingReferenceAndTheFailedActivation() {
        ComponentConfigurationDTO wacht = configuratie(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO ref = new UnsatisfiedReferenceDTO();
        ref.name = "dataSource";
        ref.target = "(dataSourceName=samenspel)";
        wacht.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {ref};
        ComponentConfigurationDTO kapot = configuratie(ComponentConfigurationDTO.FAILED_ACTIVATION);
        kapot.failure = "java.lang.IllegalStateException: schema JEUGDHULP ontbreekt\n\tat ...";
        ComponentDescriptionDTO module = beschrijving("jeugdhulp.Module");
        ReferenceDTO gegevensbron = new ReferenceDTO();
        gegevensbron.name = "dataSource";
        gegevensbron.interfaceName = "javax.sql.DataSource";
        module.references = new ReferenceDTO[] {gegevensbron};
        componenten.put(module, List.of(wacht));
        componenten.put(beschrijving("jeugdhulp.Import"), List.of(kapot));
        assertThat(Gereedheid.bezwaren(true, componenten, new RuntimeDTO())).containsExactly(
                "component jeugdhulp.Module wacht op javax.sql.DataSource (dataSourceName=samenspel)",
                "component jeugdhulp.Import kon niet starten: java.lang.IllegalStateException: schema JEUGDHULP ontbreekt");
    }

    @Test
    void aServiceWhoseProviderLacksItsConfigurationNamesThatConfiguration() {
        ComponentDescriptionDTO instellingen = beschrijving("uitwisseling.Instellingen");
        instellingen.configurationPolicy = "require";
        instellingen.configurationPid = new String[] {"nl.samenspel.uitwisseling"};
        instellingen.serviceInterfaces = new String[] {"nl.samenspel.Instellingen"};
        componenten.put(instellingen, List.of());
        ComponentDescriptionDTO knooppunt = beschrijving("uitwisseling.Knooppunt");
        ReferenceDTO ref = new ReferenceDTO();
        ref.name = "$000";
        ref.interfaceName = "nl.samenspel.Instellingen";
        knooppunt.references = new ReferenceDTO[] {ref};
        ComponentConfigurationDTO wacht = configuratie(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        UnsatisfiedReferenceDTO mist = new UnsatisfiedReferenceDTO();
        mist.name = "$000";
        wacht.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {mist};
        componenten.put(knooppunt, List.of(wacht));
        assertThat(Gereedheid.bezwaren(true, componenten, new RuntimeDTO())).containsExactly(
                "component uitwisseling.Knooppunt wacht op nl.samenspel.Instellingen (configuratie nl.samenspel.uitwisseling ontbreekt)");
    }

    @Test
    void namesWhatTheJaxrsRuntimeCouldNotServe() {
        RuntimeDTO runtime = new RuntimeDTO();
        FailedResourceDTO resource = new FailedResourceDTO();
        resource.name = "jeugdhulp-imports";
        resource.failureReason = DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE;
        FailedExtensionDTO extensie = new FailedExtensionDTO();
        extensie.serviceId = 42;
        extensie.failureReason = DTOConstants.FAILURE_REASON_NOT_AN_EXTENSION_TYPE;
        runtime.failedResourceDTOs = new FailedResourceDTO[] {resource};
        runtime.failedExtensionDTOs = new FailedExtensionDTO[] {extensie};
        assertThat(Gereedheid.bezwaren(true, componenten, runtime)).containsExactly(
                "JAX-RS-resource jeugdhulp-imports niet in gebruik (vereiste extensies ontbreken)",
                "JAX-RS-extensie service 42 niet in gebruik (geen extensietype)");
        assertThat(Gereedheid.bezwaren(true, componenten, (RuntimeDTO) null)).containsExactly("geen JAX-RS-runtime");
        assertThat(Gereedheid.bezwaren(false, null, (RuntimeDTO) null))
                .containsExactly("geen Declarative Services-runtime", "Karaf installeert de features van het profiel nog", "geen JAX-RS-runtime");
    }

    private static ComponentDescriptionDTO beschrijving(String naam) {
        ComponentDescriptionDTO d = new ComponentDescriptionDTO();
        d.name = naam;
        return d;
    }

    private static ComponentConfigurationDTO configuratie(int toestand) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = toestand;
        c.unsatisfiedReferences = new UnsatisfiedReferenceDTO[0];
        return c;
    }

    @Test
    void noValidRegisterIsNotReadyARefusedReloadIsAWarningOnly() {
        var fout = new nl.samenspel.api.register.ConfigFout("gemeenten.csv", "regel 11", "4 velden");
        var weigering = new nl.samenspel.api.register.RegisterStatus.Weigering(java.time.Instant.parse("2026-01-01T00:00:00Z"), List.of(fout));
        List<String> waarschuwingen = new java.util.ArrayList<>();
        assertThat(Gereedheid.register(new nl.samenspel.api.register.RegisterStatus("/etc/x", java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(weigering)), waarschuwingen))
                .singleElement().asString().contains("geen geldig register").contains("1 fout(en)").doesNotContain("4 velden");
        assertThat(waarschuwingen).isEmpty();
    }
}
