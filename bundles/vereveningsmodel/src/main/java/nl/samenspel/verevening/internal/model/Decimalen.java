package nl.samenspel.verevening.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import nl.samenspel.api.invoer.Limietoverschrijding;
import nl.samenspel.verevening.engine.Veldfout;

/**
 * Reads a decimal of a model or request, JSON number or string, exactly and within the bounds of
 * precision and scale, before any arithmetic: {@code "1e999999999"} is one digit with an exponent
 * that would make a billion-digit integer, and is refused here by the number of digits it stands
 * for. Refusals name the field and the bound, never the value.
 */
final class Decimalen {

    /** A text longer than this is no decimal within the bounds, whatever it says; not even parsed. */
    private static final int MARGE = 10;

    private Decimalen() {
    }

    /** The decimal, or null with the reason added to {@code fouten} (field {@code veld}); null also when absent, without an error. */
    static BigDecimal lees(JsonNode node, String veld, Modelregels regels, List<Veldfout> fouten) {
        if (node == null || node.isNull()) {
            return null;
        }
        String tekst;
        if (node.isNumber()) {
            // through its text, so 0.1 stays exactly 0.1 (never a double); BigDecimal's text is short even for 1E+999999999
            tekst = node.numberValue().toString();
        } else if (node.isTextual()) {
            tekst = node.textValue().strip();
        } else {
            fouten.add(new Veldfout(veld, "verwacht een getal, bijvoorbeeld 0.05"));
            return null;
        }
        if (tekst.length() > regels.precisie() + regels.schaal() + MARGE) {
            fouten.add(new Veldfout(veld, precisie(regels)));
            return null;
        }
        BigDecimal waarde;
        try {
            waarde = new BigDecimal(tekst);
        } catch (NumberFormatException e) {
            fouten.add(new Veldfout(veld, "geen getal; verwacht een decimaal getal met een punt, bijvoorbeeld 0.05"));
            return null;
        }
        if (waarde.signum() == 0) {
            // 0E-2147483647 is zero too, but written out (in a name, a message, the stored model) two billion digits long
            return BigDecimal.ZERO;
        }
        return binnenGrenzen(waarde, veld, regels, fouten) ? waarde : null;
    }

    /**
     * Whether the value has at most {@code schaal} digits after the point and at most
     * {@code precisie} digits in all, counted as written out: {@code 1e99} is a hundred digits.
     * Trailing zeros do not count ({@code 0.50} is {@code 0.5}).
     */
    static boolean binnenGrenzen(BigDecimal waarde, String veld, Modelregels regels, List<Veldfout> fouten) {
        BigDecimal kaal = waarde.stripTrailingZeros();
        long achter = Math.max(kaal.scale(), 0L);
        long voor = Math.max((long) kaal.precision() - kaal.scale(), 0L);
        if (achter > regels.schaal()) {
            fouten.add(new Veldfout(veld, new Limietoverschrijding("decimaalSchaal", regels.schaal(), "meer dan " + regels.schaal()
                    + " cijfers achter de komma").getMessage()));
            return false;
        }
        if (voor + achter > regels.precisie()) {
            fouten.add(new Veldfout(veld, precisie(regels)));
            return false;
        }
        return true;
    }

    private static String precisie(Modelregels regels) {
        return new Limietoverschrijding("decimaalPrecisie", regels.precisie(), "meer dan " + regels.precisie() + " cijfers").getMessage();
    }
}
