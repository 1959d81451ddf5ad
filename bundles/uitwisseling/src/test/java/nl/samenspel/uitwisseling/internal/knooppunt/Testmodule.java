package nl.samenspel.uitwisseling.internal.knooppunt;

import java.util.List;
import nl.samenspel.invoer.Invoermodule;

/**
 * A youth-care module as the exchange sees it: its name, region and kinds, every kind sent to the
 * hub. A test's fake extends it with what it does with what it is handed.
 */
abstract class Testmodule implements Invoermodule {

    private final String regio;
    private final List<String> soorten;

    Testmodule(String regio, String... soorten) {
        this.regio = regio;
        this.soorten = List.of(soorten);
    }

    @Override
    public String naam() {
        return "jeugdhulp";
    }

    @Override
    public String regio() {
        return regio;
    }

    @Override
    public List<String> soorten() {
        return soorten;
    }

    @Override
    public boolean naarHub(String soort) {
        return true;
    }
}
