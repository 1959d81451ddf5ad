package nl.samenspel.invoer.internal;

import nl.samenspel.api.invoer.Invoerlimieten;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The bounds on input from configuration {@value Invoerlimieten#PID}, as a service every reader
 * of input references. A change of configuration re-registers it, so readers pick the new
 * bounds up without a restart.
 */
@Component(service = Invoerlimieten.class, configurationPid = Invoerlimieten.PID)
@Designate(ocd = LimietenConfig.class)
public class LimietenComponent implements Invoerlimieten {

    private final Invoerlimieten waarden;

    @Activate
    public LimietenComponent(LimietenConfig c) {
        this.waarden = new Invoerlimieten.Waarden(c.uploadBytes(), c.jsonBytes(), c.jsonDiepte(), c.jsonLijst(), c.jsonTekst(),
                c.zipBerichten(), c.zipUitgepakt(), c.zipVerhouding(), c.csvRegellengte(), c.csvVelden(), c.xmlDiepte(),
                c.decimaalPrecisie(), c.decimaalSchaal());
    }

    @Override public long uploadBytes() { return waarden.uploadBytes(); }
    @Override public long jsonBytes() { return waarden.jsonBytes(); }
    @Override public int jsonDiepte() { return waarden.jsonDiepte(); }
    @Override public int jsonLijst() { return waarden.jsonLijst(); }
    @Override public int jsonTekst() { return waarden.jsonTekst(); }
    @Override public int zipBerichten() { return waarden.zipBerichten(); }
    @Override public long zipUitgepakt() { return waarden.zipUitgepakt(); }
    @Override public int zipVerhouding() { return waarden.zipVerhouding(); }
    @Override public int csvRegellengte() { return waarden.csvRegellengte(); }
    @Override public int csvVelden() { return waarden.csvVelden(); }
    @Override public int xmlDiepte() { return waarden.xmlDiepte(); }
    @Override public int decimaalPrecisie() { return waarden.decimaalPrecisie(); }
    @Override public int decimaalSchaal() { return waarden.decimaalSchaal(); }
}
