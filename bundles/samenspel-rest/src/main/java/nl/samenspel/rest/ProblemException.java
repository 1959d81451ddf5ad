package nl.samenspel.rest;

import java.util.List;

/**
 * Thrown by a resource to answer with a problem+json response; the REST
 * foundation turns it into one.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<Problem.InvalidParam> invalidParams;

    public ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 400: a parameter or field is malformed. */
    public static ProblemException ongeldig(String parameter, String reden) {
        return new ProblemException(400, "Ongeldige invoer", parameter + ": " + reden,
                List.of(new Problem.InvalidParam(parameter, reden)));
    }

    /** 400 with several bad fields at once. */
    public static ProblemException ongeldig(List<Problem.InvalidParam> fouten) {
        return new ProblemException(400, "Ongeldige invoer", fouten.size() + " ongeldige veld(en)", fouten);
    }

    /** 404: the resource a path parameter names does not exist. */
    public static ProblemException nietGevonden(String parameter, String reden) {
        return new ProblemException(404, "Niet gevonden", parameter + ": " + reden,
                List.of(new Problem.InvalidParam(parameter, reden)));
    }

    /** 503: the service cannot answer now, e.g. no valid register has been loaded. */
    public static ProblemException nietBeschikbaar(String detail) {
        return new ProblemException(503, "Niet beschikbaar", detail, List.of());
    }

    /**
     * 503 because no valid register is loaded: every endpoint that needs the register answers
     * this one way, pointing at where the reasons are.
     */
    public static ProblemException geenRegister() {
        return nietBeschikbaar("Er is geen geldig register geladen; zie GET " + SamenspelApi.BASE_PATH + "/register voor de redenen");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }
}
