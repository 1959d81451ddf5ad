package nl.samenspel.uitwisseling.internal.shell;

import java.util.List;
import nl.samenspel.uitwisseling.internal.knooppunt.KnooppuntUitwisseling;
import nl.samenspel.uitwisseling.internal.knooppunt.Uitgaandeopslag;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:uitwisseling [--batches N]}: the node's outbox and its sending, as the REST status shows it. */
@Service
@Command(scope = "samenspel", name = "uitwisseling", description = "Shows the exchange of this node: pending, sent and failed records, the last error")
public class UitwisselingCommand implements Action {

    @Reference
    KnooppuntUitwisseling uitwisseling;

    @Option(name = "--batches", description = "Also list the latest N batches")
    int batches;

    @Override
    public Object execute() throws Exception {
        Uitgaandeopslag.Stand stand = uitwisseling.opslag().stand();
        System.out.println("Gemeente " + uitwisseling.gemeente() + ", hub " + uitwisseling.hubUrl());
        System.out.println("Wachtend:  " + stand.wachtend() + " records");
        System.out.println("Verzonden: " + stand.verzonden() + " records in " + stand.batchesVerzonden() + " batches");
        System.out.println("Mislukt:   " + stand.mislukt() + " records in " + stand.batchesMislukt() + " batches (door de hub geweigerd)");
        if (stand.laatsteFout() != null) {
            System.out.println("Laatste fout (" + stand.laatstePoging() + "): " + stand.laatsteFout());
        }
        System.out.println("Inbox: " + uitwisseling.inbox().toAbsolutePath());
        if (batches > 0) {
            List<Uitgaandeopslag.Batchregel> regels = uitwisseling.opslag().batches(null, batches);
            System.out.printf("%-8s %-36s %-16s %-14s %8s %-10s %s%n", "id", "sleutel", "module", "soort", "records", "status", "pogingen");
            for (Uitgaandeopslag.Batchregel b : regels) {
                System.out.printf("%-8d %-36s %-16s %-14s %8d %-10s %d%n", b.id(), b.sleutel(), b.module(), b.soort(), b.records(), b.status(),
                        b.pogingen());
            }
        }
        return null;
    }
}
