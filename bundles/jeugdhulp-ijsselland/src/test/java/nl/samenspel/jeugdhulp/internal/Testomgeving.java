package nl.samenspel.jeugdhulp.internal;

import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.testsupport.Testdatabase;
import nl.samenspel.testsupport.Testregister;

/** The module outside OSGi: the shipped register and the module's schema on a fresh in-memory Derby. */
public final class Testomgeving {

    public static final String REGIO = "jeugdhulp-ijsselland";
    public static final Register REGISTER = Testregister.REGISTER;
    /** The header of an allocations file with BSNs, every column. */
    public static final String TOEWIJZINGEN_CSV_KOP = "gemeente;toewijzingnummer;bsn;agb;categorie;productcode;ingangsdatum;einddatum;volume;eenheid;frequentie;budget;aanmelddatum;verwijzer\n";

    private Testomgeving() {
    }

    public static RegisterService registerService() {
        return Testregister.registerService(REGISTER);
    }

    /** A register service that serves the given register, e.g. one of {@link Uittredingsregister}. */
    public static RegisterService registerService(Register register) {
        return Testregister.registerService(register);
    }

    public static JeugdhulpOpslag opslag() {
        return opslag(ds -> ds);
    }

    /** The storage over a DataSource the test wraps (one whose commit fails, for instance), after the migrations. */
    public static JeugdhulpOpslag opslag(UnaryOperator<DataSource> omhulsel) {
        return new JeugdhulpOpslag(omhulsel.apply(Testdatabase.gemigreerd(JeugdhulpOpslag.SCHEMA, "db/jeugdhulp")));
    }
}
