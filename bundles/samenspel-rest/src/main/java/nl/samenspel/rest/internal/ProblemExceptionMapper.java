package nl.samenspel.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import nl.samenspel.rest.ProblemException;

/** A resource's own {@link ProblemException} becomes exactly the problem it describes. */
class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return Problemen.response(e.status(), e.title(), e.getMessage(), e.invalidParams());
    }
}
