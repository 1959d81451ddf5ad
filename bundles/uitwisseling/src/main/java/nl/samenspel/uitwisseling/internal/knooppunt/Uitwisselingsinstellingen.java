package nl.samenspel.uitwisseling.internal.knooppunt;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The node's exchange settings (PID {@value UitwisselingConfig#PID}), present only when
 * configured: the node side starts when both these and the node's identity are there.
 */
@Component(service = Uitwisselingsinstellingen.class, configurationPid = UitwisselingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = UitwisselingConfig.class)
public class Uitwisselingsinstellingen {

    private final UitwisselingConfig config;

    @Activate
    public Uitwisselingsinstellingen(UitwisselingConfig config) {
        this.config = config;
    }

    public UitwisselingConfig config() {
        return config;
    }
}
