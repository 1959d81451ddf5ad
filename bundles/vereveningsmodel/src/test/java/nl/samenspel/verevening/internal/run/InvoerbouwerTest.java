package nl.samenspel.verevening.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.register.Domein;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.testsupport.Testregister;
import nl.samenspel.verevening.engine.Vereveningsmodel;
import org.junit.jupiter.api.Test;

class InvoerbouwerTest {

    static final Register REGISTER = Testregister.van(
            List.of(new Gemeente("0148", "Dalfsen", "00000099000000148000"), new Gemeente("0150", "Deventer", "00000099000000150000"),
                    new Gemeente("0243", "Harderwijk", "00000099000000243000")),
            List.of(new Regio("r", "R", Domein.JEUGDHULP, "0150")),
            List.of(new Lidmaatschap("r", "0148", LocalDate.parse("2015-01-01"), null),
                    new Lidmaatschap("r", "0150", LocalDate.parse("2015-01-01"), null)),
            List.of(new Kerncijfer("0148", 2016, "inwoners", 27910), new Kerncijfer("0150", 2016, "inwoners", 98000),
                    new Kerncijfer("0150", 2016, "jeugdigen", 19000)));

    private static final Vereveningsmodel INWONERS_JEUGDIGEN = Vereveningsmodel.band(BigDecimal.ZERO,
            Map.of("inwoners", new BigDecimal("0.5"), "jeugdigen", new BigDecimal("0.5")));

    private static Run.Invoer lid(String code) {
        return new Run.Invoer(code, 100, 100, Map.of());
    }

    @Test
    void keyFiguresComeFromTheRegisterForTheYear() {
        Vereveningsmodel inwoners = Vereveningsmodel.kostenverdeling(BigDecimal.ONE, Map.of("inwoners", BigDecimal.ONE));
        List<Run.Invoer> invoer = Invoerbouwer.bouw(REGISTER, "r", 2016, inwoners, List.of(lid("0150"), lid("0148")));
        assertThat(invoer).extracting(i -> i.sleutels().get("inwoners")).containsExactly(98000L, 27910L);
    }

    @Test
    void aMissingKeyFigureNamesMemberAndKey() {
        VereveningsFout fout = catchThrowableOfType(() -> Invoerbouwer.bouw(REGISTER, "r", 2016, INWONERS_JEUGDIGEN,
                List.of(lid("0148"), lid("0150"))), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("leden[0148].sleutels.jeugdigen");
    }

    @Test
    void aValueInTheRequestWinsOverTheRegister() {
        List<Run.Invoer> invoer = Invoerbouwer.bouw(REGISTER, "r", 2016, INWONERS_JEUGDIGEN,
                List.of(new Run.Invoer("0148", 1, 1, Map.of("jeugdigen", 6000L)), lid("0150")));
        assertThat(invoer.get(0).sleutels()).containsEntry("jeugdigen", 6000L).containsEntry("inwoners", 27910L);
    }

    @Test
    void membersMustBeExactlyTheRegionsMembersInTheYear() {
        VereveningsFout fout = catchThrowableOfType(() -> Invoerbouwer.bouw(REGISTER, "r", 2016,
                Vereveningsmodel.kostenverdeling(BigDecimal.ZERO, Map.of("budget", BigDecimal.ONE)),
                List.of(lid("0148"), lid("0243"), lid("0148"))), VereveningsFout.class);
        assertThat(fout.velden()).containsExactly("leden[0243]", "leden[0148]", "leden");
        assertThat(fout.fouten().get(2).melding()).contains("0150");
    }
}
