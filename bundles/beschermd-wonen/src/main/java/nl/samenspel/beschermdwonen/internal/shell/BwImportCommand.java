package nl.samenspel.beschermdwonen.internal.shell;

import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.module.Importopdracht;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:bw-import <soort> <bestand>}: reads a protected-housing CSV whole or refuses it whole, and prints the report. */
@Service
@Command(scope = "samenspel", name = "bw-import", description = "Reads a protected-housing CSV (voorzieningen, aanmeldingen, plaatsingen) whole or not at all")
public class BwImportCommand extends Importopdracht {

    @Override
    protected String module() {
        return Importdienst.NAAM;
    }
}
