package nl.samenspel.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
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
