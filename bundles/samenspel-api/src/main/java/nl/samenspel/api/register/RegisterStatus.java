package nl.samenspel.api.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the register service has loaded and what it refused.
 *
 * @param bron             the configuration directory
 * @param actief           the register in use, if any configuration was ever valid
 * @param actiefSinds      when the active register was loaded
 * @param laatsteWeigering the most recent refused attempt after the active one was loaded, if any
 */
public record RegisterStatus(String bron, Optional<Register> actief, Optional<Instant> actiefSinds,
                             Optional<Weigering> laatsteWeigering) {

    /** A refused load: when, and every reason. */
    public record Weigering(Instant tijdstip, List<ConfigFout> fouten) {
        public Weigering {
            fouten = List.copyOf(fouten);
        }
    }

    /** True when the active register reflects the files on disk (the last attempt succeeded). */
    public boolean isActueel() {
        return actief.isPresent() && laatsteWeigering.isEmpty();
    }
}
