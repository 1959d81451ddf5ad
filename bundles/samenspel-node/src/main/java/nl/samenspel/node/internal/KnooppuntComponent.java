package nl.samenspel.node.internal;

import java.net.URI;
import java.net.URISyntaxException;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.node.Knooppunt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** The node identity, present only when {@code nl.samenspel.node} is configured with valid values. */
@Component(service = Knooppunt.class, configurationPid = "nl.samenspel.node", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = KnooppuntConfig.class)
public class KnooppuntComponent implements Knooppunt {

    private final String gemeente;
    private final URI hubUrl;

    @Activate
    public KnooppuntComponent(KnooppuntConfig config) {
        this.gemeente = config.gemeente();
        if (!Gemeente.isGeldigeCode(gemeente)) {
            throw new IllegalArgumentException("nl.samenspel.node: gemeente '" + gemeente + "' is geen CBS-gemeentecode van 4 cijfers");
        }
        this.hubUrl = hubUrl(config.hubUrl());
    }

    static URI hubUrl(String tekst) {
        try {
            URI uri = new URI(tekst == null ? "" : tekst.strip());
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("nl.samenspel.node: hubUrl '" + tekst + "' is geen http(s)-adres met een host");
    }

    @Override
    public String gemeente() {
        return gemeente;
    }

    @Override
    public URI hubUrl() {
        return hubUrl;
    }
}
