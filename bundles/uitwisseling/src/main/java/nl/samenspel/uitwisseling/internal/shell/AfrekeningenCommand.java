package nl.samenspel.uitwisseling.internal.shell;

import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.verevening.DefinitieveAfrekening;
import nl.samenspel.uitwisseling.internal.knooppunt.KnooppuntUitwisseling;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:afrekeningen}: the statements this node received from the hub. */
@Service
@Command(scope = "samenspel", name = "afrekeningen", description = "Lists the equalization statements this node received from the hub")
public class AfrekeningenCommand implements Action {

    @Reference
    KnooppuntUitwisseling uitwisseling;

    @Override
    public Object execute() throws Exception {
        var lijst = uitwisseling.afrekeningen().alle(uitwisseling.gemeente());
        if (lijst.isEmpty()) {
            System.out.println("Nog geen afrekeningen ontvangen" + (uitwisseling.ophaler().laatsteFout() == null ? ""
                    : "; laatste fout bij ophalen: " + uitwisseling.ophaler().laatsteFout()));
            return null;
        }
        System.out.printf("%-6s %-28s %-5s %16s %16s %16s %16s %16s%n", "run", "regio", "jaar", "budget B", "kosten K", "toerekening T",
                "verevening V", "saldo R");
        for (DefinitieveAfrekening a : lijst) {
            System.out.printf("%-6d %-28s %-5d %16s %16s %16s %16s %16s%n", a.run(), a.regio(), a.jaar(), euro(a.budget()), euro(a.kosten()),
                    euro(a.toerekening()), euro(a.verevening()), euro(a.saldo()));
        }
        return null;
    }

    private static String euro(long centen) {
        return Bedrag.eurocent(centen).alsTekst();
    }
}
