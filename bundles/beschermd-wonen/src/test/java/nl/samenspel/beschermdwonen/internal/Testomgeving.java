package nl.samenspel.beschermdwonen.internal;

import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.beschermdwonen.internal.opslag.BwOpslag;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;

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
}
