package nl.samenspel.register.internal.laden;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.register.ConfigFout;

/** Collects every reason a configuration is refused, so an operator fixes them all in one round. */
final class Fouten {

    private final List<ConfigFout> fouten = new ArrayList<>();

    void voegToe(String bestand, String onderdeel, String reden) {
        fouten.add(new ConfigFout(bestand, onderdeel, reden));
    }

    boolean isLeeg() {
        return fouten.isEmpty();
    }

    List<ConfigFout> lijst() {
        return List.copyOf(fouten);
    }
}
