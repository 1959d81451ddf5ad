package nl.samenspel.dashboard.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code https://<hub>/} and {@code /dashboard} lead to the dashboard's start page. Only GET and HEAD
 * (HttpServlet answers anything else with 405); the answer carries no data, so it needs no login.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"", "/", Paginabron.PAD, Paginabron.PAD + "/"})
public class Startverwijzing extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        Paginakoppen.zet(antwoord, verzoek.isSecure());
        antwoord.setHeader("Location", Paginabron.STARTPAGINA);
        antwoord.setStatus(HttpServletResponse.SC_FOUND);
    }
}
