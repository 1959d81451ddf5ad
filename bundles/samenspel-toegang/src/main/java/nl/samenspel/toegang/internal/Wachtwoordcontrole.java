package nl.samenspel.toegang.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A name and password checked with the lockout around it, the same for HTTP Basic and the dashboard's
 * login: a locked name or origin is refused before the realm is asked (and the refusal counted), and a
 * failure that completes a lockout says so at once. The password is wiped when the check is done.
 */
final class Wachtwoordcontrole {

    sealed interface Uitkomst permits Gelukt, Geblokkeerd, Mislukt {
    }

    record Gelukt(Aanmelding aanmelding) implements Uitkomst {
    }

    record Geblokkeerd(Duration rest) implements Uitkomst {
    }

    record Mislukt() implements Uitkomst {
    }

    private final Aanmeldbewaking bewaking;
    private final Inloggen inloggen;

    Wachtwoordcontrole(Aanmeldbewaking bewaking, Inloggen inloggen) {
        this.bewaking = bewaking;
        this.inloggen = inloggen;
    }

    Uitkomst controleer(String gebruiker, char[] wachtwoord, String herkomst) {
        try {
            Optional<Duration> blokkade = bewaking.geblokkeerd(gebruiker, herkomst);
            if (blokkade.isPresent()) {
                bewaking.geweigerd(gebruiker, JaasInloggen.KANAAL, herkomst);
                return new Geblokkeerd(blokkade.get());
            }
            Optional<Aanmelding> aanmelding = inloggen.inloggen(gebruiker, wachtwoord, herkomst);
            if (aanmelding.isPresent()) {
                return new Gelukt(aanmelding.get());
            }
            return bewaking.geblokkeerd(gebruiker, herkomst).<Uitkomst>map(Geblokkeerd::new).orElseGet(Mislukt::new);
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
    }
}
