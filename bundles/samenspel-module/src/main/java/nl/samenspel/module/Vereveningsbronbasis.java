package nl.samenspel.module;

import java.sql.SQLException;
import java.util.List;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;

/**
 * A module's equalization inputs for its region, the same frame in every module: without a valid
 * register the inputs are incomplete (named), and a storage failure is no silent zero. A module
 * implements {@link #gegevens(Register, int)}: B, K and keys per member of the year.
 */
public abstract class Vereveningsbronbasis implements Vereveningsbron {

    private final RegisterService registerService;
    private final String regio;

    protected Vereveningsbronbasis(RegisterService registerService, String regio) {
        this.registerService = registerService;
        this.regio = regio;
    }

    @Override
    public String regio() {
        return regio;
    }

    @Override
    public List<Vereveningsgegevens> gegevens(int jaar) {
        Register register = registerService.actueel().orElseThrow(() -> new OnvolledigeBron(List.of("er is geen geldig register geladen")));
        try {
            return gegevens(register, jaar);
        } catch (SQLException e) {
            throw new IllegalStateException("de gegevens van " + regio + " zijn niet leesbaar", e);
        }
    }

    /** Per member of the region in the year: B, K and the keys. */
    protected abstract List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException;
}
