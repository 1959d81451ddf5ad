package nl.samenspel.module;

import java.io.PrintStream;
import java.util.List;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A module's shell monitoring, {@code samenspel:<module>-monitor <wat>}: one overview as a table,
 * against the register in force. A module subclasses it with {@code @Service}, {@code @Command},
 * its options, its overviews and how each fills the table.
 */
public abstract class Monitoropdracht implements Action {

    @Reference
    RegisterService registerService;

    @Argument(index = 0, name = "wat", required = true, description = "Which overview (a wrong one lists the module's overviews)")
    String wat;

    /** The overviews the module prints, by the name the argument takes. */
    protected abstract List<String> overzichten();

    /** Sets the columns and adds the rows of overview {@code wat}; lines around the table go to {@code out}. */
    protected abstract void toon(String wat, Register register, ShellTable t, PrintStream out) throws Exception;

    protected RegisterService registerService() {
        return registerService;
    }

    @Override
    public Object execute() throws Exception {
        Register register = registerService.actueel().orElse(null);
        if (register == null) {
            System.err.println("Er is geen geldig register geladen (samenspel:register)");
            return null;
        }
        if (!overzichten().contains(wat)) {
            System.err.println("Onbekend overzicht '" + wat + "'; kies " + String.join(", ", overzichten()));
            return null;
        }
        ShellTable t = new ShellTable();
        toon(wat, register, t, System.out);
        t.print(System.out);
        return null;
    }

    protected static void kolommen(ShellTable t, String... namen) {
        for (String naam : namen) {
            t.column(naam);
        }
    }

    /** An amount as the Dutch write it; "-" where there is none. */
    protected static String euro(Long centen) {
        return centen == null ? "-" : Bedrag.eurocent(centen).alsTekst();
    }
}
