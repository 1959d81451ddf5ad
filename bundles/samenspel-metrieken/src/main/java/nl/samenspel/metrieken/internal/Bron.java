package nl.samenspel.metrieken.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.api.gezondheid.Gezondheid;
import nl.samenspel.api.gezondheid.Meetbron;
import nl.samenspel.api.gezondheid.Meting;

/**
 * One source of figures as the collector knows it: an id that is unique while the service is
 * there (its kind and service id: one component may offer a Meetbron and a Gezondheid under one
 * service id), the name that labels its errors, and the source itself.
 */
record Bron(String id, String naam, Meetbron meetbron) {

    static final String STORINGEN = "samenspel.gezondheid.storingen";

    Bron {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(meetbron, "meetbron");
    }

    /**
     * A {@link Gezondheid} as a source of one gauge, {@value #STORINGEN}{bron=its name}: the number of
     * lasting failures it reports now, so that an alert can fire on any of them without knowing the component.
     */
    static Meetbron alsMeetbron(Gezondheid gezondheid) {
        return () -> List.of(Meting.meter(STORINGEN, "Aantal aanhoudende storingen dat een onderdeel nu meldt; 0 als het zijn werk doet",
                "", Map.of("bron", gezondheid.naam()), gezondheid.storingen().size()));
    }
}
