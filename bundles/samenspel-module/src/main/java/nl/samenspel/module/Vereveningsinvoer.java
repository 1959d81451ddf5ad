package nl.samenspel.module;

import java.util.List;
import nl.samenspel.api.verevening.OnvolledigeBron;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.rest.Parameters;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.ProblemException;

/**
 * What a module's monitoring shows as its equalization inputs ({@code GET …/vereveningsinvoer?jaar=}),
 * the same answer in every module: the inputs of the year, or, when they are incomplete, a 422
 * naming every gap, so a controller sees why a run of that year would be refused.
 */
public final class Vereveningsinvoer {

    private Vereveningsinvoer() {
    }

    /** @param jaar the query parameter, checked as a year */
    public static List<Vereveningsgegevens> van(Vereveningsbron bron, String jaar) {
        int j = Parameters.jaar("jaar", jaar);
        try {
            return bron.gegevens(j);
        } catch (OnvolledigeBron e) {
            throw new ProblemException(422, "Invoer onvolledig", e.redenen().size() + " gegeven(s) ontbreken",
                    e.redenen().stream().map(r -> new Problem.InvalidParam("jaar", r)).toList());
        }
    }
}
