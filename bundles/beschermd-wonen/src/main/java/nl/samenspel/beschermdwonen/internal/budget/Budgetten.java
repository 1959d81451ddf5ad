package nl.samenspel.beschermdwonen.internal.budget;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;

/** The year's budget file of the region, read from the register's configuration folder, and its local budgets. */
public final class Budgetten {

    private Budgetten() {
    }

    public static Budgetbestanden.Gelezen lees(RegisterService registerService, String regio, int jaar) {
        return Budgetbestanden.lees(Path.of(registerService.status().bron()), regio, jaar);
    }

    /** The local budgets, or every reason they are not there (no file, a bad file, a key figure missing). */
    public static Budgetverdeling.Uitkomst lokaal(RegisterService registerService, Register register, String regio, int jaar) {
        Budgetbestanden.Gelezen gelezen = lees(registerService, regio, jaar);
        if (!gelezen.fouten().isEmpty()) {
            return new Budgetverdeling.Uitkomst(Map.of(), gelezen.fouten());
        }
        if (gelezen.budget().isEmpty()) {
            return new Budgetverdeling.Uitkomst(Map.of(), List.of("geen budget voor " + jaar + ": regional-config/"
                    + Budgetbestanden.MAP + "/" + jaar + ".json ontbreekt"));
        }
        return Budgetverdeling.verdeel(gelezen.budget().get(), register);
    }
}
