package nl.samenspel.toegang.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The authenticated caller as JAX-RS resources see it ({@code @Context SecurityContext}). */
record Beveiligingscontext(Aanmelding aanmelding, boolean beveiligd, String schema) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return aanmelding::naam;
    }

    @Override
    public boolean isUserInRole(String rol) {
        return aanmelding.rollen().contains(rol);
    }

    @Override
    public boolean isSecure() {
        return beveiligd;
    }

    @Override
    public String getAuthenticationScheme() {
        return schema;
    }
}
