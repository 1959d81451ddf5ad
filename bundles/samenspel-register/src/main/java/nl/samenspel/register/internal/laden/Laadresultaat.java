package nl.samenspel.register.internal.laden;

import java.util.List;
import nl.samenspel.api.register.ConfigFout;
import nl.samenspel.register.internal.RegisterData;

/** The outcome of reading the configuration: a register, or every reason it was refused. */
public sealed interface Laadresultaat {

    record Geladen(RegisterData register) implements Laadresultaat {
    }

    record Geweigerd(List<ConfigFout> fouten) implements Laadresultaat {
        public Geweigerd {
            fouten = List.copyOf(fouten);
            if (fouten.isEmpty()) {
                throw new IllegalArgumentException("een weigering heeft minstens een reden");
            }
        }
    }
}
