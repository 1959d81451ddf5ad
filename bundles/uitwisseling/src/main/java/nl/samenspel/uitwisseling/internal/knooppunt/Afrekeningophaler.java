package nl.samenspel.uitwisseling.internal.knooppunt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches this node's statements of final runs from the hub. The node asks (pull), so the hub
 * needs no address of, and no connection into, a municipality's network.
 */
public class Afrekeningophaler {

    private static final Logger LOG = LoggerFactory.getLogger(Afrekeningophaler.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<DefinitieveAfrekening>> LIJST = new TypeReference<>() {
    };

    private final Hubverbinding hub;
    private final Afrekeningopslag opslag;
    private volatile String laatsteFout;

    public Afrekeningophaler(Hubverbinding hub, Afrekeningopslag opslag) {
        this.hub = hub;
        this.opslag = opslag;
    }

    /** Asks the hub once; returns the number of new statements, or -1 when the hub could not be asked. */
    public int haal() throws SQLException, InterruptedException {
        Hubverbinding.Antwoord antwoord;
        try {
            antwoord = hub.haal("/uitwisseling/afrekeningen");
        } catch (IOException e) {
            return fout("geen verbinding met de hub: " + e);
        }
        if (!antwoord.gelukt()) {
            return fout("HTTP " + antwoord.status() + ": " + antwoord.body());
        }
        List<DefinitieveAfrekening> afrekeningen;
        try {
            afrekeningen = JSON.readValue(antwoord.body(), LIJST);
        } catch (IOException e) {
            return fout("onleesbaar antwoord van de hub: " + e.getMessage());
        }
        laatsteFout = null;
        int nieuw = opslag.bewaar(afrekeningen);
        if (nieuw > 0) {
            LOG.info("{} nieuwe afrekening(en) van de hub ontvangen", nieuw);
        }
        return nieuw;
    }

    public String laatsteFout() {
        return laatsteFout;
    }

    private int fout(String fout) {
        if (!fout.equals(laatsteFout)) {
            LOG.warn("Afrekeningen ophalen mislukt: {}", fout.length() > 300 ? fout.substring(0, 300) + "..." : fout);
        }
        laatsteFout = fout;
        return -1;
    }
}
