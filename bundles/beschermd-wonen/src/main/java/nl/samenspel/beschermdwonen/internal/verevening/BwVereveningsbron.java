package nl.samenspel.beschermdwonen.internal.verevening;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.module.Vereveningsbronbasis;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.beschermdwonen.internal.BwConfig;
import nl.samenspel.beschermdwonen.internal.budget.Budgetten;
import nl.samenspel.beschermdwonen.internal.budget.Budgetverdeling;
import nl.samenspel.beschermdwonen.internal.monitoring.Monitoring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The protected-housing inputs of the region's equalization: per member, B = its local budget
 * of the year (the budget file's distribution) and K = the cost of placements it is
 * herkomstgemeente of, on the days it is a member of the region (docs/beschermd-wonen.md,
 * "Membership"). With the key {@code budget} and band 0 the run shares the regional deficit or
 * surplus in proportion to the local budgets.
 */
@Component(service = Vereveningsbron.class, configurationPid = BwConfig.PID, property = Vereveningsbron.REGIO + "=beschermd-wonen-zwolle")
public class BwVereveningsbron extends Vereveningsbronbasis {

    private final Monitoring monitoring;
    private final RegisterService registerService;

    @Activate
    public BwVereveningsbron(@Reference Monitoring monitoring, @Reference RegisterService registerService, BwConfig config) {
        this(monitoring, registerService, config.regio());
    }

    public BwVereveningsbron(Monitoring monitoring, RegisterService registerService, String regio) {
        super(registerService, regio);
        this.monitoring = monitoring;
        this.registerService = registerService;
    }

    @Override
    protected List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException {
        Budgetverdeling.Uitkomst budget = Budgetten.lokaal(registerService, register, regio(), jaar);
        if (!budget.fouten().isEmpty()) {
            throw new OnvolledigeBron(budget.fouten());
        }
        // K: the cost of the days on which the member is a member; a placement that ran on after its gemeente left is not the region's
        Map<String, Long> kosten = monitoring.kostenPerHerkomst(register, regio(), jaar).leden();
        return perLid(register, jaar, budget.lokaal(), kosten, g -> Map.of(), "lokaal budget");
    }
}
