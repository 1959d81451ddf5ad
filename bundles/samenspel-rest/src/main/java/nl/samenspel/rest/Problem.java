package nl.samenspel.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error response as {@code application/problem+json} (RFC 9457), with the
 * NL API Design Rules extension {@code invalidParams} naming every bad parameter
 * or field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> invalidParams) {

    public Problem {
        invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
    }

    /** One bad parameter or field: its name (a query parameter, path parameter or JSON path) and why. */
    public record InvalidParam(String name, String reason) {
    }
}
