package nl.samenspel.beschermdwonen.internal.budget;

import java.util.Map;

/**
 * The region's budget of a year at the centrumgemeente: the national budget, what the
 * centrumgemeente keeps for regional tasks (BW and MO), and how the rest is divided into
 * local budgets. Amounts in eurocent.
 */
public record Regiobudget(String regio, int jaar, long rijksbudget, long behoudenBw, long behoudenMo, Verdeling verdeling) {

    /** What is divided over the members. */
    public long verdeelbaar() {
        return rijksbudget - behoudenBw - behoudenMo;
    }

    /** How the distributable amount is divided (docs/beschermd-wonen.md, "Regional budget"). */
    public sealed interface Verdeling permits Sleutel, Vast, Ingroeipad {
    }

    /** By a key figure of the register for the year. */
    public record Sleutel(String sleutel) implements Verdeling {
    }

    /** Fixed amounts per member, adding up to the distributable amount. */
    public record Vast(Map<String, Long> bedragen) implements Verdeling {
    }

    /** From historical shares (amounts as weights) to the key's shares in {@code stappen} steps from {@code startjaar}. */
    public record Ingroeipad(Map<String, Long> historisch, String sleutel, int startjaar, int stappen) implements Verdeling {
    }
}
