package nl.samenspel.beschermdwonen.internal;

import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.register.Register;
import java.nio.file.Path;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.testsupport.Testsleutel;

/** The module outside OSGi: the shipped register and the module's schema on a fresh in-memory Derby. */
public final class Testomgeving {

    public static final String REGIO = "beschermd-wonen-zwolle";
    public static final Register REGISTER = Testregister.REGISTER;

    private Testomgeving() {
    }

    public static RegisterService registerService() {
        return Testregister.registerService(REGISTER);
    }

    public static BwOpslag opslag() {
        return new BwOpslag(Testdatabase.gemigreerd(BwOpslag.SCHEMA, "db/beschermdwonen"));
    }

    /** A node's import: the region's test pseudonym key, refused uploads kept in {@code afgewezen}. */
    public static Importdienst knooppunt(BwOpslag opslag, Path afgewezen) {
        return new Importdienst(opslag, registerService(), REGIO, afgewezen, Testsleutel.DIENST, Invoerlimieten.standaard());
    }

    /** The hub's import: no pseudonym key, so no file with BSNs is read and no refused upload kept. */
    public static Importdienst hub(BwOpslag opslag, Path afgewezen) {
        return new Importdienst(opslag, registerService(), REGIO, afgewezen, null, Invoerlimieten.standaard());
    }
}
