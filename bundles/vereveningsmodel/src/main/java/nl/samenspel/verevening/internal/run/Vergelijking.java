package nl.samenspel.verevening.internal.run;

import java.util.List;

/** The same inputs under several models, side by side per member; differences against the first model. */
public record Vergelijking(long id, String regio, int jaar, List<Long> runs, List<String> modellen, List<Rij> leden) {

    public record Rij(String gemeente, String naam, long budget, long kosten, List<Uitkomst> uitkomsten) {
    }

    /** One model's outcome for a member; {@code verschil} is this toerekening minus the first model's. */
    public record Uitkomst(String model, long toerekening, long verevening, long saldo, long verschil) {
    }

    static Vergelijking van(long id, List<Run> runs) {
        Run eerste = runs.get(0);
        List<String> modellen = runs.stream().map(r -> r.model().path("naam").asText()).toList();
        List<Rij> rijen = new java.util.ArrayList<>();
        for (int g = 0; g < eerste.leden().size(); g++) {
            Run.Lid basis = eerste.leden().get(g);
            List<Uitkomst> uitkomsten = new java.util.ArrayList<>();
            for (Run run : runs) {
                Run.Lid lid = run.leden().get(g);
                uitkomsten.add(new Uitkomst(run.model().path("naam").asText(), lid.toerekening(), lid.verevening(), lid.saldo(),
                        Math.subtractExact(lid.toerekening(), basis.toerekening())));
            }
            rijen.add(new Rij(basis.gemeente(), basis.naam(), basis.budget(), basis.kosten(), uitkomsten));
        }
        return new Vergelijking(id, eerste.regio(), eerste.jaar(), runs.stream().map(Run::id).toList(), modellen, rijen);
    }
}
