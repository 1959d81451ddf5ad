package nl.samenspel.hub.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Domein;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;

/**
 * Checks a node profile against the register: a node boots the module of every
 * domain its municipality collaborates in, and no module of a domain it does not.
 */
final class Profielcontrole {

    private Profielcontrole() {
    }

    static List<String> bevindingen(Knooppuntprofiel profiel, Register register, LocalDate peildatum) {
        List<String> bevindingen = new ArrayList<>(profiel.fouten());
        if (profiel.isHub() || profiel.gemeente() == null) {
            return bevindingen;
        }
        if (register.gemeente(profiel.gemeente()).isEmpty()) {
            bevindingen.add("gemeente " + profiel.gemeente() + " staat niet in het register");
            return bevindingen;
        }
        List<Regio> regios = register.regiosVan(profiel.gemeente(), peildatum);
        Set<Domein> domeinen = regios.stream().map(Regio::domein).collect(Collectors.toSet());
        for (Domein domein : Domein.values()) {
            boolean boot = profiel.features().contains(domein.moduleFeature());
            if (boot && !domeinen.contains(domein)) {
                bevindingen.add("boot " + domein.moduleFeature() + " maar de gemeente is op " + peildatum
                        + " geen lid van een regio in domein " + domein.code());
            }
            if (!boot && domeinen.contains(domein)) {
                String regioIds = regios.stream().filter(r -> r.domein() == domein).map(Regio::id).collect(Collectors.joining(", "));
                bevindingen.add("lid van " + regioIds + " maar boot " + domein.moduleFeature() + " niet");
            }
        }
        return bevindingen;
    }
}
