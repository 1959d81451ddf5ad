package nl.samenspel.dashboard.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * The security headers of every dashboard page and asset. The Content-Security-Policy allows only this
 * origin's own scripts, styles and API: no inline script, no eval, no third party, never in a frame,
 * so an injected string in a figure or a name cannot run. Charts draw on canvas, which the policy
 * allows; the style attributes ECharts sets from script are CSSOM writes, which {@code style-src}
 * does not govern. Pages may be cached only after revalidation, so a new release is seen at once.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern(Paginabron.PATROON)
public class Paginakoppen implements Filter {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    public void init(FilterConfig config) {
        // nothing to set up: the headers are fixed
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest verzoek, ServletResponse antwoord, FilterChain keten) throws IOException, ServletException {
        zet((HttpServletResponse) antwoord, verzoek.isSecure());
        if (verzoek instanceof HttpServletRequest http && !"GET".equals(http.getMethod()) && !"HEAD".equals(http.getMethod())) {
            ((HttpServletResponse) antwoord).sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        keten.doFilter(verzoek, antwoord);
    }

    static void zet(HttpServletResponse antwoord, boolean https) {
        antwoord.setHeader("Content-Security-Policy", CSP);
        antwoord.setHeader("X-Content-Type-Options", "nosniff");
        antwoord.setHeader("X-Frame-Options", "DENY");
        antwoord.setHeader("Referrer-Policy", "no-referrer");
        antwoord.setHeader("Cache-Control", "no-cache");
        if (https) {
            antwoord.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
