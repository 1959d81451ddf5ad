package nl.samenspel.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.register.internal.RegisterData;
import nl.samenspel.register.internal.laden.Laadresultaat;
import nl.samenspel.register.internal.laden.RegisterLader;

/** The register as shipped in {@code regional-config/}, for tests outside OSGi. */
public final class Testregister {

    /** The shipped register, loaded once. */
    public static final Register REGISTER = laad();

    private Testregister() {
    }

    /** {@code regional-config/} of the checkout the test runs in, found from the working directory upwards. */
    public static Path regionaleConfig() {
        for (Path map = Path.of("").toAbsolutePath(); map != null; map = map.getParent()) {
            if (Files.isDirectory(map.resolve("regional-config"))) {
                return map.resolve("regional-config");
            }
        }
        throw new IllegalStateException("regional-config niet gevonden vanaf " + Path.of("").toAbsolutePath());
    }

    private static Register laad() {
        Laadresultaat r = RegisterLader.laad(regionaleConfig());
        if (r instanceof Laadresultaat.Geladen geladen) {
            return geladen.register();
        }
        throw new IllegalStateException("regional-config is ongeldig: " + r);
    }

    /** A register of exactly these records, for a test that needs a small one of its own; its version is 64 zeros. */
    public static Register van(List<Gemeente> gemeenten, List<Regio> regios, List<Lidmaatschap> lidmaatschappen, List<Kerncijfer> kerncijfers) {
        return new RegisterData("0".repeat(64), gemeenten, regios, lidmaatschappen, kerncijfers);
    }

    /**
     * {@code basis} in which {@code gemeente} leaves {@code regio} after {@code laatsteDag}: its
     * membership that runs on that day ends on it. The register a hub has after a gemeente leaves,
     * while its records were accepted when it was a member.
     */
    public static Register metUittreding(Register basis, String regio, String gemeente, LocalDate laatsteDag) {
        List<Lidmaatschap> lidmaatschappen = basis.regios().stream().flatMap(r -> basis.lidmaatschappen(r.id()).stream())
                .map(l -> l.regio().equals(regio) && l.gemeente().equals(gemeente) && l.isGeldigOp(laatsteDag)
                        ? new Lidmaatschap(l.regio(), l.gemeente(), l.van(), laatsteDag) : l)
                .toList();
        List<Kerncijfer> kerncijfers = new ArrayList<>();
        for (Gemeente g : basis.gemeenten()) {
            for (int jaar : basis.kerncijferJaren(g.code())) {
                basis.kerncijfers(g.code(), jaar).forEach((naam, waarde) -> kerncijfers.add(new Kerncijfer(g.code(), jaar, naam, waarde)));
            }
        }
        return new RegisterData(basis.versie() + "+uittreding", basis.gemeenten(), basis.regios(), lidmaatschappen, kerncijfers);
    }

    /** A register service that serves the given register, e.g. the shipped one changed for a case. */
    public static RegisterService registerService(Register register) {
        return new RegisterService() {
            @Override
            public Optional<Register> actueel() {
                return Optional.of(register);
            }

            @Override
            public RegisterStatus status() {
                return new RegisterStatus(regionaleConfig().toString(), Optional.of(register), Optional.empty(), Optional.empty());
            }

            @Override
            public RegisterStatus herlaad() {
                return status();
            }
        };
    }
}
