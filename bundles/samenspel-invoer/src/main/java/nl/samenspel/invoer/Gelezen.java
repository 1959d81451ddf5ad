package nl.samenspel.invoer;

import java.util.List;

/** What a reader made of a file: the records it could read, each with its place, and every error. */
public record Gelezen<T>(List<Regel<T>> regels, List<Regelfout> fouten) {

    public Gelezen {
        regels = List.copyOf(regels);
        fouten = List.copyOf(fouten);
    }

    public record Regel<T>(String plaats, T waarde) {
    }
}
