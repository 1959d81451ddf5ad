package nl.samenspel.verevening.engine;

import java.util.Objects;

/**
 * One thing wrong with a model or its input.
 *
 * @param veld    path of the offending field, such as {@code gewichten}, {@code solidariteit},
 *                {@code sleutels.inwoners} or {@code leden[0150].sleutels.jeugdigen};
 *                a member whose code is unusable is named by its position, {@code leden[#2].code}
 * @param melding what is wrong, in Dutch, for the person who has to fix it
 */
public record Veldfout(String veld, String melding) {

    public Veldfout {
        Objects.requireNonNull(veld, "veld");
        Objects.requireNonNull(melding, "melding");
    }

    @Override
    public String toString() {
        return veld + ": " + melding;
    }
}
